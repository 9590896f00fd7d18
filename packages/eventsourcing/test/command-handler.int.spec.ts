import {
  AggregateCache,
  ConcurrencyRetriesExhaustedError,
  commandHandler,
  type EventStore,
  InMemoryEventStore,
  WrongExpectedRevisionError,
} from '@factuurstroom/eventsourcing'
import { isLeft, isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { tellerDecider, tellerEvents } from './teller.fixture'

const context = (commandId: string) => ({ commandId, occurredAt: '2026-11-22T10:00:00.000Z', actor: 'tester' })
const handlerFor = (store: EventStore, cache?: AggregateCache) =>
  commandHandler(store, { decider: tellerDecider, registry: tellerEvents, streamId: () => 'teller-1', cache })

describe('command handler', () => {
  it('appends the decided events with metadata from the command context', async () => {
    const store = new InMemoryEventStore()
    const result = await handlerFor(store)({ type: 'VerhoogTeller', met: 2, limiet: 10 }, context('c1'))
    expect(isRight(result) && result.right.revision).toBe(0n)
    const [recorded] = await store.readStream('teller-1')
    expect(recorded?.type).toBe('Opgehoogd')
    expect(recorded?.schemaVersion).toBe(2)
    expect(recorded?.data).toEqual({ met: 2, stand: 2 })
    expect(recorded?.metadata).toEqual({ commandId: 'c1', occurredAt: '2026-11-22T10:00:00.000Z', actor: 'tester' })
  })

  it('returns a domain error and writes nothing', async () => {
    const store = new InMemoryEventStore()
    const result = await handlerFor(store)({ type: 'VerhoogTeller', met: 11, limiet: 10 }, context('c1'))
    expect(isLeft(result) && result.left.code).toBe('LIMIET_OVERSCHREDEN')
    expect(await store.readStream('teller-1')).toEqual([])
  })

  it('returns warnings with the decision', async () => {
    const store = new InMemoryEventStore()
    const result = await handlerFor(store)({ type: 'VerhoogTeller', met: 9, limiet: 10 }, context('c1'))
    expect(isRight(result) && result.right.warnings.map((w) => w.code)).toEqual(['BIJNA_VOL'])
  })

  it('is idempotent on command id: the second time appends nothing and returns the first outcome', async () => {
    const store = new InMemoryEventStore()
    const handle = handlerFor(store)
    const first = await handle({ type: 'VerhoogTeller', met: 3, limiet: 10 }, context('same'))
    const second = await handle({ type: 'VerhoogTeller', met: 3, limiet: 10 }, context('same'))
    expect(await store.readStream('teller-1')).toHaveLength(1)
    expect(isRight(second) && second.right.duplicate).toBe(true)
    expect(isRight(first) && isRight(second) && second.right.events).toEqual(isRight(first) && first.right.events)
  })

  it('retries on conflict: 50 concurrent increments all land, in order, none lost', async () => {
    const store = new InMemoryEventStore()
    const handle = handlerFor(store)
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => handle({ type: 'VerhoogTeller', met: 1, limiet: 1000 }, context(`c${i}`))),
    )
    expect(results.every(isRight)).toBe(true)
    const stream = await store.readStream('teller-1')
    expect(stream.map((e) => (e.data as { stand: number }).stand)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
  })

  it('gives up loudly after its attempts when the stream keeps moving', async () => {
    const store = new InMemoryEventStore()
    const alwaysConflicting: EventStore = {
      ...store,
      readStream: (id, options) => store.readStream(id, options),
      readAll: (options) => store.readAll(options),
      subscribeToAll: (handler, options) => store.subscribeToAll(handler, options),
      close: () => store.close(),
      appendToStream: async (id, _events, expected) => {
        throw new WrongExpectedRevisionError(id, expected, 99n)
      },
    }
    const handle = commandHandler(alwaysConflicting, {
      decider: tellerDecider,
      registry: tellerEvents,
      streamId: () => 'teller-1',
      retry: { maxAttempts: 3, baseDelayMs: 0 },
    })
    const error = await handle({ type: 'VerhoogTeller', met: 1, limiet: 10 }, context('c1')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConcurrencyRetriesExhaustedError)
    expect((error as ConcurrencyRetriesExhaustedError).attempts).toBe(3)
    expect((error as ConcurrencyRetriesExhaustedError).cause.actual).toBe(99n)
  })

  it('with a cache reads only new events, and still sees what other writers appended', async () => {
    const store = new InMemoryEventStore()
    const cache = new AggregateCache()
    const handle = handlerFor(store, cache)
    const other = handlerFor(store)
    await handle({ type: 'VerhoogTeller', met: 1, limiet: 100 }, context('a'))
    // This load sees revision 0 and caches it; its own append (revision 1) is read as tail next time.
    await handle({ type: 'VerhoogTeller', met: 1, limiet: 100 }, context('a2'))
    await other({ type: 'VerhoogTeller', met: 5, limiet: 100 }, context('b'))
    const reads: (bigint | undefined)[] = []
    const spying: EventStore = Object.assign(Object.create(store) as EventStore, {
      readStream: (id: string, options?: { fromRevision?: bigint }) => {
        reads.push(options?.fromRevision)
        return store.readStream(id, options)
      },
      appendToStream: store.appendToStream.bind(store),
    })
    await handlerFor(spying, cache)({ type: 'VerhoogTeller', met: 1, limiet: 100 }, context('c'))
    expect(reads).toEqual([1n])
    const stream = await store.readStream('teller-1')
    expect(stream.map((e) => (e.data as { stand: number }).stand)).toEqual([1, 2, 7, 8])
  })
})
