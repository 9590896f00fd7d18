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
    // Its own appends are folded into the cache (revision 1), never read back.
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
    // Decided on the cache (stand 2), the append conflicted; the retry read only the other writer's event.
    expect(reads).toEqual([2n])
    const stream = await store.readStream('teller-1')
    expect(stream.map((e) => (e.data as { stand: number }).stand)).toEqual([1, 2, 7, 8])
  })

  describe('with a warm cache', () => {
    const counting = (store: InMemoryEventStore) => {
      const reads: (bigint | undefined)[] = []
      const spying: EventStore = Object.assign(Object.create(store) as EventStore, {
        readStream: (id: string, options?: { fromRevision?: bigint }) => {
          reads.push(options?.fromRevision)
          return store.readStream(id, options)
        },
        appendToStream: store.appendToStream.bind(store),
      })
      return { reads, spying }
    }

    it('never reads back what it appended: ten commands read the stream once', async () => {
      const store = new InMemoryEventStore()
      const { reads, spying } = counting(store)
      const handle = handlerFor(spying, new AggregateCache())
      for (let i = 0; i < 10; i++) await handle({ type: 'VerhoogTeller', met: 1, limiet: 100 }, context(`c${i}`))
      expect(reads).toEqual([undefined])
      const stream = await store.readStream('teller-1')
      expect(stream.map((e) => (e.data as { stand: number }).stand)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    })

    it('a refusal on stale cached state is decided again on the stream as it is', async () => {
      const store = new InMemoryEventStore()
      const { reads, spying } = counting(store)
      const handle = handlerFor(spying, new AggregateCache())
      await handle({ type: 'VerhoogTeller', met: 8, limiet: 100 }, context('a'))
      await handlerFor(store)({ type: 'ResetTeller', reden: 'elders' }, context('b'))
      // Stale, the cache says 8 + 5 > 10; the stream was reset meanwhile, so the command is accepted.
      const result = await handle({ type: 'VerhoogTeller', met: 5, limiet: 10 }, context('c'))
      expect(isRight(result) && result.right.revision).toBe(2n)
      expect(reads).toEqual([undefined, 1n])
      const stream = await store.readStream('teller-1')
      expect(stream.map((e) => e.type)).toEqual(['Opgehoogd', 'Gereset', 'Opgehoogd'])
    })

    it('a command another writer already appended is recognised as a duplicate, nothing appended', async () => {
      const store = new InMemoryEventStore()
      const handle = handlerFor(store, new AggregateCache())
      await handle({ type: 'VerhoogTeller', met: 1, limiet: 100 }, context('a'))
      await handlerFor(store)({ type: 'VerhoogTeller', met: 2, limiet: 100 }, context('b'))
      const again = await handle({ type: 'VerhoogTeller', met: 2, limiet: 100 }, context('b'))
      expect(isRight(again) && again.right.duplicate).toBe(true)
      expect(isRight(again) && again.right.events).toEqual([{ type: 'Opgehoogd', data: { met: 2, stand: 3 } }])
      expect(await store.readStream('teller-1')).toHaveLength(2)
    })

    it('concurrent commands on one cached stream all land once, in order', async () => {
      const store = new InMemoryEventStore()
      const handle = handlerFor(store, new AggregateCache())
      await handle({ type: 'VerhoogTeller', met: 1, limiet: 1000 }, context('warm'))
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => handle({ type: 'VerhoogTeller', met: 1, limiet: 1000 }, context(`c${i}`))),
      )
      expect(results.every(isRight)).toBe(true)
      const stream = await store.readStream('teller-1')
      expect(stream.map((e) => (e.data as { stand: number }).stand)).toEqual(
        Array.from({ length: 31 }, (_, i) => i + 1),
      )
      const next = await handle({ type: 'VerhoogTeller', met: 1, limiet: 1000 }, context('last'))
      expect(isRight(next) && next.right.events).toEqual([{ type: 'Opgehoogd', data: { met: 1, stand: 32 } }])
    })
  })
})
