/**
 * The kernel beside its peer: the same trivial counter decider on Factuurstroom's kernel and on Emmett, both in
 * memory, in one process, run alternately so machine noise hits both alike. A process of its own (not part of
 * kernel.bench.ts), so the 100,000 events that bench holds never weigh on either side's garbage collection.
 */
import { DeciderCommandHandler, getInMemoryEventStore } from '@event-driven-io/emmett'
import {
  AggregateCache,
  commandHandler,
  type Decider,
  defineEvent,
  type EventOf,
  eventRegistry,
  InMemoryEventStore,
  loadAggregate,
} from '@factuurstroom/eventsourcing'
import { right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { report, type Timing, time } from './measure'

interface Verhoog {
  readonly teller: string
  readonly met: number
}
interface Stand {
  readonly waarde: number
}

const Verhoogd = defineEvent('Verhoogd', t.type({ teller: t.string, met: t.number }))
const definitions = [Verhoogd] as const
const registry = eventRegistry(definitions)
type TellerEvent = EventOf<typeof definitions>

const evolve = (state: Stand, event: { data: { met: number } }): Stand => ({ waarde: state.waarde + event.data.met })
const initialState = (): Stand => ({ waarde: 0 })

const factuurstroomDecider: Decider<Verhoog, TellerEvent, Stand> = {
  initialState,
  decide: (command) => right([{ type: 'Verhoogd', data: { teller: command.teller, met: command.met } }]),
  evolve,
}

type EmmettVerhoog = { type: 'Verhoog'; data: { teller: string; met: number } }
type EmmettVerhoogd = { type: 'Verhoogd'; data: { teller: string; met: number } }
const emmettHandle = DeciderCommandHandler<Stand, EmmettVerhoog, EmmettVerhoogd>({
  initialState,
  evolve,
  decide: (command) => ({ type: 'Verhoogd', data: { teller: command.data.teller, met: command.data.met } }),
})

const COMMANDS = 50_000
const STREAMS = 1_000
const LONG_STREAM = 10_000
const at = '2026-10-31T12:00:00.000Z'

const factuurstroomCommands = async (cache?: AggregateCache): Promise<number> => {
  const store = new InMemoryEventStore()
  const handle = commandHandler(store, {
    decider: factuurstroomDecider,
    registry,
    streamId: (command) => `teller-${command.teller}`,
    cache,
  })
  for (let i = 0; i < COMMANDS; i++) {
    await handle({ teller: String(i % STREAMS), met: 1 }, { commandId: `c${i}`, occurredAt: at })
  }
  return COMMANDS
}

const emmettCommands = async (): Promise<number> => {
  const store = getInMemoryEventStore()
  for (let i = 0; i < COMMANDS; i++) {
    const teller = String(i % STREAMS)
    await emmettHandle(store, `teller-${teller}`, { type: 'Verhoog', data: { teller, met: 1 } })
  }
  return COMMANDS
}

const longFactuurstroomStream = async () => {
  const store = new InMemoryEventStore()
  const events = Array.from({ length: LONG_STREAM }, (_, i) =>
    registry.toNewEvent({ type: 'Verhoogd', data: { teller: 'lang', met: 1 } }, { commandId: `c${i}`, occurredAt: at }),
  )
  await store.appendToStream('teller-lang', events, 'no_stream')
  return async () => {
    const loaded = await loadAggregate(store, 'teller-lang', factuurstroomDecider, registry)
    if (loaded.state.waarde !== LONG_STREAM) throw new Error('Factuurstroom folded the wrong total')
    return LONG_STREAM
  }
}

const longEmmettStream = async () => {
  const store = getInMemoryEventStore()
  const events: EmmettVerhoogd[] = Array.from({ length: LONG_STREAM }, () => ({
    type: 'Verhoogd',
    data: { teller: 'lang', met: 1 },
  }))
  await store.appendToStream('teller-lang', events)
  return async () => {
    const { state } = await store.aggregateStream<Stand, EmmettVerhoogd>('teller-lang', { evolve, initialState })
    if (state.waarde !== LONG_STREAM) throw new Error('Emmett folded the wrong total')
    return LONG_STREAM
  }
}

/** Runs both sides `rounds` times, alternating, and keeps each side's best. */
const alternate = async (
  rounds: number,
  ours: () => Promise<number>,
  theirs: () => Promise<number>,
): Promise<[Timing, Timing]> => {
  let best: [Timing | undefined, Timing | undefined] = [undefined, undefined]
  for (let round = 0; round < rounds; round++) {
    const a = await time('Factuurstroom', ours)
    const b = await time('Emmett 0.42', theirs)
    best = [
      !best[0] || a.seconds < best[0].seconds ? a : best[0],
      !best[1] || b.seconds < best[1].seconds ? b : best[1],
    ]
  }
  return best as [Timing, Timing]
}

const printRatio = (ours: Timing, theirs: Timing, unit: string): void => {
  report(theirs, unit)
  report(ours, unit)
  const ratio = theirs.seconds / ours.seconds
  console.log(
    `  ${'ratio Factuurstroom / Emmett (speed, ≥ 1.0 is as fast)'.padEnd(58)} ${ratio.toFixed(2).padStart(12)}×`,
  )
}

export const title = 'Kernel beside Emmett 0.42: counter commands with and without a cache, loading one stream'

export default async function runAgainstEmmett(): Promise<void> {
  console.log(
    `\nbeside Emmett, in memory: ${COMMANDS.toLocaleString('en-US')} counter commands over ${STREAMS.toLocaleString('en-US')} streams:`,
  )
  await factuurstroomCommands(new AggregateCache())
  await emmettCommands()
  const [cached, theirs] = await alternate(5, () => factuurstroomCommands(new AggregateCache()), emmettCommands)
  console.log('  with an AggregateCache (the domain services use one):')
  printRatio(cached, theirs, 'commands')
  const [uncached, theirsAgain] = await alternate(5, () => factuurstroomCommands(), emmettCommands)
  console.log('  without a cache (as getting-started.md shows; every command reads its stream):')
  printRatio(uncached, theirsAgain, 'commands')

  console.log(`\nbeside Emmett, in memory: loading one ${LONG_STREAM.toLocaleString('en-US')}-event stream:`)
  const loadOurs = await longFactuurstroomStream()
  const loadTheirs = await longEmmettStream()
  for (let i = 0; i < 5; i++) {
    await loadOurs()
    await loadTheirs()
  }
  const [loadedOurs, loadedTheirs] = await alternate(20, loadOurs, loadTheirs)
  printRatio(loadedOurs, loadedTheirs, 'events')
}
