import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type CommandContext, InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { cockpit, dagboek, type Factuuropdracht, inrichting, type Partij } from '@factuurstroom/facturatie'
import { type Either, isLeft, isRight } from 'fp-ts/lib/Either.js'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { richtWerkvoorbeeldIn } from '../../facturatie/src/inrichting/werkvoorbeeld.fixture'
import { documentUitvoer, mapUitbak, type Printwachtrij, smtpMailer, type Uitbak } from '../src'
import { pdfPaginas } from './pdftekst'
import { binnenlandseOpdracht, klantNl, leverancier } from './voorbeelden.fixture'
import { valideerXsd } from './xsd'

let teller = 0
const ctx = (): CommandContext => ({
  commandId: `documenten-${++teller}`,
  occurredAt: '2026-04-01T09:00:00.000Z',
  actor: 'boekhouder',
})

interface Ontvangen {
  readonly aan: string
  readonly onderwerp: string
  readonly bijlagen: { bestandsnaam: string; inhoud: Buffer }[]
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives. */
const startSmtp = async (port = 0) => {
  const ontvangen: Ontvangen[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, klaar) {
      simpleParser(stream)
        .then((mail) => {
          ontvangen.push({
            aan: (Array.isArray(mail.to) ? mail.to : [mail.to]).map((a) => a?.text ?? '').join(','),
            onderwerp: mail.subject ?? '',
            bijlagen: mail.attachments.map((a) => ({ bestandsnaam: a.filename ?? '', inhoud: a.content })),
          })
          klaar()
        })
        .catch(klaar)
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const adres = server.server.address() as AddressInfo
  return { ontvangen, port: adres.port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

const ok = (uitkomst: Either<{ code: string; message: string }, unknown>) => {
  if (isLeft(uitkomst)) throw new Error(`${uitkomst.left.code}: ${uitkomst.left.message}`)
}

const opzetten = async (smtpPort: number, uitbakMap: string) => {
  const store = new InMemoryEventStore()
  const inr = inrichting.inrichtingService(store)
  await richtWerkvoorbeeldIn(inr, { administratie: 'A1', van: 26_000_000, tot: 26_999_999, creditVan: 0 })
  const basis = {
    administratie: 'A1',
    omgeving: 'O1',
    naam: 'Administratie A1',
    btwAfrondingsmodus: 'PER_TOTAAL',
    verdichtenPerProjectfase: false,
  }
  ok(await inr.richtAdministratieIn({ ...basis, partij: leverancier }, ctx()))
  ok(
    await inr.richtBtwCodeIn(
      {
        administratie: 'A1',
        btwPlicht: 'binnenland',
        tariefgroep: 'laag',
        btwCode: 'LAAG',
        percentage: '9',
        rekening: '1510',
      },
      ctx(),
    ),
  )
  ok(
    await inr.richtIntegratiesoortIn(
      {
        administratie: 'A1',
        integratiesoort: 'handmatigeProjectfacturen',
        dagboek: '70',
        creditDagboek: '71',
        omschrijvingFinancieel: 'bronNummerNaamFactuurrelatie',
        factuurkortingGebruiken: false,
        betalingskortingGebruiken: true,
        storneren: false,
      },
      ctx(),
    ),
  )
  const profielen: Record<string, cockpit.Verkooprelatieprofiel> = {
    '10032': {
      relatie: '10032',
      geblokkeerd: false,
      verzamelmethode: 'apart',
      verzamelperiode: 'niet',
      verstrekkingen: [
        { rapport: 'ubl', wijze: 'ubl' },
        { rapport: 'factuur', wijze: 'emailPdf' },
        { rapport: 'kopie', wijze: 'print' },
      ],
      partij: klantNl,
    },
  }
  const geleverd: string[] = []
  const map = mapUitbak(uitbakMap)
  const uitbak: Uitbak = {
    lever: async (d) => {
      geleverd.push(d.bestandsnaam)
      await map.lever(d)
    },
  }
  const gedrukt: string[] = []
  const printwachtrij: Printwachtrij = {
    druk: async (o) => void gedrukt.push(`${o.factuurnummer}:${o.pdf.length > 1000}`),
  }
  const mailer = smtpMailer({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true })
  const cp = cockpit.facturatiecockpit(store, {
    ...cockpit.dagboekPoorten(dagboek.dagboekService(store, { inrichting: inr })),
    relaties: { profiel: (_adm, relatie) => profielen[relatie] },
    projecten: { debiteur: (_adm, project) => (project === 'P2026-017' ? '10032' : undefined) },
    instellingen: { conceptfacturering: () => false, projectenFacturerenAanAlleVerkooprelaties: () => true },
    autorisatie: { magJournaalpostRaadplegen: () => true },
    uitvoer: documentUitvoer({ store, mailer, uitbak, printwachtrij }),
  })
  return { store, cockpit: cp, profielen, geleverd, gedrukt, mailer }
}

const opdracht = (overrides: Partial<Factuuropdracht> = {}): Factuuropdracht => {
  const { partijen: _, ...zonderPartijen } = binnenlandseOpdracht(overrides)
  return { ...zonderPartijen, bron: 'handmatig', bronId: 'H-1' }
}

describe('verstrekken by verstrekkingswijze through the cockpit (R22) with the document adapters', () => {
  let map: string
  beforeEach(async () => {
    map = await mkdtemp(join(tmpdir(), 'uitbak-'))
  })
  afterEach(async () => {
    await rm(map, { recursive: true, force: true })
  })

  it('R32: the parties are recorded at invoicing; e-mail PDF reaches a real SMTP server, UBL the outbox, print the queue', async () => {
    const smtp = await startSmtp()
    const o = await opzetten(smtp.port, map)
    try {
      const gemaakt = await o.cockpit.factureerHandmatig(
        { administratie: 'A1', factuurId: 'H-1', opdracht: opdracht() },
        ctx(),
      )
      expect(isRight(gemaakt) ? gemaakt.right.factuurnummer : gemaakt.left).toBe('26000001')
      expect((await o.cockpit.factuur('A1', 'H-1')).opdracht?.partijen).toEqual({ leverancier, afnemer: klantNl })
      // Master data changes after invoicing do not change the invoice (replay needs none).
      o.profielen['10032'] = {
        ...(o.profielen['10032'] as cockpit.Verkooprelatieprofiel),
        partij: { ...klantNl, naam: 'Andere naam' },
      }
      expect(isRight(await o.cockpit.verstrek({ administratie: 'A1', factuurId: 'H-1' }, ctx()))).toBe(true)

      expect(smtp.ontvangen.map((m) => [m.aan, m.onderwerp, m.bijlagen.map((b) => b.bestandsnaam)])).toEqual([
        ['crediteuren@exhibitions.example', 'Factuur 26000001 van Voorbeeld Advies B.V.', ['26000001.pdf']],
      ])
      const pdf = (await pdfPaginas(smtp.ontvangen[0]?.bijlagen[0]?.inhoud as Buffer)).join('\n')
      expect(pdf).toContain('Koninklijke Exhibitions Benelux B.V.')
      expect(pdf).toContain('Totaal incl. btw (EUR) 1.061,10')
      expect(await readdir(map)).toEqual(['26000001.xml'])
      expect(await valideerXsd(await readFile(join(map, '26000001.xml'), 'utf8'))).toEqual({ valid: true, fouten: [] })
      expect(o.gedrukt).toEqual(['26000001:true'])
      const factuur = await o.cockpit.factuur('A1', 'H-1')
      expect([...factuur.verstrekt]).toEqual(['ubl', 'factuur', 'kopie'])

      // R31 with "verstrekken na voltooien": the credit note goes out by the same ways, with its original named.
      const credit = await o.cockpit.crediteer(
        {
          administratie: 'A1',
          factuurId: 'H-1',
          creditFactuurId: 'CH-1',
          factuurdatum: '2026-04-10',
          verstrekkenNaVoltooien: true,
        },
        ctx(),
      )
      expect(isRight(credit) ? credit.right.factuurnummer : credit.left).toBe('CR1')
      expect(smtp.ontvangen.map((m) => m.onderwerp)).toEqual([
        'Factuur 26000001 van Voorbeeld Advies B.V.',
        'Creditnota CR1 van Voorbeeld Advies B.V.',
      ])
      const creditPdf = (await pdfPaginas(smtp.ontvangen[1]?.bijlagen[0]?.inhoud as Buffer)).join('\n')
      expect(creditPdf).toContain('Creditnota op factuur 26000001 van 31-03-2026')
      expect(creditPdf).toContain('Totaal incl. btw (EUR) -1.061,10')
      expect((await readdir(map)).sort()).toEqual(['26000001.xml', 'CR1.xml'])
      expect(await valideerXsd(await readFile(join(map, 'CR1.xml'), 'utf8'))).toEqual({ valid: true, fouten: [] })
    } finally {
      o.mailer.sluit()
      await smtp.stop()
    }
  })

  it('SMTP down: a typed error, the invoice stays "niet verwerkt"; the retry issues each report exactly once', async () => {
    const bezet = await startSmtp()
    const port = bezet.port
    await bezet.stop()
    const o = await opzetten(port, map)
    await o.cockpit.factureerHandmatig({ administratie: 'A1', factuurId: 'H-1', opdracht: opdracht() }, ctx())
    const mislukt = await o.cockpit.verstrek({ administratie: 'A1', factuurId: 'H-1' }, ctx())
    expect(isLeft(mislukt) && mislukt.left).toMatchObject({
      code: 'VERSTREKKING_MISLUKT',
      details: { factuurId: 'H-1', rapport: 'factuur', wijze: 'emailPdf' },
    })
    const naFout = await o.cockpit.factuur('A1', 'H-1')
    expect([...naFout.verstrekt]).toEqual(['ubl'])
    expect(naFout.verstrekt.size < naFout.verstrekkingen.length).toBe(true)

    const smtp = await startSmtp(port)
    try {
      expect(isRight(await o.cockpit.verstrek({ administratie: 'A1', factuurId: 'H-1' }, ctx()))).toBe(true)
      expect(isRight(await o.cockpit.verstrek({ administratie: 'A1', factuurId: 'H-1' }, ctx()))).toBe(true)
      expect(smtp.ontvangen.length).toBe(1)
      expect(o.geleverd).toEqual(['26000001.xml'])
      expect(o.gedrukt).toEqual(['26000001:true'])
      expect([...(await o.cockpit.factuur('A1', 'H-1')).verstrekt]).toEqual(['ubl', 'factuur', 'kopie'])
    } finally {
      o.mailer.sluit()
      await smtp.stop()
    }
  })

  it('R32: a relatie without party data, or verlegd without its btw-id, is refused naming the relatie; nothing is written', async () => {
    const o = await opzetten(1, map)
    const voor = (await o.store.readAll({ maxCount: 100_000 })).events.length
    const profiel = o.profielen['10032'] as cockpit.Verkooprelatieprofiel
    const { partij: _, ...zonderPartij } = profiel
    o.profielen['10032'] = zonderPartij
    const geen = await o.cockpit.factureerHandmatig(
      { administratie: 'A1', factuurId: 'H-1', opdracht: opdracht() },
      ctx(),
    )
    expect(isLeft(geen) && geen.left).toMatchObject({
      code: 'R32_GEGEVEN_ONTBREEKT',
      details: { factuurId: 'H-1', relatie: '10032', veld: 'partij' },
    })
    const { btwId: __, ...zonderBtw }: Partij = klantNl
    o.profielen['10032'] = { ...profiel, partij: zonderBtw }
    const verlegd = await o.cockpit.factureerHandmatig(
      { administratie: 'A1', factuurId: 'H-1', opdracht: opdracht({ btwPlicht: 'verlegd' }) },
      ctx(),
    )
    expect(isLeft(verlegd) && verlegd.left).toMatchObject({
      code: 'R32_GEGEVEN_ONTBREEKT',
      details: { factuurId: 'H-1', relatie: '10032', veld: 'btwId' },
    })
    expect((await o.store.readAll({ maxCount: 100_000 })).events.length).toBe(voor)
  })
})
