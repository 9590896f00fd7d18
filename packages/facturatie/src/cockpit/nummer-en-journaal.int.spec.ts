import {
  type AppendResult,
  type CommandContext,
  type EventStore,
  InMemoryEventStore,
  readAllEvents,
  type StreamAppend,
  WrongExpectedRevisionError,
} from '@factuurstroom/eventsourcing'
import { isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { type Dagboekdeel, dagboekService, type Factuurnummer } from '../dagboek'
import { huidigeOpdracht } from '../factuur'
import { abonnementsregels, maakCockpit, profiel } from './cockpit.fixture'
import { type CockpitDeps, dagboekPoorten } from './poorten'
import { facturatiecockpit } from './service'

/** One append as the store saw it: which call, and per stream the types of its events; `geweigerd` when it threw. */
interface Aanroep {
  readonly via: 'appendToStream' | 'appendToStreams'
  readonly delen: readonly (readonly [string, readonly string[]])[]
  readonly geweigerd?: true
}

/** A turn of the event loop, as a round trip to a store server gives other commands. */
const rondgang = () => new Promise((resolve) => setImmediate(resolve))

/**
 * An in-memory store that records every append; with `meerstroom: false` it has no `appendToStreams`; with
 * `traag`, every read and append waits a turn of the event loop first, so concurrent commands interleave.
 */
class SpionStore extends InMemoryEventStore {
  readonly aanroepen: Aanroep[] = []
  /** Runs once, right before the next `appendToStreams` reaches the store (another process writing meanwhile). */
  vooraf: (() => Promise<void>) | undefined
  constructor(
    meerstroom: boolean,
    readonly traag = false,
  ) {
    super()
    if (!meerstroom) Object.defineProperty(this, 'appendToStreams', { value: undefined })
  }
  override async readStream(...args: Parameters<InMemoryEventStore['readStream']>) {
    if (this.traag) await rondgang()
    return super.readStream(...args)
  }
  override async appendToStream(...args: Parameters<InMemoryEventStore['appendToStream']>): Promise<AppendResult> {
    if (this.traag) await rondgang()
    const [streamId, events, expected] = args
    return this.#noteer('appendToStream', [{ streamId, events, expected }], () => super.appendToStream(...args))
  }
  override async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    if (this.traag) await rondgang()
    const vooraf = this.vooraf
    this.vooraf = undefined
    await vooraf?.()
    return this.#noteer('appendToStreams', appends, () => super.appendToStreams(appends))
  }
  async #noteer<T>(via: Aanroep['via'], appends: readonly StreamAppend[], schrijf: () => Promise<T>): Promise<T> {
    const delen = appends.map((a) => [a.streamId, a.events.map((e) => e.type)] as const)
    try {
      const uit = await schrijf()
      this.aanroepen.push({ via, delen })
      return uit
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) this.aanroepen.push({ via, delen, geweigerd: true })
      throw error
    }
  }
}

const vast = (commandId: string): CommandContext => ({
  commandId,
  occurredAt: '2026-04-01T09:00:00.000Z',
  actor: 'boekhouder',
})

const opties = {
  administratie: 'A1',
  runId: 'RUN-2026-04',
  peildatum: '2026-04-01',
  factuurdatum: '2026-04-01',
  journaliserenNaVoltooien: true,
}

/** A cockpit (one process: its own dagboek service and caches) over the store, with the ports `poorten` makes. */
const cockpitOver = (
  store: EventStore,
  poorten: (dagboek: ReturnType<typeof dagboekPoorten>) => Pick<CockpitDeps, 'nummering' | 'journalisering'> = (p) => p,
) =>
  facturatiecockpit(store, {
    ...poorten(dagboekPoorten(dagboekService(store))),
    relaties: { profiel: (_adm, relatie) => profiel(relatie) },
    instellingen: { conceptfacturering: () => false, projectenFacturerenAanAlleVerkooprelaties: () => false },
    projecten: { debiteur: () => undefined },
    autorisatie: { magJournaalpostRaadplegen: () => true },
  })

/** The ports as a host writes them that can only number and journalise in their own appends. */
const zonderBeslissen = ({ nummering, journalisering }: ReturnType<typeof dagboekPoorten>) => ({
  nummering: { kenNummerToe: nummering.kenNummerToe },
  journalisering: {
    journaliseer: journalisering.journaliseer,
    boeking: journalisering.boeking,
    btwAfrondingsmodus: journalisering.btwAfrondingsmodus,
  },
})

/** Every event after the set-up, as stored: stream, revision, type, data and metadata, in global order. */
const logNa = async (store: EventStore, vanaf: number) => {
  const events = []
  for await (const e of readAllEvents(store)) {
    events.push({ streamId: e.streamId, revisie: e.streamRevision, type: e.type, data: e.data, metadata: e.metadata })
  }
  return events.slice(vanaf)
}

const aantalEvents = async (store: EventStore) => (await logNa(store, 0)).length

/** The month's first invoices on a set-up store: two subscriptions of two relaties, numbered and journalised. */
const factureer = async (meerstroom: boolean, poorten?: Parameters<typeof cockpitOver>[1]) => {
  const store = new SpionStore(meerstroom)
  await maakCockpit({ store })
  const vanaf = await aantalEvents(store)
  store.aanroepen.length = 0
  const r = await cockpitOver(store, poorten).factureerAbonnementen(opties, abonnementsregels(2, 1, 1), vast('run'))
  if (!isRight(r)) throw new Error(`run refused: ${r.left.code}`)
  return { store, facturen: r.right.facturen, log: await logNa(store, vanaf) }
}

const dagboek70 = 'dagboek-A1-70'
const factuur = (id: string) => `factuur-A1-${id}`

describe('numbering and journalising an invoice in one append each (joined ports)', () => {
  it('appends the dagboek part and the invoice events in one appendToStreams call, the number before Gefactureerd', async () => {
    const { store, facturen } = await factureer(true)
    expect(facturen).toEqual([
      { factuurId: 'RUN-2026-04-1', factuurnummer: '26000001' },
      { factuurId: 'RUN-2026-04-2', factuurnummer: '26000002' },
    ])
    const [f1, f2] = ['RUN-2026-04-1', 'RUN-2026-04-2'].map(factuur)
    expect(store.aanroepen).toEqual([
      { via: 'appendToStream', delen: [['tefactureren-A1', ['TeFacturerenRegelsKlaargezet']]] },
      {
        via: 'appendToStreams',
        delen: [
          [f1, ['FactuurAangemaakt']],
          [dagboek70, ['NummeringGestart', 'FactuurnummerToegekend']],
          [f1, ['Gefactureerd']],
        ],
      },
      {
        via: 'appendToStreams',
        delen: [
          [f2, ['FactuurAangemaakt']],
          [dagboek70, ['FactuurnummerToegekend']],
          [f2, ['Gefactureerd']],
        ],
      },
      {
        via: 'appendToStream',
        delen: [['tefactureren-A1', ['TeFacturerenRegelsGefactureerd', 'TeFacturerenRegelsGefactureerd']]],
      },
      {
        via: 'appendToStreams',
        delen: [
          [dagboek70, ['Gejournaliseerd']],
          [f1, ['FactuurGejournaliseerd']],
        ],
      },
      {
        via: 'appendToStreams',
        delen: [
          [dagboek70, ['Gejournaliseerd']],
          [f2, ['FactuurGejournaliseerd']],
        ],
      },
    ])
  })

  it('writes the same log on a store without appendToStreams, and through ports without the capability', async () => {
    const samen = await factureer(true)
    const naElkaar = await factureer(false)
    const oudePoort = await factureer(true, zonderBeslissen)
    expect(naElkaar.log).toEqual(samen.log)
    expect(oudePoort.log).toEqual(samen.log)
    const f1 = factuur('RUN-2026-04-1')
    // Without the capability, each part is its own append, in the same order.
    for (const { store } of [naElkaar, oudePoort]) {
      expect(store.aanroepen.every((a) => a.via === 'appendToStream' && a.delen.length === 1)).toBe(true)
      expect(store.aanroepen.slice(2, 4)).toEqual([
        { via: 'appendToStream', delen: [[dagboek70, ['NummeringGestart', 'FactuurnummerToegekend']]] },
        { via: 'appendToStream', delen: [[f1, ['Gefactureerd']]] },
      ])
    }
    expect(samen.store.aanroepen).toHaveLength(6)
    expect(naElkaar.store.aanroepen).toHaveLength(12)
    expect(oudePoort.store.aanroepen).toHaveLength(12)
  })

  it('a conflict on the dagboek decides the whole step again: the next free number, nothing half written', async () => {
    const store = new SpionStore(true)
    await maakCockpit({ store })
    const vanaf = await aantalEvents(store)
    // Another process numbers an invoice in the same dagboek just before the first joined append.
    store.vooraf = async () => {
      const ander = await dagboekService(store).kenFactuurnummerToe(
        { administratie: 'A1', integratiesoort: 'abonnementen', factuurId: 'ANDERS-1' },
        vast('ander'),
      )
      expect(isRight(ander) && ander.right.factuurnummer).toBe('26000001')
    }
    store.aanroepen.length = 0
    const r = await cockpitOver(store).factureerAbonnementen(opties, abonnementsregels(2, 1, 1), vast('run'))
    expect(isRight(r) && r.right.facturen.map((f) => f.factuurnummer)).toEqual(['26000002', '26000003'])
    const f1 = factuur('RUN-2026-04-1')
    expect(store.aanroepen.slice(1, 4)).toEqual([
      { via: 'appendToStream', delen: [[dagboek70, ['NummeringGestart', 'FactuurnummerToegekend']]] },
      {
        via: 'appendToStreams',
        delen: [
          [f1, ['FactuurAangemaakt']],
          [dagboek70, ['NummeringGestart', 'FactuurnummerToegekend']],
          [f1, ['Gefactureerd']],
        ],
        geweigerd: true,
      },
      {
        via: 'appendToStreams',
        delen: [
          [f1, ['FactuurAangemaakt']],
          [dagboek70, ['FactuurnummerToegekend']],
          [f1, ['Gefactureerd']],
        ],
      },
    ])
    const nummers = (await logNa(store, vanaf))
      .filter((e) => e.type === 'FactuurnummerToegekend' || e.type === 'Gefactureerd')
      .map((e) => {
        const data = e.data as { factuurId: string; factuurnummer: string }
        return [e.type, data.factuurId, data.factuurnummer]
      })
    expect(nummers).toEqual([
      ['FactuurnummerToegekend', 'ANDERS-1', '26000001'],
      ['FactuurnummerToegekend', 'RUN-2026-04-1', '26000002'],
      ['Gefactureerd', 'RUN-2026-04-1', '26000002'],
      ['FactuurnummerToegekend', 'RUN-2026-04-2', '26000003'],
      ['Gefactureerd', 'RUN-2026-04-2', '26000003'],
    ])
  })

  it('several processes numbering at once: every number once, gapless, each invoice the number its dagboek gave', async () => {
    const store = new SpionStore(true, true)
    await maakCockpit({ store })
    const runs = ['A', 'B', 'C', 'D'].map((reeks, i) => {
      const regels = abonnementsregels(8, 1, 1).map((r) => ({ ...r, abonnementId: `${reeks}-${r.abonnementId}` }))
      const cockpit = cockpitOver(store)
      return cockpit.factureerAbonnementen({ ...opties, runId: `RUN-${reeks}` }, regels, vast(`run-${i}`))
    })
    const uitkomsten = await Promise.all(runs)
    expect(uitkomsten.map((u) => isRight(u) && u.right.facturen.length)).toEqual([8, 8, 8, 8])
    const toegekend = new Map<string, string>()
    const gefactureerd = new Map<string, string>()
    for await (const e of readAllEvents(store)) {
      const data = e.data as { factuurId: string; factuurnummer: string }
      if (e.type === 'FactuurnummerToegekend') toegekend.set(data.factuurId, data.factuurnummer)
      if (e.type === 'Gefactureerd') gefactureerd.set(data.factuurId, data.factuurnummer)
    }
    expect([...toegekend.values()].sort()).toEqual(Array.from({ length: 32 }, (_, i) => `${26000001 + i}`))
    expect(gefactureerd).toEqual(toegekend)
    // The runs met on the dagboek: joined appends were refused (nothing written) and the steps decided again.
    const geweigerd = store.aanroepen.filter((a) => a.geweigerd && a.via === 'appendToStreams')
    expect(geweigerd.length).toBeGreaterThan(0)
    expect(geweigerd.every((a) => a.delen.some(([stream]) => stream === dagboek70))).toBe(true)
  })
})

describe('the dagboek deciding without appending (beslisFactuurnummer, beslisJournalisering)', () => {
  it('a repeated command id gets the recorded number and no part; appending the part is up to the caller', async () => {
    const store = new InMemoryEventStore()
    await maakCockpit({ store })
    const dagboek = dagboekService(store)
    const vraag = { administratie: 'A1', integratiesoort: 'abonnementen' as const, factuurId: 'F-1' }
    const delen: (readonly string[] | undefined)[] = []
    const schrijf = async (nummer: Factuurnummer, deel: Dagboekdeel | undefined) => {
      delen.push(deel?.events.map((e) => e.type))
      if (deel) deel.onAppended(await store.appendToStream(deel.streamId, deel.events, deel.expected))
      return nummer.factuurnummer
    }
    const eerste = await dagboek.beslisFactuurnummer(vraag, vast('nummer-F-1'), schrijf)
    const nogmaals = await dagboek.beslisFactuurnummer(vraag, vast('nummer-F-1'), schrijf)
    expect([eerste, nogmaals].map((u) => isRight(u) && u.right)).toEqual(['26000001', '26000001'])
    expect(delen).toEqual([['NummeringGestart', 'FactuurnummerToegekend'], undefined])
    // A part decided but never appended consumes no number.
    const nietGeschreven = await dagboek.beslisFactuurnummer(
      { ...vraag, factuurId: 'F-2' },
      vast('nummer-F-2'),
      async () => 'weg',
    )
    expect(isRight(nietGeschreven) && nietGeschreven.right).toBe('weg')
    const volgende = await dagboek.kenFactuurnummerToe({ ...vraag, factuurId: 'F-3' }, vast('nummer-F-3'))
    expect(isRight(volgende) && volgende.right.factuurnummer).toBe('26000002')
    expect((await store.readStream(dagboek70)).map((e) => e.type)).toEqual([
      'NummeringGestart',
      'FactuurnummerToegekend',
      'FactuurnummerToegekend',
    ])
  })

  it('journalising again with the same command id gets the recorded booking as a duplicate and no part', async () => {
    const { store } = await factureer(true)
    const factuurId = 'RUN-2026-04-1'
    const cockpit = cockpitOver(store)
    const state = await cockpit.factuur('A1', factuurId)
    const { integratiesoort, btw, factuurnummer } = state
    const geboekt = await cockpit.raadpleegJournaalpost({ administratie: 'A1', factuurId }, { actor: 'boekhouder' })
    if (!integratiesoort || !btw || !factuurnummer || !isRight(geboekt)) throw new Error('not journalised')
    const vraag = {
      administratie: 'A1',
      factuurId,
      integratiesoort,
      opdracht: huidigeOpdracht(state),
      factuurnummer,
      boekdatum: '2026-04-01',
      btw,
    }
    const dagboek = dagboekService(store)
    const delen: (Dagboekdeel | undefined)[] = []
    const nogmaals = await dagboek.beslisJournalisering(
      vraag,
      vast(`journaliseer:A1:${factuurId}`),
      async (resultaat, deel) => {
        delen.push(deel)
        return resultaat
      },
    )
    expect(delen).toEqual([undefined])
    expect(isRight(nogmaals) && nogmaals.right.duplicate).toBe(true)
    expect(isRight(nogmaals) && [nogmaals.right.journaalpost, nogmaals.right.openstaandePost]).toEqual([
      geboekt.right.journaalpost,
      geboekt.right.openstaandePost,
    ])
    // Another command id is refused: once per invoice.
    const ander = await dagboek.beslisJournalisering(vraag, vast('ander'), async () => 'niet aangeroepen')
    expect(!isRight(ander) && ander.left.code).toBe('FACTUUR_AL_GEJOURNALISEERD')
  })
})
