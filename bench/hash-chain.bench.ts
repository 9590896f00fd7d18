/**
 * What tamper evidence costs: the main job (a small month through the whole cockpit flow) in memory, with and
 * without `HashChainingEventStore`, run alternately in one process. Target: at most 10 % slower with the chain.
 */
import { HashChainingEventStore, InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { genereerMaand } from '../examples/maandfacturatie/src/genereer'
import { draaiMaand } from '../examples/maandfacturatie/src/maand'
import { report, type Timing, time } from './measure'

export const title = 'Hash chain: the month in memory with and without HashChainingEventStore'

const RELATIES = 40
const ROUNDS = 4

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
  let best: [Timing | undefined, Timing | undefined] = [undefined, undefined]
  for (let round = 0; round < ROUNDS; round++) {
    const a = await time('in memory, no hash chain (floor)', zonder)
    const b = await time('in memory, HashChainingEventStore', met)
    best = [
      !best[0] || a.seconds < best[0].seconds ? a : best[0],
      !best[1] || b.seconds < best[1].seconds ? b : best[1],
    ]
  }
  const [floor, chained] = best as [Timing, Timing]
  console.log(`the month at ${RELATIES} relaties (${events.toLocaleString('en-US')} events), best of ${ROUNDS} each:`)
  report(floor, 'events')
  report(chained, 'events')
  const overhead = chained.seconds / floor.seconds - 1
  console.log(
    `  ${'overhead of the hash chain (target ≤ 10 %)'.padEnd(58)} ${(overhead * 100).toFixed(1).padStart(12)} %`,
  )
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
