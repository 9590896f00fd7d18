/**
 * What tamper evidence costs: the main job (a small month through the whole cockpit flow) in memory, with and
 * without `HashChainingEventStore`, run in turns in one process. Target: at most 10 % slower with the chain. The
 * machine is shared and noisy: besides the best wall time of each, the median over the rounds of the CPU-time ratio.
 * Then the chain's cost per append on its own: the store alone against the store behind the decorator.
 */
import {
  type EventStore,
  HashChainingEventStore,
  InMemoryEventStore,
  type NewEvent,
} from '@factuurstroom/eventsourcing'
import { genereerMaand } from '../examples/maandfacturatie/src/genereer'
import { draaiMaand } from '../examples/maandfacturatie/src/maand'
import { report, type Timing, time } from './measure'

export const title = 'Hash chain: the month in memory with and without HashChainingEventStore'

const RELATIES = 40
const ROUNDS = 10

/** One run's wall time and the CPU time this process spent on it (its own threads, so GC included). */
interface Run {
  readonly wallSeconds: number
  readonly cpuSeconds: number
}

/** A round: the month once without the chain and once with it. */
interface Round {
  readonly zonder: Run
  readonly met: Run
}

const measured = async (work: () => Promise<number>): Promise<Run> => {
  const cpu = process.cpuUsage()
  const start = performance.now()
  await work()
  const wallSeconds = (performance.now() - start) / 1000
  const used = process.cpuUsage(cpu)
  return { wallSeconds, cpuSeconds: (used.user + used.system) / 1e6 }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

export default async function run(): Promise<void> {
  const maand = genereerMaand({ seed: 'hash-chain-bench', relaties: RELATIES })
  let events = 0
  const zonder = async () => {
    const store = new InMemoryEventStore()
    await draaiMaand(store, maand)
    events = await eventCount(store)
    return events
  }
  const met = async () => {
    const store = new HashChainingEventStore(new InMemoryEventStore())
    await draaiMaand(store, maand)
    return eventCount(store)
  }
  await zonder()
  await met()
  const rounds: Round[] = []
  for (let round = 0; round < ROUNDS; round++) {
    // Each round runs both, in turns first: a burst of load from other processes then hits one round, not one side.
    const first = round % 2 === 0 ? zonder : met
    const second = round % 2 === 0 ? met : zonder
    const a = await measured(first)
    const b = await measured(second)
    rounds.push(round % 2 === 0 ? { zonder: a, met: b } : { zonder: b, met: a })
  }
  const best = (side: keyof Round, label: string): Timing => ({
    label,
    operations: events,
    seconds: Math.min(...rounds.map((r) => r[side].wallSeconds)),
  })
  console.log(`the month at ${RELATIES} relaties (${events.toLocaleString('en-US')} events), best of ${ROUNDS} each:`)
  reportOverhead(best('zonder', 'in memory, no hash chain (floor)'), best('met', 'in memory, HashChainingEventStore'))
  const cpuOverhead = median(rounds.map((r) => r.met.cpuSeconds / r.zonder.cpuSeconds - 1))
  console.log(
    `  ${'overhead in CPU time, median of the rounds (less noisy)'.padEnd(58)} ${(cpuOverhead * 100).toFixed(1).padStart(12)} %`,
  )

  const appends = async (store: EventStore) => {
    for (let i = 0; i < APPENDS; i++) await store.appendToStream(`concept-${i % 200}`, [regel(i)], 'any')
    return APPENDS
  }
  let bestAppends: [Timing | undefined, Timing | undefined] = [undefined, undefined]
  for (let round = 0; round < 7; round++) {
    const a = await time('InMemoryEventStore alone (floor)', () => appends(new InMemoryEventStore()))
    const b = await time('behind HashChainingEventStore', () =>
      appends(new HashChainingEventStore(new InMemoryEventStore())),
    )
    bestAppends = [
      !bestAppends[0] || a.seconds < bestAppends[0].seconds ? a : bestAppends[0],
      !bestAppends[1] || b.seconds < bestAppends[1].seconds ? b : bestAppends[1],
    ]
  }
  console.log(`\n${APPENDS.toLocaleString('en-US')} appends of one invoice-line event (~0.5 KB) over 200 streams:`)
  // The target is the month's; this is the chain's fixed cost per append, on the smallest useful append.
  reportOverhead(bestAppends[0] as Timing, bestAppends[1] as Timing, 'overhead per tiny append (no target)')
}

const APPENDS = 20_000

const regel = (i: number): NewEvent => ({
  eventId: `e-${i}`,
  type: 'ConceptRegelToegevoegd',
  schemaVersion: 1,
  data: {
    administratie: '01',
    conceptId: `C${i % 200}`,
    regelId: `r${i}`,
    werksoort: i % 3 === 0 ? 'ONT' : 'ADV',
    datum: '2026-10-15',
    aantal: '7.50',
    prijs: '95.00',
    bedrag: '712.50',
    btwCode: 'H21',
    omschrijving: 'Advieswerkzaamheden oktober, overleg met de controller over de jaarafsluiting',
    project: { code: 'P-2026-0042', omschrijving: 'Jaarrekening 2025' },
  },
  metadata: { commandId: `cmd-${i}`, occurredAt: '2026-10-31T12:00:00.000Z', actor: 'bench' },
})

const reportOverhead = (floor: Timing, chained: Timing, label = 'overhead of the hash chain (target ≤ 10 %)'): void => {
  report(floor, 'events')
  report(chained, 'events')
  const overhead = chained.seconds / floor.seconds - 1
  console.log(`  ${label.padEnd(58)} ${(overhead * 100).toFixed(1).padStart(12)} %`)
}

const eventCount = async (store: { readAll: InMemoryEventStore['readAll'] }): Promise<number> => {
  let count = 0
  let after: bigint | undefined
  for (;;) {
    const page = await store.readAll({ after, maxCount: 10_000 })
    count += page.events.length
    if (page.isEnd || page.events.length === 0) return count
    after = page.position
  }
}
