import {
  AggregateCache,
  appendPart,
  appendParts,
  type EventStore,
  InMemoryEventStore,
  loadAggregate,
  type ReadStreamOptions,
} from '@factuurstroom/eventsourcing'
import { describe, expect, it } from 'vitest'
import { type TellerEvent, tellerDecider, tellerEvents } from './teller.fixture'

const opgehoogd = (met: number, stand: number): TellerEvent => ({ type: 'Opgehoogd', data: { met, stand } })
const context = { commandId: 'c1', occurredAt: '2026-11-29T10:00:00.000Z' }

describe('appendPart and appendParts', () => {
  it('append the parts as one with the command metadata, then fold each into its cache: nothing is read back', async () => {
    const store = new InMemoryEventStore()
    const reads: [string, bigint | undefined][] = []
    const gelezen: EventStore = {
      appendToStream: (streamId, events, expected) => store.appendToStream(streamId, events, expected),
      appendToStreams: (appends) => store.appendToStreams(appends),
      readStream: (streamId: string, options?: ReadStreamOptions) => {
        reads.push([streamId, options?.fromRevision])
        return store.readStream(streamId, options)
      },
      readAll: (options) => store.readAll(options),
      subscribeToAll: (handler, options) => store.subscribeToAll(handler, options),
      close: () => store.close(),
    }
    const cache = new AggregateCache()
    const keptIn = { decider: tellerDecider, cache }
    const delen = [
      appendPart('teller-a', tellerEvents, [opgehoogd(1, 1), opgehoogd(2, 3)], 'no_stream', context, keptIn),
      appendPart('teller-b', tellerEvents, [opgehoogd(5, 5)], 'no_stream', context),
    ]
    const results = await appendParts(gelezen, delen)
    expect(results.map((r) => r.nextExpectedRevision)).toEqual([1n, 0n])
    const a = await loadAggregate(gelezen, 'teller-a', tellerDecider, tellerEvents, cache)
    const b = await loadAggregate(gelezen, 'teller-b', tellerDecider, tellerEvents, cache)
    expect([a.state, a.expectedRevision, a.eventsByCommandId.get('c1')]).toEqual([
      { stand: 3 },
      1n,
      [opgehoogd(1, 1), opgehoogd(2, 3)],
    ])
    expect([b.state, b.expectedRevision]).toEqual([{ stand: 5 }, 0n])
    // The kept stream reads only past what was folded; the part without `keptIn` is read whole.
    expect(reads).toEqual([
      ['teller-a', 2n],
      ['teller-b', undefined],
    ])
    const opgeslagen = await store.readStream('teller-a')
    expect(opgeslagen.map((e) => [e.type, e.metadata])).toEqual([
      ['Opgehoogd', { commandId: 'c1', occurredAt: '2026-11-29T10:00:00.000Z' }],
      ['Opgehoogd', { commandId: 'c1', occurredAt: '2026-11-29T10:00:00.000Z' }],
    ])
  })
})
