import type { NewEvent, RecordedEvent } from './envelope'

/**
 * What the writer believes about the stream. Mirrors EventStoreDB:
 * `any` (no check), `no_stream` (must not exist), `stream_exists` (must exist), or an exact revision.
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint

/** Where a successful append left the stream and the global log. */
export interface AppendResult {
  /** Revision of the last appended event (the stream's new current revision). */
  readonly nextExpectedRevision: bigint
  /** Global position of the last appended event. */
  readonly lastPosition: bigint
}

/** One stream's part of a multi-stream append (`appendToStreams`). */
export interface StreamAppend {
  readonly streamId: string
  readonly events: readonly NewEvent[]
  readonly expected: ExpectedRevision
}

/** Which part of one stream `readStream` returns. */
export interface ReadStreamOptions {
  /** First revision to return (inclusive); default 0. */
  readonly fromRevision?: bigint
  readonly maxCount?: number
}

/** Which page of the global log `readAll` returns. */
export interface ReadAllOptions {
  /** Return events strictly after this global position; omit to start at the beginning. */
  readonly after?: bigint
  /** Page size; default 1,000. */
  readonly maxCount?: number
}

/** One page of the global log, with the position to continue from. */
export interface ReadAllPage {
  readonly events: readonly RecordedEvent[]
  /** Pass as `after` to read the next page; equals the input `after` when the page is empty. */
  readonly position: bigint | undefined
  readonly isEnd: boolean
}

/** Where a catch-up subscription starts and how much it reads at once. */
export interface SubscribeOptions {
  /** Deliver events strictly after this position; omit to start from the beginning. */
  readonly after?: bigint
  /** How many events to fetch per page while catching up. */
  readonly batchSize?: number
}

/** A catch-up subscription: delivers history, then live events, in global order, one handler call at a time. */
export interface Subscription {
  /** Stops delivery; resolves when the handler is no longer running. */
  readonly stop: () => Promise<void>
  /** Resolves when the subscription stops; rejects if the handler or the store failed. */
  readonly done: Promise<void>
}

/** Called once per event, in global order; the next event waits until the returned promise settles. */
export type SubscriptionHandler = (event: RecordedEvent) => Promise<void> | void

/**
 * The store port. Every adapter (in-memory, PostgreSQL, EventStoreDB) implements exactly this and passes the
 * shared conformance suite (`@factuurstroom/eventsourcing/testing`).
 */
export interface EventStore {
  /**
   * Appends all events atomically if the stream is at the expected revision.
   * Throws `WrongExpectedRevisionError` otherwise, having written nothing.
   */
  appendToStream(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>
  /**
   * Optional capability: appends to several streams in one transaction, all or nothing. The appends apply in order,
   * as if made one by one (global positions follow that order; a stream named twice sees its earlier part), and give
   * one result each, in order. Any stream at a wrong revision throws `WrongExpectedRevisionError` naming that stream,
   * and an append over the size maximum `AppendTooLargeError`, having written nothing in any stream. Use it through
   * `appendAtomically`, which falls back to one append after another on a store without it.
   */
  appendToStreams?(appends: readonly StreamAppend[]): Promise<AppendResult[]>
  /** Reads a stream forward. A stream that does not exist reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]>
  /** Reads one page of all events in global order. */
  readAll(options?: ReadAllOptions): Promise<ReadAllPage>
  /** Delivers every event after `options.after` to `handler`: history first, then live appends, in global order. */
  subscribeToAll(handler: SubscriptionHandler, options?: SubscribeOptions): Subscription
  /** Releases connections; the store is unusable afterwards. */
  close(): Promise<void>
}

/** Reads every event after `after` in global order, page by page, without holding more than a page. */
export async function* readAllEvents(
  store: EventStore,
  options: ReadAllOptions = {},
): AsyncGenerator<RecordedEvent, void, undefined> {
  let after = options.after
  for (;;) {
    const page = await store.readAll({ ...options, after })
    yield* page.events
    if (page.isEnd || page.events.length === 0) return
    after = page.position
  }
}
