import {
  appendAtomically,
  type EventStore,
  HashChainingEventStore,
  InMemoryEventStore,
  type RecordedEvent,
  readAllEvents,
  type StreamAppend,
  verifyHashChains,
  WrongExpectedRevisionError,
} from '@factuurstroom/eventsourcing'
import { describe, expect, it } from 'vitest'
import { multiStreamConformance } from '../src/testing/conformance-multi-stream'
import { geboekt } from './geboekt.fixture'

/** An in-memory store without the capability, as an adapter without it (EventStoreDB) is. */
const withoutCapability = (inner: EventStore): EventStore => ({
  appendToStream: (streamId, events, expected) => inner.appendToStream(streamId, events, expected),
  readStream: (streamId, options) => inner.readStream(streamId, options),
  readAll: (options) => inner.readAll(options),
  subscribeToAll: (handler, options) => inner.subscribeToAll(handler, options),
  close: () => inner.close(),
})

// The hash chain adds `metadata.hash`, so it is not the port exactly (the whole suite's round trips would fail); the
// multi-stream topic holds for it all the same.
describe('multi-stream conformance: hash-chained in-memory', () => {
  const store = new HashChainingEventStore(new InMemoryEventStore())
  let streams = 0
  multiStreamConformance(
    () => store,
    (name) => `${name}-${++streams}`,
    16,
  )
})

const event = geboekt

const logOf = async (store: EventStore): Promise<RecordedEvent[]> => {
  const log: RecordedEvent[] = []
  for await (const recorded of readAllEvents(store)) log.push(recorded)
  return log
}

async function* iterate(log: readonly RecordedEvent[]): AsyncGenerator<RecordedEvent> {
  yield* log
}

const recordedAt = new Date('2026-11-22T10:00:01.000Z')
const appends: StreamAppend[] = [
  { streamId: 'factuur-1', events: [event('f0'), event('f1')], expected: 'no_stream' },
  { streamId: 'dagboek-v', events: [event('d0')], expected: 'any' },
  { streamId: 'factuur-1', events: [event('f2')], expected: 1n },
]
/** The same appends with the dagboek part at a revision it is not at. */
const refused = appends.map((part) => (part.streamId === 'dagboek-v' ? { ...part, expected: 5n } : part))

describe('multi-stream append through the hash chain', () => {
  it('writes exactly the log of the same appends made one by one, and it verifies', async () => {
    const together = new HashChainingEventStore(new InMemoryEventStore({ clock: () => recordedAt }))
    await together.appendToStreams?.(appends)
    const oneByOne = new HashChainingEventStore(new InMemoryEventStore({ clock: () => recordedAt }))
    for (const { streamId, events, expected } of appends) await oneByOne.appendToStream(streamId, events, expected)
    const log = await logOf(together)
    expect(log).toEqual(await logOf(oneByOne))
    expect(log.map((e) => [e.streamId, e.streamRevision, e.globalPosition])).toEqual([
      ['factuur-1', 0n, 0n],
      ['factuur-1', 1n, 1n],
      ['dagboek-v', 0n, 2n],
      ['factuur-1', 2n, 3n],
    ])
    const verification = await verifyHashChains(iterate(log))
    expect([verification.problems, verification.eventsChecked, verification.streamsChecked]).toEqual([[], 4, 2])
  })

  it('retries a pin it chose itself when another writer moved the stream, invisibly to the caller', async () => {
    const inner = new InMemoryEventStore()
    const first = new HashChainingEventStore(inner)
    const second = new HashChainingEventStore(inner)
    await first.appendToStream('a', [event('a0')], 'no_stream')
    await second.appendToStream('a', [event('a1')], 'any')
    // `first` still remembers a@0: its pin conflicts, and it chains again from a@1.
    const results = await first.appendToStreams?.([
      { streamId: 'a', events: [event('a2')], expected: 'any' },
      { streamId: 'b', events: [event('b0')], expected: 'no_stream' },
    ])
    expect(results).toEqual([
      { nextExpectedRevision: 2n, lastPosition: 2n },
      { nextExpectedRevision: 0n, lastPosition: 3n },
    ])
    const verification = await verifyHashChains(iterate(await logOf(inner)))
    expect([verification.problems, verification.eventsChecked]).toEqual([[], 4])
  })

  it("hands a conflict on the caller's own revision back, having written nothing", async () => {
    const store = new HashChainingEventStore(new InMemoryEventStore())
    await store.appendToStream('a', [event('a0'), event('a1')], 'no_stream')
    const error = await store
      .appendToStreams?.([
        { streamId: 'b', events: [event('b0')], expected: 'no_stream' },
        { streamId: 'a', events: [event('a2')], expected: 0n },
      ])
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WrongExpectedRevisionError)
    expect([(error as WrongExpectedRevisionError).streamId, (error as WrongExpectedRevisionError).actual]).toEqual([
      'a',
      1n,
    ])
    expect((await logOf(store)).map((e) => e.eventId)).toEqual(['id-a0', 'id-a1'])
  })

  it('has the capability only when its inner store has it', () => {
    expect(new HashChainingEventStore(withoutCapability(new InMemoryEventStore())).appendToStreams).toBeUndefined()
    expect(new HashChainingEventStore(new InMemoryEventStore()).appendToStreams).toBeTypeOf('function')
  })
})

describe('appendAtomically', () => {
  it('uses the store’s appendToStreams: a refused part leaves every stream as it was', async () => {
    const store = new InMemoryEventStore()
    await store.appendToStream('dagboek-v', [event('d0')], 'no_stream')
    const error = await appendAtomically(store, refused).catch((e: unknown) => e)
    expect((error as WrongExpectedRevisionError).streamId).toBe('dagboek-v')
    expect((await logOf(store)).map((e) => e.eventId)).toEqual(['id-d0'])
  })

  it('falls back to one append after another: what came before a refused part stays written', async () => {
    const store = withoutCapability(new InMemoryEventStore())
    await store.appendToStream('dagboek-v', [event('d0')], 'no_stream')
    const error = await appendAtomically(store, refused).catch((e: unknown) => e)
    expect((error as WrongExpectedRevisionError).streamId).toBe('dagboek-v')
    expect((await logOf(store)).map((e) => e.eventId)).toEqual(['id-d0', 'id-f0', 'id-f1'])
    const fresh = withoutCapability(new InMemoryEventStore())
    expect(await appendAtomically(fresh, appends)).toEqual([
      { nextExpectedRevision: 1n, lastPosition: 1n },
      { nextExpectedRevision: 0n, lastPosition: 2n },
      { nextExpectedRevision: 2n, lastPosition: 3n },
    ])
  })

  it('makes a single part one ordinary append, even on a store with appendToStreams', async () => {
    const store = new InMemoryEventStore()
    store.appendToStreams = () => Promise.reject(new Error('a single part must not use appendToStreams'))
    expect(await appendAtomically(store, [appends[0] as StreamAppend])).toEqual([
      { nextExpectedRevision: 1n, lastPosition: 1n },
    ])
  })
})
