import { type EventStore, InMemoryEventStore, readAllEvents } from '@factuurstroom/eventsourcing'
import { isRight, right } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Conceptfactuur } from '../bronnen'
import { conceptStreamId } from '../concept/sleutel'
import { projectInstellingen, relatieInstellingen } from '../concept/voorbeeld.fixture'
import { factuurRegistry } from '../factuur/events'
import { cockpit as cockpitModule, concept, inrichting } from '../index'
import { CrashendeStore, ctx, factureerbareConcepten, maakCockpit, ok, urenregel } from './cockpit.fixture'
import type { Conceptfacturering } from './conceptfacturering'
import { teFacturerenRegistry } from './te-factureren/events'

// R21 for "factureren concepten", whose staging refers to the concepts' hand-overs (ConceptGefactureerd) instead of
// copying their lines: a run stopped anywhere is finished from the hand-overs the concept port gives back.

const { afronding: _afronding, ...zonderAfronding } = projectInstellingen
const instellingen = { ...zonderAfronding, conceptmethode: 'perProject' as const, verdichting: 'geen' as const }
const projecten = [
  { nummer: 'P-BEURS', omschrijving: 'Beursstand' },
  { nummer: 'P-WEB', omschrijving: 'Website' },
  { nummer: 'P-APP', omschrijving: 'App' },
]
const run = { administratie: 'A1', runId: 'R-04', factuurdatum: '2026-04-30' }

/** Three factureerbare concepts (one per project) of relatie 10032, in `store`, behind the real concept port. */
const metConcepten = async (store: EventStore) => {
  let id = 0
  const concepten = concept.conceptService(store, { nieuwId: () => `K${++id}` })
  await factureerbareConcepten(concepten, instellingen, projecten, [
    urenregel('n1', 'P-BEURS', '100.00'),
    urenregel('n2', 'P-WEB', '200.00'),
    urenregel('n3', 'P-BEURS', '50.00'),
    urenregel('n4', 'P-APP', '75.00'),
  ])
  return cockpitModule.conceptPoort(concepten, {
    store,
    inrichting: inrichting.inrichtingService(store),
    stamgegevens: {
      projectInstellingen: () => instellingen,
      relatieInstellingen: () => relatieInstellingen,
      apartFactureren: () => false,
    },
  })
}

/** What must be the same however the run was interrupted: invoices with their number and lines, numbers used. */
const eindtoestand = async (store: EventStore) => {
  const facturen = new Map<string, { nummer?: string; regels: string[] }>()
  let nummers = 0
  let verwezen = 0
  for await (const opgeslagen of readAllEvents(store)) {
    if (opgeslagen.type === 'FactuurAangemaakt') {
      const event = factuurRegistry.decodeOrThrow(opgeslagen)
      if (event.type === 'FactuurAangemaakt')
        facturen.set(event.data.factuurId, {
          regels: event.data.opdracht.regels.map((r) => `${r.regelId} ${r.bedrag}`),
        })
    }
    if (opgeslagen.type === 'TeFacturerenRegelsKlaargezet') {
      const event = teFacturerenRegistry.decodeOrThrow(opgeslagen)
      if (event.type === 'TeFacturerenRegelsKlaargezet') verwezen += event.data.facturen.length
    }
    const data = opgeslagen.data as { factuurId: string; factuurnummer: string }
    if (opgeslagen.type === 'Gefactureerd') (facturen.get(data.factuurId) ?? { regels: [] }).nummer = data.factuurnummer
    if (opgeslagen.type === 'FactuurnummerToegekend') nummers++
  }
  return { facturen: [...facturen.entries()].sort(([a], [b]) => a.localeCompare(b)), nummers, verwezen }
}

describe('R21: factureren concepten stopped half way, staged by reference', () => {
  // With appendToStreams, a concept's invoicing frees its key in the same append and each invoice is created and
  // numbered in one.
  it.each([
    ['one stream per append', false, 3 * 2 + 1 + 3 * 3 + 1],
    ['several streams per append', true, 3 + 1 + 3 + 1],
  ])(
    'R21: a crash after k appends, for every k, ends like an uninterrupted run: recovery first, then the run again (%s)',
    async (_, meerstroom, appends) => {
      const ongestoord = new InMemoryEventStore()
      const { cockpit: heel } = await maakCockpit({
        conceptfacturering: true,
        store: ongestoord,
        concepten: await metConcepten(ongestoord),
      })
      expect(ok(await heel.factureerConcepten(run, ctx())).facturen.map((f) => f.factuurId)).toEqual([
        'R-04-K1',
        'R-04-K2',
        'R-04-K3',
      ])
      const verwacht = await eindtoestand(ongestoord)
      expect(verwacht).toEqual({
        facturen: [
          ['R-04-K1', { nummer: '26000001', regels: ['concept:K1:n1 100.00', 'concept:K1:n3 50.00'] }],
          ['R-04-K2', { nummer: '26000002', regels: ['concept:K2:n2 200.00'] }],
          ['R-04-K3', { nummer: '26000003', regels: ['concept:K3:n4 75.00'] }],
        ],
        nummers: 3,
        verwezen: 3,
      })

      let k = 1
      for (; ; k++) {
        const store = new CrashendeStore(new InMemoryEventStore(), meerstroom)
        const concepten = await metConcepten(store)
        const { cockpit } = await maakCockpit({ conceptfacturering: true, store, concepten })
        store.crashNa(k)
        const uitkomst = await cockpit.factureerConcepten(run, ctx()).then(
          () => 'voltooid',
          (error: Error) => error.message,
        )
        store.herstel()
        if (uitkomst === 'voltooid') break
        expect(uitkomst).toBe('crash')
        // What was staged is finished without the run: the hand-overs come back through the concept port.
        expect(isRight(await cockpit.factureerTeFacturerenRegels({ administratie: 'A1' }, ctx()))).toBe(true)
        expect((await cockpit.teFacturerenRegels('A1')).facturen, `crash after ${k} appends`).toEqual([])
        // The run again finishes the rest (concepts invoiced, not yet staged) and repeats nothing.
        expect(isRight(await cockpit.factureerConcepten(run, ctx()))).toBe(true)
        expect(await eindtoestand(store), `crash after ${k} appends`).toEqual(verwacht)
      }
      // The run's appends: per concept its invoicing and its key's release, the staging, per invoice create, number
      // and "gefactureerd", and one batch of marks.
      expect(k).toBe(appends)
    },
  )

  it('R21: the same run resumed after a stop between staging and the invoices makes each invoice once, from the hand-overs the port gives again', async () => {
    const store = new CrashendeStore(new InMemoryEventStore())
    const poort = await metConcepten(store)
    const gevraagd: string[] = []
    const concepten: Conceptfacturering = {
      factureer: poort.factureer,
      overdrachten: async (administratie, verwijzingen) => {
        gevraagd.push(...verwijzingen.map((v) => v.factuurId))
        return poort.overdrachten(administratie, verwijzingen)
      },
    }
    const { cockpit } = await maakCockpit({ conceptfacturering: true, store, concepten })
    // Three concepts invoiced (two appends each), the staging, then the first invoice made: the stop.
    store.crashNa(3 * 2 + 1 + 1)
    await expect(cockpit.factureerConcepten(run, ctx())).rejects.toThrow('crash')
    store.herstel()
    expect(
      (await cockpit.teFacturerenRegels('A1')).facturen.map((f) => [f.factuurId, f.overdracht?.factuurId]),
    ).toEqual([
      ['R-04-K1', 'R-04-K1'],
      ['R-04-K2', 'R-04-K2'],
      ['R-04-K3', 'R-04-K3'],
    ])
    const hervat = ok(await cockpit.factureerConcepten(run, ctx()))
    // The staging's command id is the run's: its recorded decision (four lines by reference) counts again.
    expect([hervat.klaargezet, hervat.alKlaargezet, hervat.facturen.map((f) => f.factuurnummer)]).toEqual([
      4,
      [],
      ['26000001', '26000002', '26000003'],
    ])
    // The run held every hand-over: none was read back.
    expect(gevraagd).toEqual([])
  })

  it('R21: recovering a stopped run in the same process reads no hand-over back; a new process reads them from the log', async () => {
    const gelezen: string[] = []
    class TellendeStore extends InMemoryEventStore {
      override readStream(...args: Parameters<InMemoryEventStore['readStream']>) {
        gelezen.push(args[0])
        return super.readStream(...args)
      }
    }
    const store = new CrashendeStore(new TellendeStore())
    const poort = await metConcepten(store)
    const { cockpit } = await maakCockpit({ conceptfacturering: true, store, concepten: poort })
    // Stopped right after the staging: every invoice is still to be made, from the hand-overs.
    store.crashNa(3 * 2 + 1)
    await expect(cockpit.factureerConcepten(run, ctx())).rejects.toThrow('crash')
    store.herstel()
    const conceptstromen = () => gelezen.filter((streamId) => streamId === conceptStreamId('A1', 'K2'))
    gelezen.length = 0
    expect(ok(await cockpit.factureerTeFacturerenRegels({ administratie: 'A1' }, ctx())).facturen.length).toBe(3)
    expect(conceptstromen()).toEqual([])

    // A new process (a new port over the same log) has only the log to make them from.
    const opnieuw = new CrashendeStore(new TellendeStore())
    const nieuwePoort = await metConcepten(opnieuw)
    const { cockpit: tweede } = await maakCockpit({ conceptfacturering: true, store: opnieuw, concepten: nieuwePoort })
    opnieuw.crashNa(3 * 2 + 1)
    await expect(tweede.factureerConcepten(run, ctx())).rejects.toThrow('crash')
    opnieuw.herstel()
    const vanHetLog = cockpitModule.conceptPoort(concept.conceptService(opnieuw), {
      store: opnieuw,
      inrichting: inrichting.inrichtingService(opnieuw),
      stamgegevens: {
        projectInstellingen: () => instellingen,
        relatieInstellingen: () => relatieInstellingen,
        apartFactureren: () => false,
      },
    })
    gelezen.length = 0
    const verwijzingen = [{ conceptId: 'K2', factuurId: 'R-04-K2' }]
    const gegeven = await vanHetLog.overdrachten('A1', verwijzingen)
    expect(isRight(gegeven) && gegeven.right.map((f) => [f.conceptId, f.factuurId])).toEqual([['K2', 'R-04-K2']])
    expect(conceptstromen()).toEqual([conceptStreamId('A1', 'K2')])
  })

  it('R21: a staged hand-over the concept port does not give back refuses the recovery with OVERDRACHT_ONTBREEKT and writes nothing', async () => {
    const store = new CrashendeStore(new InMemoryEventStore())
    const poort = await metConcepten(store)
    let vergeten = false
    const concepten: Conceptfacturering = {
      factureer: async (vraag, context) => {
        const gegeven = await poort.factureer(vraag, context)
        return vergeten && isRight(gegeven) ? right(gegeven.right.filter((f) => f.conceptId !== 'K2')) : gegeven
      },
      overdrachten: async (administratie, verwijzingen) =>
        right(
          ((await poort.overdrachten(administratie, verwijzingen)) as { right: Conceptfactuur[] }).right.filter(
            (f) => !vergeten || f.conceptId !== 'K2',
          ),
        ),
    }
    const { cockpit } = await maakCockpit({ conceptfacturering: true, store, concepten })
    // Stopped right after the staging.
    store.crashNa(3 * 2 + 1)
    await expect(cockpit.factureerConcepten(run, ctx())).rejects.toThrow('crash')
    store.herstel()
    vergeten = true
    const log = async () => {
      const events: string[] = []
      for await (const event of readAllEvents(store)) events.push(event.eventId)
      return events
    }
    const voor = await log()
    const fout = {
      code: 'OVERDRACHT_ONTBREEKT',
      details: { factuurId: 'R-04-K2', conceptId: 'K2', overdracht: 'R-04-K2' },
    }
    expect(await cockpit.factureerConcepten(run, ctx())).toMatchObject({ _tag: 'Left', left: fout })
    expect(await cockpit.factureerTeFacturerenRegels({ administratie: 'A1' }, ctx())).toMatchObject({
      _tag: 'Left',
      left: fout,
    })
    expect(await log()).toEqual(voor)
    vergeten = false
    expect(ok(await cockpit.factureerTeFacturerenRegels({ administratie: 'A1' }, ctx())).facturen.length).toBe(3)
  })
})
