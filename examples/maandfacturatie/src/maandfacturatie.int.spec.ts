import {
  HashChainingEventStore,
  InMemoryEventStore,
  ProjectionRunner,
  readAllEvents,
} from '@factuurstroom/eventsourcing'
import { concept, dagboek, decimaal, NUL } from '@factuurstroom/facturatie'
import { isRight } from 'fp-ts/lib/Either.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { bibliotheekweergavenSluiten, controleer } from './controle'
import { genereerMaand } from './genereer'
import { draaiMaand, type Uitkomst } from './maand'
import { cockpitweergaven, nietVerwerkt, totaal } from './weergaven'

/** The main job at a tiny size, in memory: one administratie, a dozen relaties, about a thousand booked lines. */
const maand = genereerMaand({ seed: 'spec', relaties: 12 })
let uitkomst: Uitkomst
let store: HashChainingEventStore

beforeAll(async () => {
  store = new HashChainingEventStore(new InMemoryEventStore())
  uitkomst = await draaiMaand(store, maand)
})

describe('maandfacturatie at a tiny size, in memory', () => {
  it('R30: every journaalpost balances and the whole journal balances (Σ debet = Σ credit)', async () => {
    let posten = 0
    let debet = NUL
    let credit = NUL
    for await (const event of readAllEvents(store)) {
      if (event.type !== 'Gejournaliseerd') continue
      posten++
      // Decoded: the booking is stored compactly (its lines a table).
      const geboekt = dagboek.dagboekRegistry.decodeOrThrow(event)
      if (geboekt.type !== 'Gejournaliseerd') continue
      const post = geboekt.data.journaalpost
      const d = totaal(post.regels.filter((r) => r.zijde === 'debet').map((r) => r.bedrag))
      const c = totaal(post.regels.filter((r) => r.zijde === 'credit').map((r) => r.bedrag))
      expect(d.toFixed(2)).toBe(c.toFixed(2))
      debet = debet.plus(d)
      credit = credit.plus(c)
    }
    expect(posten).toBe(uitkomst.weergaven.facturen.size)
    expect(debet.isZero()).toBe(false)
    expect(debet.toFixed(2)).toBe(credit.toFixed(2))
  })

  it('R27: every invoice number is unique and the series is gapless from the dagboek’s laatste factuurnummer', async () => {
    const nummers: number[] = []
    for await (const event of readAllEvents(store)) {
      if (event.type === 'FactuurnummerToegekend') nummers.push((event.data as { volgnummer: number }).volgnummer)
    }
    const start = maand.administraties[0]?.reeks.van as number
    expect(nummers.length).toBe(uitkomst.weergaven.facturen.size)
    expect(new Set(nummers).size).toBe(nummers.length)
    expect(nummers).toEqual(nummers.map((_, i) => start + i + 1))
  })

  it('R21: the blocked relatie stopped the run; after the fix its lines were invoiced exactly once', () => {
    const adm = maand.administraties[0]
    const geblokkeerd = adm?.relaties.find((r) => r.geblokkeerd)
    const blokkade = uitkomst.administraties[0]?.blokkade
    expect(blokkade?.relatie).toBe(geblokkeerd?.nummer)
    expect(blokkade?.melding).toContain('blocked')
    expect(blokkade?.hersteldeFacturen).toBeGreaterThan(0)
    const regels = adm?.nacalculatie.get(geblokkeerd?.nummer as string) ?? []
    expect(regels.length).toBeGreaterThan(0)
    for (const regel of regels) {
      expect(uitkomst.weergaven.gefactureerdeNacalculatie.get(`${adm?.code}|${regel.regelId}`)).toHaveLength(1)
    }
    // Every other booked line too: once, or on no invoice when written off or deferred (R10).
    expect(controleer(uitkomst.weergaven, maand, uitkomst.administraties).filter((c) => !c.ok)).toEqual([])
  })

  it('R22: the views reconcile: lines = invoices, invoices = open items = debiteuren, niet verwerkt = unissued', () => {
    const view = uitkomst.weergaven
    const facturen = [...view.facturen.values()]
    expect(totaal(view.regels.map((r) => r.bedrag)).toFixed(2)).toBe(
      totaal(facturen.map((f) => f.totaalNetto)).toFixed(2),
    )
    const bruto = totaal(facturen.map((f) => f.totaalBruto))
    expect(totaal([...view.openstaand.values()].map((p) => p.bedrag)).toFixed(2)).toBe(bruto.toFixed(2))
    let debiteuren = NUL
    for (const [k, saldo] of view.journaal) if (k.endsWith('|1300')) debiteuren = debiteuren.plus(saldo.debet)
    expect(debiteuren.toFixed(2)).toBe(bruto.toFixed(2))
    // Everything is journalised; only the print batch (tomorrow) keeps invoices in "niet verwerkte facturen".
    const print = new Set(
      maand.administraties[0]?.relaties.filter((r) => r.verstrekking === 'print').map((r) => r.nummer),
    )
    expect(facturen.every((f) => f.gejournaliseerd)).toBe(true)
    expect(
      nietVerwerkt(view)
        .map((f) => f.factuurrelatie)
        .every((r) => print.has(r)),
    ).toBe(true)
    expect(nietVerwerkt(view).length).toBe(facturen.filter((f) => print.has(f.factuurrelatie)).length)
    expect(facturen.some((f) => f.bron === 'verzamelfactuur')).toBe(true)
    // The library's views, which the job prints, say the same and reconcile open items with the journal.
    expect(bibliotheekweergavenSluiten(uitkomst.bibliotheekweergaven, view)).toMatchObject({ ok: true })
    expect(decimaal(bruto).greaterThan(0)).toBe(true)
  })

  it('the same seed gives the same month: a second run appends the same events, numbers and amounts', async () => {
    const opnieuw = new HashChainingEventStore(new InMemoryEventStore())
    await draaiMaand(opnieuw, genereerMaand({ seed: 'spec', relaties: 12 }))
    const inhoud = async (s: HashChainingEventStore) => {
      const events: unknown[] = []
      for await (const e of readAllEvents(s)) events.push([e.streamId, e.type, e.data])
      return events
    }
    expect(await inhoud(opnieuw)).toEqual(await inhoud(store))
  })
})

/**
 * A late hour line as ConceptRegelsToegevoegd's domain data (version 2's shape) holds it: item, project and verdichte regel by position in the
 * event's tables (one item and one verdichte regel per werksoort here), herkomst and verwerkingsmethode F left out as
 * the defaults, regelId left out as equal to the nacalculatie id.
 */
const nagekomenRegel = (
  regelId: string,
  positie: number,
  werksoort: [code: string, naam: string, prijs: string],
  aantal: string,
  bedrag: string,
) => ({
  aantal,
  bedrag,
  datum: '2026-03-31',
  item: positie,
  nacalculatieRegelId: regelId,
  omschrijving: `${werksoort[1]} ${aantal} uur`,
  prijs: werksoort[2],
  project: 0,
  verdichteRegel: positie,
})

/** The item tables of a v2 event whose lines each have their own werksoort, in order. */
const werksoorttabellen = (werksoorten: readonly [code: string, naam: string, prijs: string][]) => ({
  items: werksoorten.map(([itemcode, itemomschrijving]) => ({
    btwTariefgroep: 'hoog',
    integratiegroep: 'UREN',
    itemcode,
    itemomschrijving,
    soort: 'uren',
  })),
  verdichteRegels: werksoorten.map(([code, omschrijving]) => ({ id: `werksoort:${code}|UREN|hoog`, omschrijving })),
})

const IMP = ['IMP', 'Implementatie', '87.50'] as [string, string, string]
const ADV = ['ADV', 'Advies', '95.00'] as [string, string, string]
const CON = ['CON', 'Controle', '125.00'] as [string, string, string]
const PRJ = ['PRJ', 'Projectleiding', '110.00'] as [string, string, string]
const P22 = { nummer: 'P261-00022', omschrijving: 'Advies herstructurering Meijer' }
const P40 = { nummer: 'P261-00040', omschrijving: 'Datamigratie Kok' }

/** The four events a late relatie's new concept gets in FS01 (concept per project, verdichting per werksoort). */
const nieuwConcept = (
  volgnummer: number,
  project: typeof P22,
  verkooprelatie: { nummer: string; naam: string },
  declarant: string,
  werksoorten: readonly [code: string, naam: string, prijs: string][],
  regels: readonly ReturnType<typeof nagekomenRegel>[],
) => {
  const conceptId = `K${String(volgnummer).padStart(6, '0')}`
  const nummer = `CF${String(volgnummer).padStart(6, '0')}`
  const sleutel = { administratie: 'FS01', btwPlicht: 'binnenland', project: project.nummer, valuta: 'EUR' }
  return [
    [
      `conceptsleutel-FS01-${verkooprelatie.nummer}-EUR-binnenland-${project.nummer}`,
      'ConceptSleutelGeclaimd',
      { administratie: 'FS01', conceptId, sleutel: { ...sleutel, verkooprelatie: verkooprelatie.nummer } },
    ],
    [
      'teller-FS01-conceptfactuur-CONCEPT',
      'ConceptnummerToegekend',
      { administratie: 'FS01', conceptId, nummer, reeks: 'CONCEPT', volgnummer },
    ],
    [
      `concept-FS01-${conceptId}`,
      'ConceptGeopend',
      {
        aanleiding: 'nacalculatie',
        administratie: 'FS01',
        btwPlicht: 'binnenland',
        conceptId,
        conceptmethode: 'perProject',
        nummer,
        project,
        projectInstellingen: {
          afronding: { kostensoort: 'AFR', methode: { richting: 'omlaag', stap: '1' } },
          conceptmethode: 'perProject',
          doorgeschovenRegelsFactureerbaarStellen: false,
          facturerenOpBasisVanConcepten: true,
          projectenFacturerenAanAlleVerkooprelaties: false,
          striktMaximum: false,
          striktMinimum: false,
          verdichting: 'perWerksoort',
          voorschot: { integratiegroep: 'VOORSCHOT', kostensoort: 'VOORSCH', omschrijving: 'Voorschot verrekend' },
        },
        relatieInstellingen: { btwPlicht: 'binnenland', declarant, hoofddeclarant: 'MW009' },
        valuta: 'EUR',
        verkooprelatie,
      },
    ],
    [
      `concept-FS01-${conceptId}`,
      'ConceptRegelsToegevoegd',
      { administratie: 'FS01', conceptId, ...werksoorttabellen(werksoorten), projecten: [project], regels },
    ],
  ]
}

describe('the month’s remainder: hours booked after the invoicing run wait on factureerbaar concepts', () => {
  it('the late hours become two concepts, set factureerbaar and not invoiced: the complete events, in order', async () => {
    const laat: unknown[] = []
    for await (const e of readAllEvents(store)) {
      if (e.metadata.occurredAt !== '2026-03-31T17:00:00.000Z') continue
      // ConceptRegelsToegevoegd is stored compactly (its lists as tables): compare the domain data it reads back as.
      const data = concept.conceptRegistry.knows(e.type) ? concept.conceptRegistry.decodeOrThrow(e).data : e.data
      laat.push([e.streamId, e.type, data])
    }
    expect(laat).toEqual([
      ...nieuwConcept(
        75,
        P22,
        { naam: 'Meijer Advies N.V.', nummer: '10002' },
        'MW016',
        [IMP, ADV, CON],
        [
          nagekomenRegel('N1-L000001', 0, IMP, '2.25', '196.88'),
          nagekomenRegel('N1-L000002', 1, ADV, '3.75', '356.25'),
          nagekomenRegel('N1-L000003', 2, CON, '1.25', '156.25'),
        ],
      ),
      ...nieuwConcept(
        76,
        P40,
        { naam: 'Kok Zorg B.V.', nummer: '10005' },
        'MW028',
        [PRJ, IMP],
        [
          nagekomenRegel('N1-L000004', 0, PRJ, '1.75', '192.50'),
          nagekomenRegel('N1-L000005', 1, IMP, '3.25', '284.38'),
        ],
      ),
      ['concept-FS01-K000075', 'ConceptFactureerbaarGesteld', { administratie: 'FS01', conceptId: 'K000075' }],
      ['concept-FS01-K000076', 'ConceptFactureerbaarGesteld', { administratie: 'FS01', conceptId: 'K000076' }],
    ])
    expect(uitkomst.administraties.map((a) => a.nagekomen)).toEqual([
      { relaties: ['10002', '10005'], regels: 5, concepten: ['K000075', 'K000076'] },
    ])
  })

  it('the Concepten view lists exactly those two as factureerbaar, and the check counts the waiting lines', () => {
    const factureerbaar = [...uitkomst.bibliotheekweergaven.concepten.concepten.values()]
      .map((c) => c.rij)
      .filter((r) => r.status === 'factureerbaar')
      .map((r) => [r.conceptId, r.nummer, r.verkooprelatie, r.project, r.aantalRegels, r.teFactureren, r.facturen])
    expect(factureerbaar).toEqual([
      ['K000075', 'CF000075', '10002', 'P261-00022', 3, '709.38', []],
      ['K000076', 'CF000076', '10005', 'P261-00040', 2, '476.88', []],
    ])
    const regels = maand.administraties[0]?.nacalculatie
    const geboekt = [...(regels?.values() ?? [])].flat().length
    const [eenmaal] = controleer(uitkomst.weergaven, maand, uitkomst.administraties).filter((c) =>
      c.naam.startsWith('every nacalculatie line'),
    )
    const a = uitkomst.administraties[0]
    expect(eenmaal).toEqual({
      naam: 'every nacalculatie line invoiced once, deferred, written off or waiting on a factureerbaar concept',
      ok: true,
      uitleg: `${geboekt + 5} lines: ${geboekt - (a?.afgeboekt.length ?? 0) - (a?.doorgeschoven.length ?? 0)} invoiced once, ${a?.doorgeschoven.length} deferred, ${a?.afgeboekt.length} written off, 5 booked after the run waiting on 2 factureerbaar concepts`,
    })
  })
})

// Last in the file: it invoices the remainder in the month's store, after every check of the month itself.
describe('the next factureren concepten (what the cockpit in a browser does after `npm start`)', () => {
  it('invoices exactly the two waiting concepts, on the next numbers, each late line once, afronding down', async () => {
    const run = await uitkomst.bibliotheek.cockpit.factureerConcepten(
      { administratie: 'FS01', runId: 'C2604', factuurdatum: '2026-04-01' },
      {
        commandId: 'factureren-concepten:FS01:2026-04',
        occurredAt: '2026-04-01T09:00:00.000Z',
        actor: 'maandfacturatie',
        correlationId: 'maand-2026-04',
      },
    )
    expect(isRight(run) && run.right.facturen).toEqual([
      { factuurId: 'C2604-K000075', factuurnummer: '26100077' },
      { factuurId: 'C2604-K000076', factuurnummer: '26100078' },
    ])
    const view = new ProjectionRunner(cockpitweergaven)
    await view.catchUp(store)
    const laatste = uitkomst.weergaven.facturen.size
    const nieuw = [...view.view.facturen.values()].slice(laatste)
    expect(
      nieuw.map((f) => [
        f.factuurId,
        f.factuurnummer,
        f.verkooprelatie,
        f.factuurdatum,
        f.totaalNetto,
        f.totaalBtw,
        f.totaalBruto,
      ]),
    ).toEqual([
      // FS01's afronding (R8) takes each verdichte regel down to whole euros: 196.88, 356.25, 156.25 → 708.00.
      ['C2604-K000075', '26100077', '10002', '2026-04-01', '708.00', '148.68', '856.68'],
      ['C2604-K000076', '26100078', '10005', '2026-04-01', '476.00', '99.96', '575.96'],
    ])
    const laat = ['N1-L000001', 'N1-L000002', 'N1-L000003', 'N1-L000004', 'N1-L000005']
    expect(laat.map((id) => view.view.gefactureerdeNacalculatie.get(`FS01|${id}`))).toEqual([
      ['C2604-K000075'],
      ['C2604-K000075'],
      ['C2604-K000075'],
      ['C2604-K000076'],
      ['C2604-K000076'],
    ])
    expect(
      view.view.regels.filter((r) => r.factuurId === 'C2604-K000075').map((r) => [r.omschrijving, r.bedrag]),
    ).toEqual([
      ['Implementatie', '196.00'],
      ['Advies', '356.00'],
      ['Controle', '156.00'],
    ])
    expect(view.view.factureerbaar).toEqual(new Set())
  })
})
