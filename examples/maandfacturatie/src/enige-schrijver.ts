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

/**
 * For a process that is the only writer of its store for a while (the main job owns a store it opened empty):
 * remembers the last revision of every stream it wrote or read, and answers a read that starts past it — which can
 * only come back empty — without a round trip. A read that may return events always goes to the store, so no
 * event is ever made up here. Every append still carries its expected revision, so a second writer after all is
 * caught by the store as a conflict; this wrapper then stops trusting what it remembers of that stream.
 */
export class EnigeSchrijverStore implements EventStore {
  /** Per stream, the revision of its last event; -1 for a stream known to be empty. */
  readonly #laatste = new Map<string, bigint>()
  /** Streams whose append failed: what this process believed of them is no longer known. */
  readonly #vergeten = new Set<string>()

  /** Present when the store below has it; every stream of a refused append is forgotten, as for a single one. */
  readonly appendToStreams?: (appends: readonly StreamAppend[]) => Promise<AppendResult[]>

  constructor(
    readonly binnen: EventStore,
    /** True when the store held no events when this process opened it: every stream is empty until written. */
    readonly leegGeopend: boolean,
  ) {
    const allesTegelijk = binnen.appendToStreams?.bind(binnen)
    if (allesTegelijk) this.appendToStreams = (appends) => this.#onthoud(appends, () => allesTegelijk(appends))
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const [result] = await this.#onthoud([{ streamId, events, expected }], async () => [
      await this.binnen.appendToStream(streamId, events, expected),
    ])
    return result as AppendResult
  }

  async #onthoud(appends: readonly StreamAppend[], schrijf: () => Promise<AppendResult[]>): Promise<AppendResult[]> {
    try {
      const results = await schrijf()
      for (const [i, result] of results.entries()) {
        this.#laatste.set(appends[i]?.streamId as string, result.nextExpectedRevision)
      }
      return results
    } catch (error) {
      for (const { streamId } of appends) {
        this.#laatste.delete(streamId)
        this.#vergeten.add(streamId)
      }
      throw error
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    const laatste = this.#laatste.get(streamId) ?? (this.leegGeopend && !this.#vergeten.has(streamId) ? -1n : undefined)
    const vanaf = options.fromRevision ?? 0n
    if (laatste !== undefined && vanaf > laatste) return []
    const events = await this.binnen.readStream(streamId, options)
    // A read without a limit ends at the stream's end: that is what the next read may skip past.
    const einde = options.maxCount === undefined ? events.at(-1)?.streamRevision : undefined
    if (einde !== undefined && (laatste === undefined || einde > laatste)) this.#laatste.set(streamId, einde)
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
