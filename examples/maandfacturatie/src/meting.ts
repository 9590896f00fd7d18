import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadAllPage,
  ReadStreamOptions,
  RecordedEvent,
  StreamAppend,
} from '@factuurstroom/eventsourcing'
import { serializeForAppend } from '@factuurstroom/eventsourcing'

/** What the job asked of its store: round trips (one call of the port each) and the size of what it wrote. */
export interface Storemeting {
  /** Append round trips: single-stream appends and multi-stream ones (`appendToStreams`) alike. */
  appends: number
  /** Of `appends`, those that wrote to several streams in one transaction. */
  meerstroomAppends: number
  streamReads: number
  /** Stream reads that returned no event. */
  legeReads: number
  events: number
  /** UTF-8 bytes of every appended event's data and metadata as JSON. */
  bytes: number
  grootste: { bytes: number; type: string }
}

/**
 * Counts the calls the job makes on its store and measures every appended event (data and metadata as JSON); it
 * wraps the store beneath the hash chain, so it sees exactly what is written.
 */
export class MetendeStore implements EventStore {
  readonly meting: Storemeting = {
    appends: 0,
    meerstroomAppends: 0,
    streamReads: 0,
    legeReads: 0,
    events: 0,
    bytes: 0,
    grootste: { bytes: 0, type: '' },
  }
  /** Present when the store below has it: one round trip, however many streams it writes to. */
  readonly appendToStreams?: (appends: readonly StreamAppend[]) => Promise<AppendResult[]>

  constructor(readonly binnen: EventStore) {
    const allesTegelijk = binnen.appendToStreams?.bind(binnen)
    if (allesTegelijk)
      this.appendToStreams = (appends) => {
        this.meting.appends++
        this.meting.meerstroomAppends++
        for (const { events } of appends) this.#meet(events)
        return allesTegelijk(appends)
      }
  }

  appendToStream(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    this.meting.appends++
    this.#meet(events)
    return this.binnen.appendToStream(streamId, events, expected)
  }

  #meet(events: readonly NewEvent[]): void {
    const m = this.meting
    // The texts the store below will write: the hash chain's own (no second serialization), else serialized here.
    for (const { event, data, metadata } of serializeForAppend('', events, Number.POSITIVE_INFINITY)) {
      const bytes = Buffer.byteLength(data) + Buffer.byteLength(metadata)
      m.events++
      m.bytes += bytes
      if (bytes > m.grootste.bytes) m.grootste = { bytes, type: event.type }
    }
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]> {
    this.meting.streamReads++
    const events = await this.binnen.readStream(streamId, options)
    if (events.length === 0) this.meting.legeReads++
    return events
  }

  readAll(options?: ReadAllOptions): Promise<ReadAllPage> {
    return this.binnen.readAll(options)
  }
  subscribeToAll: EventStore['subscribeToAll'] = (handler, options) => this.binnen.subscribeToAll(handler, options)
  close(): Promise<void> {
    return this.binnen.close()
  }
}

/** One line for the job's report. */
export const drukMeting = (m: Storemeting, nacalculatieregels: number): string =>
  `Store: ${m.appends.toLocaleString('en')} appends (${m.meerstroomAppends.toLocaleString('en')} to several streams at once), ${m.streamReads.toLocaleString('en')} stream reads ` +
  `(${m.legeReads.toLocaleString('en')} empty); ${m.events.toLocaleString('en')} events, ` +
  `${(m.bytes / 1e6).toFixed(1)} MB of event data and metadata = ${Math.round(m.bytes / nacalculatieregels)} bytes ` +
  `per nacalculatie line; largest event ${(m.grootste.bytes / 1024).toFixed(1)} KB (${m.grootste.type})`
