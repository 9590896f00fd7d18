import type {
  EventStore,
  ReadAllOptions,
  ReadAllPage,
  ReadStreamOptions,
  RecordedEvent,
} from '@factuurstroom/eventsourcing'

const oplopend = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Work-around while packages/store-postgres is in progress: its reads say `ORDER BY revision` / `ORDER BY position`
 * after selecting `revision::text AS revision` and `position::text AS position`, so PostgreSQL sorts the text
 * aliases (…, 1, 10, 2, …) and long streams and the global log come back out of order. This decorator orders by
 * the numbers itself: a stream read takes everything from `fromRevision` and applies `maxCount` after sorting; a
 * read of the global log takes everything after `after` once, sorted, and serves the following pages from that
 * buffer until the next append. Harmless once the store is fixed; then delete this file and its use in main.ts.
 */
export class StroomvolgordeStore implements EventStore {
  #buffer: { after: bigint | undefined; events: RecordedEvent[] } | undefined

  constructor(readonly inner: EventStore) {}

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    const { maxCount, ...rest } = options
    const events = [...(await this.inner.readStream(streamId, rest))].sort((a, b) =>
      oplopend(a.streamRevision, b.streamRevision),
    )
    return maxCount === undefined ? events : events.slice(0, maxCount)
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const maxCount = options.maxCount ?? 1000
    let start = 0
    const buffer = this.#buffer
    if (buffer && options.after !== undefined && (buffer.after === undefined || options.after >= buffer.after)) {
      start = buffer.events.findIndex((e) => e.globalPosition > (options.after as bigint))
      if (start < 0) start = buffer.events.length
    } else {
      const alles = await this.inner.readAll({ ...options, maxCount: Number.MAX_SAFE_INTEGER })
      this.#buffer = {
        after: options.after,
        events: [...alles.events].sort((a, b) => oplopend(a.globalPosition, b.globalPosition)),
      }
    }
    const events = (this.#buffer as { events: RecordedEvent[] }).events.slice(start, start + maxCount)
    return {
      events,
      position: events.at(-1)?.globalPosition ?? options.after,
      isEnd: events.length < maxCount,
    }
  }

  appendToStream: EventStore['appendToStream'] = (streamId, events, expected) => {
    this.#buffer = undefined
    return this.inner.appendToStream(streamId, events, expected)
  }
  subscribeToAll: EventStore['subscribeToAll'] = (handler, options) => this.inner.subscribeToAll(handler, options)
  close: EventStore['close'] = () => this.inner.close()
}
