import {
  type Decider,
  defineEvent,
  type EventOf,
  eventRegistry,
  InMemoryEventStore,
  loadAggregate,
  type NewEvent,
} from '@factuurstroom/eventsourcing'
import { codecs } from '@factuurstroom/facturatie'
import * as t from 'io-ts'
import { reportGrowth, reportRatio, time } from './measure'

export const title = 'Kernel: decode + fold versus JSON.parse; loading a stream (1k vs 10k events)'

// A realistic mix for one concept: mostly line additions with decimal strings, some changes and a header.
const Geopend = defineEvent(
  'BenchConceptGeopend',
  t.type({ administratie: codecs.Code, conceptId: codecs.Code, relatie: codecs.Code, valuta: codecs.Valuta }),
)
const RegelToegevoegd = defineEvent(
  'BenchRegelToegevoegd',
  t.type({
    administratie: codecs.Code,
    regelId: codecs.Code,
    werksoort: codecs.Code,
    datum: codecs.Datum,
    aantal: codecs.Decimaal,
    prijs: codecs.Decimaal,
    bedrag: codecs.Bedrag,
    omschrijving: codecs.Tekst,
  }),
)
const MethodeGewijzigd = defineEvent(
  'BenchVerwerkingsmethodeGewijzigd',
  t.type({ administratie: codecs.Code, regelId: codecs.Code, methode: t.keyof({ F: null, D: null, A: null }) }),
)
const definitions = [Geopend, RegelToegevoegd, MethodeGewijzigd] as const
const registry = eventRegistry(definitions)
type BenchEvent = EventOf<typeof definitions>

interface BenchState {
  regels: Map<string, { bedrag: string; methode: string }>
}
const decider: Decider<never, BenchEvent, BenchState> = {
  initialState: () => ({ regels: new Map() }),
  decide: () => {
    throw new Error('not used')
  },
  evolve: (state, event) => {
    if (event.type === 'BenchRegelToegevoegd')
      state.regels.set(event.data.regelId, { bedrag: event.data.bedrag, methode: 'F' })
    if (event.type === 'BenchVerwerkingsmethodeGewijzigd') {
      const regel = state.regels.get(event.data.regelId)
      if (regel) regel.methode = event.data.methode
    }
    return state
  },
}

const makeEvents = (count: number): NewEvent[] =>
  Array.from({ length: count }, (_, i) => {
    const event: BenchEvent =
      i === 0
        ? {
            type: 'BenchConceptGeopend',
            data: { administratie: '01', conceptId: 'C1', relatie: '10032', valuta: 'EUR' },
          }
        : i % 10 === 0
          ? {
              type: 'BenchVerwerkingsmethodeGewijzigd',
              data: { administratie: '01', regelId: `r${i - 1}`, methode: 'D' },
            }
          : {
              type: 'BenchRegelToegevoegd',
              data: {
                administratie: '01',
                regelId: `r${i}`,
                werksoort: i % 3 === 0 ? 'ONT' : 'ADV',
                datum: '2026-10-15',
                aantal: '7.50',
                prijs: '95.00',
                bedrag: '712.50',
                omschrijving: 'Advieswerkzaamheden oktober',
              },
            }
    return registry.toNewEvent(event, { commandId: `cmd-${i}`, occurredAt: '2026-10-31T12:00:00.000Z' }, `e-${i}`)
  })

export default async function run(): Promise<void> {
  const events = makeEvents(100_000)
  const lines = events.map((event) => JSON.stringify(event))

  console.log('decode + fold of 100,000 stored events (JSON text in, state out):')
  const baseline = await time(
    'JSON.parse only (floor)',
    () => {
      let n = 0
      for (const line of lines) n += JSON.parse(line) ? 1 : 0
      return n
    },
    { warmUp: true, bestOf: 3 },
  )
  const measured = await time(
    'JSON.parse + io-ts decode + fold',
    () => {
      let state = decider.initialState()
      for (const line of lines) state = decider.evolve(state, registry.decodeOrThrow(JSON.parse(line)))
      return lines.length
    },
    { warmUp: true, bestOf: 3 },
  )
  reportRatio(measured, baseline, 'events')

  console.log('\nloading one stream through the in-memory store (read + decode + fold):')
  const load = async (size: number) => {
    const store = new InMemoryEventStore()
    const batch = makeEvents(size)
    for (let i = 0; i < batch.length; i += 1000)
      await store.appendToStream('concept-bench', batch.slice(i, i + 1000), 'any')
    return time(
      `load a ${size.toLocaleString('en-US')}-event stream`,
      async () => {
        const loaded = await loadAggregate(store, 'concept-bench', decider, registry)
        return loaded.state.regels.size > 0 ? size : 0
      },
      { warmUp: true, bestOf: size < 10_000 ? 20 : 5 },
    )
  }
  const tenThousand = await load(10_000)
  reportGrowth(await load(1_000), tenThousand)
  reportGrowth(tenThousand, await load(100_000))
}
