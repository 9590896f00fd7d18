import { DEFAULT_MAX_APPEND_BYTES, type SerializedEvent, serializeForAppend } from './append-size'
import { catchUpSubscription } from './catch-up-subscription'
import type { NewEvent, RecordedEvent } from './envelope'
import { WrongExpectedRevisionError } from './errors'
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadAllPage,
  ReadStreamOptions,
  StreamAppend,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from './event-store'
import { StoreClosedError } from './factuurstroom-error'
import { assertStorable } from './storable'
import { traceAppend, traceAppends } from './telemetry'

/** One part of an append, checked and serialized, with its stream's revision before it. */
interface Planned {
  readonly streamId: string
  readonly serialized: readonly SerializedEvent[]
  readonly current: bigint | undefined
}

/** Options of the in-memory store: its clock and its append size limit. */
export interface InMemoryEventStoreOptions {
  /** Clock for `recordedAt`; inject one in tests that replay "as of" a date. */
  readonly clock?: () => Date
  /** Largest append accepted, in UTF-8 bytes of event data and metadata; default 1 MiB (EventStoreDB's). */
  readonly maxAppendBytes?: number
}

/**
 * The embedded default store: the port implemented exactly, in process memory. Appends are atomic per call (to one
 * stream or several); concurrent async callers interleave at every `await`, as they would against a server.
 */
export class InMemoryEventStore implements EventStore {
  readonly #log: RecordedEvent[] = []
  readonly #streams = new Map<string, RecordedEvent[]>()
  readonly #clock: () => Date
  readonly #maxAppendBytes: number
  #waiters: Array<() => void> = []
  #closed = false

  constructor(options: InMemoryEventStoreOptions = {}) {
    this.#clock = options.clock ?? (() => new Date())
    this.#maxAppendBytes = options.maxAppendBytes ?? DEFAULT_MAX_APPEND_BYTES
  }

  appendToStream(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return traceAppend('memory', streamId, events, async () => {
      const [result] = await this.#appendAll([{ streamId, events, expected }])
      return result as AppendResult
    })
  }

  /** All or nothing by construction: every part is checked before the first event is written. */
  appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    return traceAppends('memory', appends, () => this.#appendAll(appends))
  }

  async #appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    await yieldToOthers()
    this.#assertOpen()
    // Stream lengths as they will be once the earlier parts of this call are written.
    const lengths = new Map<string, number | undefined>()
    const planned = appends.map((append) => this.#plan(append, lengths))
    // The clock is read once per call that writes, as an injected test clock expects.
    if (planned.every((plan) => plan.serialized.length === 0)) return planned.map((plan) => this.#write(plan))
    const recordedAt = this.#clock()
    const results = planned.map((plan) => this.#write(plan, recordedAt))
    this.#notify()
    return results
  }

  /** Checks one part against its stream as the earlier parts leave it, and serializes it; writes nothing. */
  #plan({ streamId, events, expected }: StreamAppend, lengths: Map<string, number | undefined>): Planned {
    assertStorable(streamId, events)
    const length = lengths.has(streamId) ? lengths.get(streamId) : this.#streams.get(streamId)?.length
    const current = length === undefined ? undefined : BigInt(length - 1)
    if (!matches(expected, current)) {
      throw new WrongExpectedRevisionError(streamId, expected, current ?? 'no_stream')
    }
    if (events.length === 0) return { streamId, serialized: [], current }
    lengths.set(streamId, (length ?? 0) + events.length)
    return { streamId, serialized: serializeForAppend(streamId, events, this.#maxAppendBytes), current }
  }

  #write({ streamId, serialized, current }: Planned, recordedAt?: Date): AppendResult {
    if (serialized.length === 0 || recordedAt === undefined) {
      return { nextExpectedRevision: current ?? -1n, lastPosition: BigInt(this.#log.length - 1) }
    }
    const stream = this.#streams.get(streamId)
    const target = stream ?? []
    // The store keeps what it would have written as JSON, parsed back: a copy the caller cannot change afterwards.
    for (const { event, data, metadata } of serialized) {
      const recorded: RecordedEvent = {
        eventId: event.eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: JSON.parse(data),
        metadata: JSON.parse(metadata),
        streamId,
        streamRevision: BigInt(target.length),
        globalPosition: BigInt(this.#log.length),
        recordedAt,
      }
      target.push(recorded)
      this.#log.push(recorded)
    }
    if (stream === undefined) this.#streams.set(streamId, target)
    return { nextExpectedRevision: BigInt(target.length - 1), lastPosition: BigInt(this.#log.length - 1) }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    await yieldToOthers()
    this.#assertOpen()
    const stream = this.#streams.get(streamId) ?? []
    const from = Number(options.fromRevision ?? 0n)
    const to = options.maxCount === undefined ? stream.length : from + options.maxCount
    return stream.slice(from, to)
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    await yieldToOthers()
    this.#assertOpen()
    return this.#page(options.after, options.maxCount ?? 1000)
  }

  subscribeToAll(handler: SubscriptionHandler, options: SubscribeOptions = {}): Subscription {
    // The log length at the last read: an append between that read and the wait must not be slept through.
    let lengthAtRead = 0
    return catchUpSubscription(
      {
        readPage: async (after, maxCount) => {
          lengthAtRead = this.#log.length
          return this.#page(after, maxCount)
        },
        waitForChange: (signal) =>
          new Promise<void>((resolve) => {
            if (signal.aborted || this.#log.length > lengthAtRead) return resolve()
            this.#waiters.push(resolve)
            signal.addEventListener('abort', () => resolve(), { once: true })
          }),
      },
      handler,
      options,
    )
  }

  async close(): Promise<void> {
    this.#closed = true
    this.#notify()
  }

  #page(after: bigint | undefined, maxCount: number): ReadAllPage {
    const start = after === undefined ? 0 : Number(after) + 1
    const events = this.#log.slice(start, start + maxCount)
    const last = events.at(-1)
    return {
      events,
      position: last ? last.globalPosition : after,
      isEnd: start + events.length >= this.#log.length,
    }
  }

  #notify(): void {
    const waiters = this.#waiters
    this.#waiters = []
    for (const wake of waiters) wake()
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreClosedError('InMemoryEventStore')
  }
}

const matches = (expected: ExpectedRevision, current: bigint | undefined): boolean => {
  switch (expected) {
    case 'any':
      return true
    case 'no_stream':
      return current === undefined
    case 'stream_exists':
      return current !== undefined
    default:
      return current === expected
  }
}

// One macrotask-free yield: concurrent callers interleave here, as they would on a network round trip.
const yieldToOthers = (): Promise<void> => Promise.resolve()
