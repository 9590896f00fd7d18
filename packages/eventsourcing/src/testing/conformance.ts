/**
 * The event-store conformance suite every adapter passes (vitest).
 *
 * @packageDocumentation
 * @module @factuurstroom/eventsourcing/conformance
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NewEvent, RecordedEvent } from '../envelope'
import { AppendTooLargeError, WrongExpectedRevisionError } from '../errors'
import { type EventStore, readAllEvents } from '../event-store'
import { hostileInputConformance } from './conformance-hostile'

export interface ConformanceTarget {
  /** Creates the store under test; it may hold events of earlier tests (every test uses its own streams). */
  readonly create: () => Promise<EventStore>
  /** How many events the bulk test writes to one stream; default 10,000. */
  readonly bulkStreamSize?: number
  /** Concurrent writers racing on one stream; default 32. */
  readonly concurrentWriters?: number
}

/**
 * The contract every `EventStore` adapter must meet, as one vitest suite:
 *
 *     eventStoreConformance('PGlite', { create: () => PostgresEventStore.embedded(dir) })
 */
export const eventStoreConformance = (adapter: string, target: ConformanceTarget): void => {
  describe(`EventStore conformance: ${adapter}`, () => {
    let store: EventStore
    let streamCounter = 0
    const run = globalThis.crypto.randomUUID().slice(0, 8)
    const newStream = (name: string) => `conformance-${run}-${name}-${++streamCounter}`

    beforeAll(async () => {
      store = await target.create()
    })
    afterAll(async () => {
      await store?.close()
    })

    describe('expected revision', () => {
      it('no_stream creates a stream with revisions from 0', async () => {
        const stream = newStream('new')
        const result = await store.appendToStream(stream, events(3, 'a'), 'no_stream')
        expect(result.nextExpectedRevision).toBe(2n)
        const read = await store.readStream(stream)
        expect(read.map((e) => e.streamRevision)).toEqual([0n, 1n, 2n])
        expect(read.map((e) => (e.data as { label: string }).label)).toEqual(['a0', 'a1', 'a2'])
      })

      it('no_stream on an existing stream conflicts, naming expected and actual', async () => {
        const stream = newStream('exists')
        await store.appendToStream(stream, events(2, 'a'), 'no_stream')
        const error = await appendError(store, stream, events(1, 'b'), 'no_stream')
        expect(error).toBeInstanceOf(WrongExpectedRevisionError)
        expect(error.streamId).toBe(stream)
        expect(error.expected).toBe('no_stream')
        expect(error.actual).toBe(1n)
      })

      it('stream_exists on a missing stream conflicts with actual no_stream', async () => {
        const stream = newStream('missing')
        const error = await appendError(store, stream, events(1, 'a'), 'stream_exists')
        expect(error.expected).toBe('stream_exists')
        expect(error.actual).toBe('no_stream')
        expect(await store.readStream(stream)).toEqual([])
      })

      it('stream_exists on an existing stream appends', async () => {
        const stream = newStream('exists-ok')
        await store.appendToStream(stream, events(1, 'a'), 'no_stream')
        const result = await store.appendToStream(stream, events(2, 'b'), 'stream_exists')
        expect(result.nextExpectedRevision).toBe(2n)
      })

      it('an exact revision appends when it matches and conflicts when it does not', async () => {
        const stream = newStream('exact')
        await store.appendToStream(stream, events(2, 'a'), 'no_stream')
        const ok = await store.appendToStream(stream, events(1, 'b'), 1n)
        expect(ok.nextExpectedRevision).toBe(2n)
        const error = await appendError(store, stream, events(1, 'c'), 1n)
        expect(error.expected).toBe(1n)
        expect(error.actual).toBe(2n)
      })

      it('an exact revision on a missing stream conflicts', async () => {
        const stream = newStream('exact-missing')
        const error = await appendError(store, stream, events(1, 'a'), 0n)
        expect(error.expected).toBe(0n)
        expect(error.actual).toBe('no_stream')
      })

      it('any appends whether or not the stream exists', async () => {
        const stream = newStream('any')
        expect((await store.appendToStream(stream, events(1, 'a'), 'any')).nextExpectedRevision).toBe(0n)
        expect((await store.appendToStream(stream, events(1, 'b'), 'any')).nextExpectedRevision).toBe(1n)
      })

      it('a conflicting batch writes none of its events', async () => {
        const stream = newStream('atomic')
        await store.appendToStream(stream, events(1, 'a'), 'no_stream')
        await appendError(store, stream, events(5, 'b'), 5n)
        const read = await store.readStream(stream)
        expect(read.map((e) => (e.data as { label: string }).label)).toEqual(['a0'])
      })

      it('an append over 1 MiB is refused naming stream, type and size, and writes nothing', async () => {
        const stream = newStream('too-large')
        await store.appendToStream(stream, events(1, 'a'), 'no_stream')
        const large: NewEvent = {
          ...events(1, 'big')[0]!,
          type: 'ConformanceLargeEvent',
          data: { text: 'é'.repeat(600_000) },
        }
        const error = await store.appendToStream(stream, [...events(2, 'b'), large], 0n).then(
          () => undefined,
          (e: unknown) => e,
        )
        expect(error).toBeInstanceOf(AppendTooLargeError)
        const tooLarge = error as AppendTooLargeError
        expect([tooLarge.streamId, tooLarge.eventType, tooLarge.maxBytes]).toEqual([
          stream,
          'ConformanceLargeEvent',
          1024 * 1024,
        ])
        expect(tooLarge.eventBytes).toBeGreaterThan(1_200_000)
        expect(tooLarge.message).toContain(`'${stream}'`)
        expect((await store.readStream(stream)).map((e) => (e.data as { label: string }).label)).toEqual(['a0'])
      })

      it('an append just under 1 MiB is accepted', async () => {
        const stream = newStream('just-under')
        const [event] = events(1, 'big')
        await store.appendToStream(stream, [{ ...event!, data: { text: 'x'.repeat(1_000_000) } }], 'no_stream')
        const [read] = await store.readStream(stream)
        expect((read?.data as { text: string } | undefined)?.text).toHaveLength(1_000_000)
      })
    })

    describe('reading', () => {
      it('round-trips id, type, schema version, data and metadata, and stamps the record', async () => {
        const stream = newStream('roundtrip')
        const event: NewEvent = {
          eventId: globalThis.crypto.randomUUID(),
          type: 'BedragGeboekt',
          schemaVersion: 3,
          data: {
            bedrag: '1021.25',
            regels: [{ aantal: '7.50' }],
            leeg: null,
            tekst: 'Koninklijke Exhibitions Benelux B.V.',
          },
          metadata: {
            commandId: 'cmd-1',
            correlationId: 'corr-1',
            causationId: 'cause-1',
            actor: 'jan',
            occurredAt: '2026-01-31T12:00:00.000Z',
          },
        }
        const result = await store.appendToStream(stream, [event], 'no_stream')
        const [read] = await store.readStream(stream)
        expect(read).toBeDefined()
        const recorded = read as RecordedEvent
        expect(recorded.eventId).toBe(event.eventId)
        expect(recorded.type).toBe(event.type)
        expect(recorded.schemaVersion).toBe(3)
        expect(recorded.data).toEqual(event.data)
        expect(recorded.metadata).toEqual(event.metadata)
        expect(recorded.streamId).toBe(stream)
        expect(recorded.streamRevision).toBe(0n)
        expect(recorded.globalPosition).toBe(result.lastPosition)
        expect(recorded.recordedAt).toBeInstanceOf(Date)
      })

      it('a missing stream reads as empty', async () => {
        expect(await store.readStream(newStream('never'))).toEqual([])
      })

      it('reads a stream from a revision, with a maximum count', async () => {
        const stream = newStream('from')
        await store.appendToStream(stream, events(10, 'a'), 'no_stream')
        const read = await store.readStream(stream, { fromRevision: 4n, maxCount: 3 })
        expect(read.map((e) => e.streamRevision)).toEqual([4n, 5n, 6n])
      })

      it('orders all events globally in append order, across streams', async () => {
        const first = newStream('global-a')
        const second = newStream('global-b')
        const before = await lastPosition(store)
        await store.appendToStream(first, events(2, 'a'), 'no_stream')
        await store.appendToStream(second, events(2, 'b'), 'no_stream')
        await store.appendToStream(first, events(1, 'c'), 1n)
        const ours = (await collect(store, before)).filter((e) => e.streamId === first || e.streamId === second)
        expect(ours.map((e) => (e.data as { label: string }).label)).toEqual(['a0', 'a1', 'b0', 'b1', 'c0'])
        const positions = ours.map((e) => e.globalPosition)
        expect(positions.every((p, i) => i === 0 || p > (positions[i - 1] as bigint))).toBe(true)
      })

      it('pages through all events: every event exactly once, pages no larger than asked', async () => {
        const stream = newStream('paging')
        const before = await lastPosition(store)
        await store.appendToStream(stream, events(25, 'p'), 'no_stream')
        const seen: RecordedEvent[] = []
        let after = before
        for (;;) {
          const page = await store.readAll({ after, maxCount: 7 })
          expect(page.events.length).toBeLessThanOrEqual(7)
          seen.push(...page.events)
          if (page.isEnd) break
          after = page.position
        }
        const ours = seen.filter((e) => e.streamId === stream)
        expect(ours.map((e) => e.streamRevision)).toEqual(Array.from({ length: 25 }, (_, i) => BigInt(i)))
        expect(new Set(seen.map((e) => e.eventId)).size).toBe(seen.length)
      })

      it(`writes and reads back a stream of ${target.bulkStreamSize ?? 10_000} events`, async () => {
        const size = target.bulkStreamSize ?? 10_000
        const stream = newStream('bulk')
        let expected: 'no_stream' | bigint = 'no_stream'
        for (let offset = 0; offset < size; offset += 1000) {
          const result = await store.appendToStream(
            stream,
            events(Math.min(1000, size - offset), `b${offset}-`),
            expected,
          )
          expected = result.nextExpectedRevision
        }
        const read = await store.readStream(stream)
        expect(read.length).toBe(size)
        expect(read.every((e, i) => e.streamRevision === BigInt(i))).toBe(true)
        expect(read.at(-1)?.streamRevision).toBe(BigInt(size - 1))
      })
    })

    describe('concurrency', () => {
      it('concurrent writers on one stream: exactly one wins each revision and nothing is lost', async () => {
        const writers = target.concurrentWriters ?? 32
        const stream = newStream('race')
        const winnersPerRevision = new Map<bigint, number>()
        let conflicts = 0
        const write = async (writer: number) => {
          // Bounded: an adapter that can never win (e.g. reads a wrong current revision) fails instead of spinning.
          for (let attempt = 0; attempt < writers * 4; attempt++) {
            const current = (await store.readStream(stream)).at(-1)?.streamRevision
            try {
              const result = await store.appendToStream(stream, events(1, `w${writer}-`), current ?? 'no_stream')
              winnersPerRevision.set(
                result.nextExpectedRevision,
                (winnersPerRevision.get(result.nextExpectedRevision) ?? 0) + 1,
              )
              return
            } catch (error) {
              if (!(error instanceof WrongExpectedRevisionError)) throw error
              conflicts++
            }
          }
          throw new Error(`writer ${writer} never won a revision on ${stream}`)
        }
        await Promise.all(Array.from({ length: writers }, (_, i) => write(i)))
        const read = await store.readStream(stream)
        expect(read.length).toBe(writers)
        expect(new Set(read.map((e) => (e.data as { label: string }).label)).size).toBe(writers)
        expect([...winnersPerRevision.values()].every((count) => count === 1)).toBe(true)
        expect(winnersPerRevision.size).toBe(writers)
        expect(conflicts).toBeGreaterThan(0)
      })
    })

    describe('subscription', () => {
      it('catches up, then delivers live events in order, and stops', async () => {
        const stream = newStream('subscription')
        const before = await lastPosition(store)
        await store.appendToStream(stream, events(3, 'old'), 'no_stream')
        const received: string[] = []
        let resolveAll: () => void = () => undefined
        const allReceived = new Promise<void>((resolve) => {
          resolveAll = resolve
        })
        const subscription = store.subscribeToAll(
          (event) => {
            if (event.streamId !== stream) return
            received.push((event.data as { label: string }).label)
            if (received.length === 6) resolveAll()
          },
          { after: before },
        )
        await store.appendToStream(stream, events(3, 'new'), 2n)
        await Promise.race([allReceived, timeout(20_000)])
        await subscription.stop()
        expect(received).toEqual(['old0', 'old1', 'old2', 'new0', 'new1', 'new2'])
      })
    })

    hostileInputConformance(() => store, newStream)
  })
}

const events = (count: number, label: string): NewEvent[] =>
  Array.from({ length: count }, (_, i) => ({
    eventId: globalThis.crypto.randomUUID(),
    type: 'ConformanceEvent',
    schemaVersion: 1,
    data: { label: `${label}${i}` },
    metadata: { occurredAt: '2026-01-01T00:00:00.000Z' },
  }))

const appendError = async (
  store: EventStore,
  stream: string,
  batch: NewEvent[],
  expected: Parameters<EventStore['appendToStream']>[2],
): Promise<WrongExpectedRevisionError> => {
  try {
    await store.appendToStream(stream, batch, expected)
  } catch (error) {
    if (error instanceof WrongExpectedRevisionError) return error
    throw error
  }
  throw new Error(`Expected a WrongExpectedRevisionError appending to ${stream} at ${String(expected)}`)
}

const lastPosition = async (store: EventStore): Promise<bigint | undefined> => {
  let position: bigint | undefined
  for await (const event of readAllEvents(store, { after: undefined, maxCount: 5000 })) position = event.globalPosition
  return position
}

const collect = async (store: EventStore, after: bigint | undefined): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = []
  for await (const event of readAllEvents(store, { after })) all.push(event)
  return all
}

const timeout = (ms: number) =>
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no events within ${ms} ms`)), ms))
