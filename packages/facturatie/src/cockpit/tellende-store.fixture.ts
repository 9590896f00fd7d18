import {
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  InMemoryEventStore,
  type NewEvent,
  readAllEvents,
  type StreamAppend,
} from '@factuurstroom/eventsourcing'
import { PostgresEventStore } from '@factuurstroom/store-postgres'

/** The inner store's `appendToStreams`, with `vooraf` run before each call; none without `meerstroom`. */
export const doorgegevenAppendToStreams = (
  binnen: EventStore,
  meerstroom: boolean,
  vooraf: (appends: readonly StreamAppend[]) => Promise<void>,
): EventStore['appendToStreams'] => {
  const allesTegelijk = binnen.appendToStreams?.bind(binnen)
  if (!meerstroom || !allesTegelijk) return undefined
  return async (appends) => {
    await vooraf(appends)
    return allesTegelijk(appends)
  }
}

/**
 * A store that counts the appends it passes on (`appends`: the number of streams of each, in order), with or without
 * the store's `appendToStreams`, and can let another writer in just before the next append that names a stream.
 */
export class TellendeStore implements EventStore {
  readonly appends: number[] = []
  readonly appendToStreams?: (appends: readonly StreamAppend[]) => Promise<AppendResult[]>
  #ertussen: { streamId: string; werk: () => Promise<unknown> } | undefined

  constructor(
    readonly binnen: EventStore,
    meerstroom = true,
  ) {
    this.appendToStreams = doorgegevenAppendToStreams(binnen, meerstroom, async (delen) => {
      await this.#laatErtussen(delen.map((d) => d.streamId))
      this.appends.push(delen.length)
    })
  }

  /** Before the next append that names `streamId`, `werk` runs (once): another writer got there first. */
  ertussen(streamId: string, werk: () => Promise<unknown>): void {
    this.#ertussen = { streamId, werk }
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision) {
    await this.#laatErtussen([streamId])
    this.appends.push(1)
    return this.binnen.appendToStream(streamId, events, expected)
  }

  async #laatErtussen(streamIds: readonly string[]): Promise<void> {
    const ertussen = this.#ertussen
    if (!ertussen || !streamIds.includes(ertussen.streamId)) return
    this.#ertussen = undefined
    await ertussen.werk()
  }

  /** Every event after `na` as a spec compares it: stream, type, data, command id and its cause. */
  async eventsNa(na: bigint | undefined) {
    const events = []
    for await (const e of readAllEvents(this.binnen, na === undefined ? {} : { after: na }))
      events.push({
        streamId: e.streamId,
        type: e.type,
        data: e.data,
        commandId: e.metadata.commandId,
        causationId: e.metadata.causationId,
      })
    return events
  }

  /** Counts appends from here on; the global position of the last event, to compare what comes after. */
  async telVanaf(): Promise<bigint | undefined> {
    this.appends.length = 0
    let laatste: bigint | undefined
    for await (const e of readAllEvents(this.binnen)) laatste = e.globalPosition
    return laatste
  }

  readStream: EventStore['readStream'] = (streamId, options) => this.binnen.readStream(streamId, options)
  readAll: EventStore['readAll'] = (options) => this.binnen.readAll(options)
  subscribeToAll: EventStore['subscribeToAll'] = (handler, options) => this.binnen.subscribeToAll(handler, options)
  close = () => this.binnen.close()
}

/** The stores a batch spec runs on: name, a new store, and whether its `appendToStreams` is passed on. */
export const teltStores: [string, () => Promise<EventStore>, boolean][] = [
  ['in memory, appendToStreams', async () => new InMemoryEventStore(), true],
  ['in memory, one append after another', async () => new InMemoryEventStore(), false],
  ['PGlite, appendToStreams', () => PostgresEventStore.embedded(), true],
]
