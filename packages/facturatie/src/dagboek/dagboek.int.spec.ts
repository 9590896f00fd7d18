import { InMemoryEventStore, readAllEvents } from '@factuurstroom/eventsourcing'
import { type Either, isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { inrichtingService } from '../inrichting/service'
import { context, richtWerkvoorbeeldIn } from '../inrichting/werkvoorbeeld.fixture'
import { creditVanWerkvoorbeeld, invoerVoor, werkvoorbeeldOpdracht } from '../journalisering/werkvoorbeeld.fixture'
import { dagboekService } from './service'

const waarde = <E extends { code: string; message: string }, A>(result: Either<E, A>): A => {
  if (isLeft(result)) throw new Error(`${result.left.code}: ${result.left.message}`)
  return result.right
}
const foutcode = <E extends { code: string }, A>(result: Either<E, A>): string =>
  isLeft(result) ? result.left.code : 'GEEN_FOUT'

const opgezet = async (opzet: { storneren?: boolean; creditVan?: number } = {}) => {
  const store = new InMemoryEventStore()
  const inrichting = inrichtingService(store)
  await richtWerkvoorbeeldIn(inrichting, { administratie: 'A1', van: 26_000_000, tot: 26_999_999, ...opzet })
  return { store, inrichting, dagboek: dagboekService(store, { inrichting }) }
}

const aantalEvents = async (store: InMemoryEventStore): Promise<number> => {
  let n = 0
  for await (const _ of readAllEvents(store)) n++
  return n
}

const journaliseerWerkvoorbeeld = async (dagboek: ReturnType<typeof dagboekService>) => {
  const nummer = waarde(
    await dagboek.kenFactuurnummerToe(
      { administratie: 'A1', factuurId: 'F-1', integratiesoort: 'automatischeProjectfacturen' },
      context(),
    ),
  )
  const invoer = invoerVoor(werkvoorbeeldOpdracht(), nummer.factuurnummer)
  const vraag = { administratie: 'A1', factuurId: 'F-1', integratiesoort: 'automatischeProjectfacturen', ...invoer }
  return { nummer, vraag, resultaat: waarde(await dagboek.journaliseer(vraag, context())) }
}

describe('R30: journalising through the services', () => {
  it('R30: the worked example, numbered and journalised: 1,807.07 on each side, openstaande post 807.07', async () => {
    const { dagboek } = await opgezet()
    const { nummer, resultaat } = await journaliseerWerkvoorbeeld(dagboek)
    expect(nummer.factuurnummer).toBe('26000001')
    expect(resultaat.journaalpost.omschrijving).toBe('[pro] 10032-Koninklijke Exhibitions Benelux B.V.')
    expect(resultaat.journaalpost.regels.map((r) => `${r.zijde} ${r.debiteur ?? r.rekening} ${r.bedrag}`)).toEqual([
      'debet 10032 807.07',
      'debet 1450 1000.00',
      'credit 8000 1516.00',
      'credit 8050 151.00',
      'credit 1510 140.07',
    ])
    expect(resultaat.journaalpost.totaalDebet).toBe('1807.07')
    expect(resultaat.openstaandePost.bedrag).toBe('807.07')
    expect((await dagboek.factuurStatus('A1', '70', 'F-1')).gejournaliseerd).toBe(true)
  })

  it('R24: the booking reads back from the dagboek stream, by this process and by a fresh one; none for an invoice it did not journalise', async () => {
    const { store, inrichting, dagboek } = await opgezet()
    const { resultaat } = await journaliseerWerkvoorbeeld(dagboek)
    const tweede = waarde(
      await dagboek.kenFactuurnummerToe(
        { administratie: 'A1', factuurId: 'F-2', integratiesoort: 'automatischeProjectfacturen' },
        context(),
      ),
    )
    expect(tweede.factuurnummer).toBe('26000002')
    expect(await dagboek.boeking('A1', '70', 'F-1')).toEqual(resultaat.gejournaliseerd)
    expect(await dagboekService(store, { inrichting }).boeking('A1', '70', 'F-1')).toEqual(resultaat.gejournaliseerd)
    expect(await dagboek.boeking('A1', '70', 'F-2')).toBeUndefined()
    expect(await dagboek.boeking('A1', '71', 'F-1')).toBeUndefined()
  })

  it('R30: journalising the same invoice again is refused and appends nothing; the same command id returns the first outcome', async () => {
    const { store, dagboek } = await opgezet()
    const { vraag } = await journaliseerWerkvoorbeeld(dagboek)
    const voor = await aantalEvents(store)
    expect(foutcode(await dagboek.journaliseer(vraag, context()))).toBe('FACTUUR_AL_GEJOURNALISEERD')
    const zelfde = { commandId: 'journaliseer-F-2', occurredAt: '2026-04-01T09:00:00.000Z' }
    const nummer2 = waarde(
      await dagboek.kenFactuurnummerToe(
        { administratie: 'A1', factuurId: 'F-2', integratiesoort: 'abonnementen' },
        context(),
      ),
    )
    const vraag2 = { ...vraag, factuurId: 'F-2', integratiesoort: 'abonnementen', factuurnummer: nummer2.factuurnummer }
    const eerste = waarde(await dagboek.journaliseer(vraag2, zelfde))
    const nogmaals = waarde(await dagboek.journaliseer(vraag2, zelfde))
    expect(nogmaals.duplicate).toBe(true)
    expect(nogmaals.journaalpost).toEqual(eerste.journaalpost)
    expect(await aantalEvents(store)).toBe(voor + 2)
  })

  it('R30: the state kept after an append equals a fresh read of the stream and shares nothing with the answer', async () => {
    const { store, inrichting, dagboek } = await opgezet()
    const zelfde = { commandId: 'journaliseer-F-1', occurredAt: '2026-04-01T09:00:00.000Z' }
    const nummer = waarde(
      await dagboek.kenFactuurnummerToe(
        { administratie: 'A1', factuurId: 'F-1', integratiesoort: 'automatischeProjectfacturen' },
        context(),
      ),
    )
    const invoer = invoerVoor(werkvoorbeeldOpdracht(), nummer.factuurnummer)
    const vraag = { administratie: 'A1', factuurId: 'F-1', integratiesoort: 'automatischeProjectfacturen', ...invoer }
    const eerste = waarde(await dagboek.journaliseer(vraag, zelfde))
    const omschrijving = eerste.journaalpost.omschrijving
    eerste.journaalpost.omschrijving = 'gewijzigd door de aanroeper'
    const nogmaals = waarde(await dagboek.journaliseer(vraag, zelfde))
    expect(nogmaals.duplicate).toBe(true)
    expect(nogmaals.journaalpost.omschrijving).toBe(omschrijving)
    const vers = dagboekService(store, { inrichting })
    expect(await vers.factuurStatus('A1', '70', 'F-1')).toEqual(await dagboek.factuurStatus('A1', '70', 'F-1'))
  })

  it('R27: several integratiesoorten share one dagboek and one numbering', async () => {
    const { dagboek } = await opgezet()
    const a = waarde(
      await dagboek.kenFactuurnummerToe(
        { administratie: 'A1', factuurId: 'P-1', integratiesoort: 'automatischeProjectfacturen' },
        context(),
      ),
    )
    const b = waarde(
      await dagboek.kenFactuurnummerToe(
        { administratie: 'A1', factuurId: 'ABO-1', integratiesoort: 'abonnementen' },
        context(),
      ),
    )
    const c = waarde(
      await dagboek.kenFactuurnummerToe({ administratie: 'A1', factuurId: 'FIN-1', dagboek: '70' }, context()),
    )
    expect([a.factuurnummer, b.factuurnummer, c.factuurnummer]).toEqual(['26000001', '26000002', '26000003'])
    expect(
      foutcode(
        await dagboek.boekHandmatigNummer(
          { administratie: 'A1', dagboek: '70', boekingId: 'M-1', volgnummer: 26_000_002 },
          context(),
        ),
      ),
    ).toBe('NUMMER_AL_UITGEGEVEN')
  })
})

describe('R31: credit notes', () => {
  it('R31: a credit note takes its number from the credit dagboek, refers to the original and leaves it untouched', async () => {
    const { store, dagboek } = await opgezet({ creditVan: 0, storneren: true })
    await journaliseerWerkvoorbeeld(dagboek)
    const origineel = await store.readStream('dagboek-A1-70')
    const credit = creditVanWerkvoorbeeld()
    const nummer = waarde(
      await dagboek.kenFactuurnummerToe(
        { administratie: 'A1', factuurId: 'CR-1', integratiesoort: 'automatischeProjectfacturen', creditnota: true },
        context(),
      ),
    )
    expect([nummer.dagboek, nummer.factuurnummer]).toEqual(['71', 'CR1'])
    const resultaat = waarde(
      await dagboek.journaliseer(
        {
          administratie: 'A1',
          factuurId: 'CR-1',
          integratiesoort: 'automatischeProjectfacturen',
          ...credit,
          factuurnummer: nummer.factuurnummer,
        },
        context(),
      ),
    )
    expect(resultaat.gejournaliseerd.creditnota).toEqual({
      origineelFactuurId: 'F-1',
      origineelFactuurnummer: '26000001',
    })
    expect(resultaat.journaalpost.regels.map((r) => `${r.zijde} ${r.rekening} ${r.bedrag}`)).toEqual([
      'debet 1300 -807.07',
      'debet 1450 -1000.00',
      'credit 8000 -1516.00',
      'credit 8050 -151.00',
      'credit 1510 -140.07',
    ])
    expect(await store.readStream('dagboek-A1-70')).toEqual(origineel)
  })

  it('R31: without a credit dagboek the credit note takes the next number of the same series', async () => {
    const { dagboek } = await opgezet()
    await journaliseerWerkvoorbeeld(dagboek)
    const nummer = waarde(
      await dagboek.kenFactuurnummerToe(
        { administratie: 'A1', factuurId: 'CR-1', integratiesoort: 'automatischeProjectfacturen', creditnota: true },
        context(),
      ),
    )
    expect([nummer.dagboek, nummer.factuurnummer]).toEqual(['70', '26000002'])
  })
})

describe('multi-administratie and bad input', () => {
  it('R27: a command for one administratie touches only its own streams', async () => {
    const { store, inrichting, dagboek } = await opgezet()
    await richtWerkvoorbeeldIn(inrichting, { administratie: 'A2', van: 40_000_000, tot: 40_999_999 })
    const positie = (await store.readAll({ maxCount: 100_000 })).position
    await journaliseerWerkvoorbeeld(dagboek)
    const geraakt = new Set<string>()
    for await (const event of readAllEvents(store, { after: positie })) geraakt.add(event.streamId)
    expect([...geraakt]).toEqual(['dagboek-A1-70'])
    expect(await store.readStream('dagboek-A2-70')).toEqual([])
  })

  it('R27: a dagboek in another administratie whose series overlaps is refused; nothing is appended', async () => {
    const { store, inrichting } = await opgezet()
    await inrichting.richtAdministratieIn(
      {
        administratie: 'A2',
        omgeving: 'O1',
        naam: 'Twee',
        btwAfrondingsmodus: 'PER_REGEL',
        verdichtenPerProjectfase: false,
      },
      context(),
    )
    const voor = await aantalEvents(store)
    const inkoop = await inrichting.richtDagboekIn(
      {
        administratie: 'A2',
        dagboek: '60',
        dagboektype: 'inkoop',
        omschrijving: 'Inkoopboek',
        reeks: { laatsteFactuurnummer: 26_900_000, tot: 27_500_000 },
      },
      context(),
    )
    expect(foutcode(inkoop)).toBe('NUMMERREEKS_OVERLAPT')
    expect(await aantalEvents(store)).toBe(voor)
  })

  it('R26: an invoice flow without an integratie-dagboek is refused, naming what to configure', async () => {
    const { store, dagboek } = await opgezet()
    const voor = await aantalEvents(store)
    const result = await dagboek.kenFactuurnummerToe(
      { administratie: 'A1', factuurId: 'C-1', integratiesoort: 'cursussen' },
      context(),
    )
    if (!isLeft(result)) throw new Error('expected a refusal')
    expect(result.left.code).toBe('GEEN_INTEGRATIEDAGBOEK')
    expect(result.left.message).toContain('Set up integratiesoort cursussen with a Verkoop dagboek')
    expect(await aantalEvents(store)).toBe(voor)
  })

  it('bad input: unknown dagboek, malformed command, a line without account: typed errors, nothing appended', async () => {
    const { store, dagboek } = await opgezet()
    const nummer = waarde(
      await dagboek.kenFactuurnummerToe(
        { administratie: 'A1', factuurId: 'F-1', integratiesoort: 'automatischeProjectfacturen' },
        context(),
      ),
    )
    const voor = await aantalEvents(store)
    expect(
      foutcode(await dagboek.kenFactuurnummerToe({ administratie: 'A1', factuurId: 'X', dagboek: '99' }, context())),
    ).toBe('DAGBOEK_ONBEKEND')
    expect(foutcode(await dagboek.kenFactuurnummerToe({ administratie: 'A1', factuurId: '' }, context()))).toBe(
      'DECODE_FAILED',
    )
    const opdracht = werkvoorbeeldOpdracht()
    const vreemd = { ...opdracht, regels: opdracht.regels.map((r) => ({ ...r, integratiegroep: 'ONBEKEND' })) }
    const vraag = {
      administratie: 'A1',
      factuurId: 'F-1',
      integratiesoort: 'automatischeProjectfacturen',
      ...invoerVoor(vreemd, nummer.factuurnummer),
    }
    expect(foutcode(await dagboek.journaliseer(vraag, context()))).toBe('INTEGRATIEGROEP_ZONDER_REKENING')
    expect(
      foutcode(
        await dagboek.boekHandmatigNummer(
          { administratie: 'A1', dagboek: '70', boekingId: 'M', volgnummer: 1 },
          context(),
        ),
      ),
    ).toBe('NUMMER_AL_UITGEGEVEN')
    expect(await aantalEvents(store)).toBe(voor)
  })
})
