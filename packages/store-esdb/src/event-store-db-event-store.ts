import { type AllStreamSubscription, END, EventStoreDBClient, excludeSystemEvents, START } from '@eventstore/db-client'
import {
  type AppendResult,
  assertStorable,
  ChangeSignal,
  catchUpSubscription,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionHandler,
  serializeForAppend,
  traceAppend,
} from '@factuurstroom/eventsourcing'
import { isStreamNotFound, translateAppendError, translateUnavailable } from './errors'
import { isSystemEvent, toEventData, toRecordedEvent } from './event-mapping'
import { toClientExpectedRevision } from './expected-revision'

/** The part of the client this adapter uses (and tests fake). */
export type EventStoreDbClient = Pick<
  EventStoreDBClient,
  'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'
>

/** Options of the EventStoreDB store: its polling interval and its append size limit. */
export interface EventStoreDbOptions {
  /** How often a subscription polls when the server pushes nothing; default 1,000 ms. */
  readonly pollIntervalMs?: number
  /** Largest append accepted, in UTF-8 bytes of event data and metadata; default 1 MiB (the server's default). */
  readonly maxAppendBytes?: number
}

/**
 * The event store on EventStoreDB through `@eventstore/db-client`: the port mirrors its semantics, so this is thin.
 * It has no `appendToStreams` (EventStoreDB has no transaction over several streams): `appendAtomically` falls back to
 * one append after another.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly #client: EventStoreDbClient
  readonly #location: string
  readonly #changes: ChangeSignal
  readonly #maxAppendBytes: number | undefined
  readonly #subscriptions = new Set<Subscription>()
  #live: AllStreamSubscription | undefined

  constructor(client: EventStoreDbClient, location: string, options: EventStoreDbOptions = {}) {
    this.#client = client
    this.#location = location
    this.#changes = new ChangeSignal(options.pollIntervalMs ?? 1000)
    this.#maxAppendBytes = options.maxAppendBytes
  }

  /** e.g. `esdb://localhost:2113?tls=false`. The client connects lazily, on the first call. */
  static connect(connectionString: string, options: EventStoreDbOptions = {}): EventStoreDbEventStore {
    return new EventStoreDbEventStore(
      EventStoreDBClient.connectionString(connectionString),
      withoutCredentials(connectionString),
      options,
    )
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    assertStorable(streamId, events)
    serializeForAppend(streamId, events, this.#maxAppendBytes)
    return traceAppend('eventstoredb', streamId, events, async () => {
      try {
        const result = await this.#client.appendToStream(streamId, events.map(toEventData), {
          expectedRevision: toClientExpectedRevision(expected),
        })
        return { nextExpectedRevision: result.nextExpectedRevision, lastPosition: result.position?.commit ?? -1n }
      } catch (error) {
        throw translateAppendError(error, streamId, expected, this.#location)
      }
    })
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    const events: RecordedEvent[] = []
    try {
      const read = this.#client.readStream(streamId, {
        fromRevision: options.fromRevision ?? START,
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      })
      for await (const resolved of read) events.push(toRecordedEvent(resolved))
    } catch (error) {
      if (isStreamNotFound(error)) return []
      throw translateUnavailable(error, this.#location)
    }
    return events
  }

  /**
   * One page of application events after `after`. EventStoreDB reads from a position inclusively and knows system
   * events, so the event at `after` and every `$` event are skipped here; the page position still moves past them.
   */
  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const { after } = options
    const maxCount = options.maxCount ?? 1000
    const events: RecordedEvent[] = []
    let position = after
    let isEnd = true
    try {
      const read = this.#client.readAll({
        fromPosition: after === undefined ? START : { commit: after, prepare: after },
      })
      for await (const resolved of read) {
        const commit = resolved.event?.position.commit ?? resolved.commitPosition
        if (commit === undefined || (after !== undefined && commit <= after)) continue
        if (events.length === maxCount) {
          isEnd = false
          break
        }
        position = commit
        if (!isSystemEvent(resolved)) events.push(toRecordedEvent(resolved))
      }
    } catch (error) {
      throw translateUnavailable(error, this.#location)
    }
    return { events, position, isEnd }
  }

  subscribeToAll(handler: SubscriptionHandler, options: SubscribeOptions = {}): Subscription {
    this.#live ??= this.#listenForAppends()
    const subscription = catchUpSubscription(
      {
        readPage: (after, maxCount) => this.readAll({ after, maxCount }),
        waitForChange: (signal) => this.#changes.wait(signal),
      },
      handler,
      options,
    )
    this.#subscriptions.add(subscription)
    subscription.done.finally(() => this.#subscriptions.delete(subscription)).catch(() => undefined)
    return subscription
  }

  async close(): Promise<void> {
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.stop()))
    await this.#live?.unsubscribe().catch(() => undefined)
    await this.#client.dispose()
  }

  // A live server subscription only as a wake-up signal: delivery, order and positions stay with the shared loop.
  #listenForAppends(): AllStreamSubscription {
    const live = this.#client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() })
    live.on('data', () => this.#changes.wake())
    // Without the push the subscriptions still poll.
    live.on('error', () => undefined)
    return live
  }
}

const withoutCredentials = (connectionString: string): string => connectionString.replace(/\/\/[^@/]*@/, '//')
