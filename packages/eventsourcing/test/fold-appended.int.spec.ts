import {
  AggregateCache,
  type EventStore,
  foldAppended,
  InMemoryEventStore,
  loadAggregate,
  type ReadStreamOptions,
} from '@factuurstroom/eventsourcing'
import { describe, expect, it } from 'vitest'
import { type TellerEvent, tellerDecider, tellerEvents } from './teller.fixture'

const opgehoogd = (met: number, stand: number): TellerEvent => ({ type: 'Opgehoogd', data: { met, stand } })

/** The store, with every stream read it answered: [stream, fromRevision, events returned]. */
const tellend = () => {
  const store = new InMemoryEventStore()
  const reads: [string, bigint | undefined, number][] = []
  const gelezen: EventStore = {
    appendToStream: (streamId, events, expected) => store.appendToStream(streamId, events, expected),
    readStream: async (streamId: string, options?: ReadStreamOptions) => {
      const events = await store.readStream(streamId, options)
      reads.push([streamId, options?.fromRevision, events.length])
      return events
    },
    readAll: (options) => store.readAll(options),
    subscribeToAll: (handler, options) => store.subscribeToAll(handler, options),
    close: () => store.close(),
  }
  return { store: gelezen, reads }
}

const schrijf = (
  store: EventStore,
  commandId: string,
  events: readonly TellerEvent[],
  expected: 'no_stream' | bigint,
) =>
  store.appendToStream(
    'teller-1',
    events.map((e) => tellerEvents.toNewEvent(e, { commandId, occurredAt: '2026-11-22T10:00:00.000Z' })),
    expected,
  )

describe('foldAppended', () => {
  it('folds what a command appended after its load into the cached state: the next load reads no event back', async () => {
    const { store, reads } = tellend()
    const cache = new AggregateCache()
    await schrijf(store, 'c1', [opgehoogd(1, 1)], 'no_stream')
    const geladen = await loadAggregate(store, 'teller-1', tellerDecider, tellerEvents, cache)
    const events = [opgehoogd(2, 3)]
    const result = await schrijf(store, 'c2', events, geladen.expectedRevision as bigint)
    foldAppended(cache, 'teller-1', tellerDecider, {
      expected: geladen.expectedRevision,
      result,
      commandId: 'c2',
      events,
    })
    events[0] = opgehoogd(99, 99)
    const daarna = await loadAggregate(store, 'teller-1', tellerDecider, tellerEvents, cache)
    expect([daarna.state, daarna.expectedRevision, daarna.eventsByCommandId.get('c2')]).toEqual([
      { stand: 3 },
      1n,
      [opgehoogd(2, 3)],
    ])
    expect(reads).toEqual([
      ['teller-1', undefined, 1],
      ['teller-1', 2n, 0],
    ])
    expect(await loadAggregate(store, 'teller-1', tellerDecider, tellerEvents)).toMatchObject({
      state: daarna.state,
      expectedRevision: 1n,
    })
  })

  it('keeps a stream it created, and leaves a cached state that stands elsewhere for the next load to read', async () => {
    const { store, reads } = tellend()
    const cache = new AggregateCache()
    const eerste = [opgehoogd(1, 1)]
    const nieuw = await schrijf(store, 'c1', eerste, 'no_stream')
    foldAppended(cache, 'teller-1', tellerDecider, {
      expected: 'no_stream',
      result: nieuw,
      commandId: 'c1',
      events: eerste,
    })
    const tweede = [opgehoogd(5, 6)]
    const verder = await schrijf(store, 'c2', tweede, 0n)
    const derde = [opgehoogd(1, 7)]
    const result = await schrijf(store, 'c3', derde, 1n)
    foldAppended(cache, 'teller-1', tellerDecider, { expected: 1n, result, commandId: 'c3', events: derde })
    expect(verder.nextExpectedRevision).toBe(1n)
    const geladen = await loadAggregate(store, 'teller-1', tellerDecider, tellerEvents, cache)
    expect([geladen.state, geladen.expectedRevision]).toEqual([{ stand: 7 }, 2n])
    expect(reads).toEqual([['teller-1', 1n, 2]])
  })
})
