import { rememberSerialized } from '../append-size'
import type { NewEvent } from '../envelope'
import { WrongExpectedRevisionError } from '../errors'
import type { AppendResult, EventStore, ExpectedRevision } from '../event-store'
import { FactuurstroomError } from '../factuurstroom-error'
import { GENESIS_HASH, HASH_KEY, type HashedEvent, hashEvent, hashOf } from './event-hash'

/**
 * Wraps any store so that every appended event carries `metadata.hash`, chained to the previous event of its
 * stream (see `verifyHashChains`). Appends with `any` or `stream_exists` are pinned to the revision read just
 * before, so the chain can never fork; a conflict on that pin is retried here, invisibly to the caller.
 */
export class HashChainingEventStore implements EventStore {
  readonly #lastHash = new Map<string, { revision: bigint; hash: string }>()

  constructor(
    readonly inner: EventStore,
    /** Streams whose last hash is remembered, so an append need not read the stream's tail. */
    readonly rememberedStreams = 10_000,
  ) {}

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    for (;;) {
      const tail = await this.#tail(streamId, expected)
      if (tail === 'conflict') {
        const current = await this.inner.readStream(streamId, {}).then((all) => all.at(-1)?.streamRevision)
        throw new WrongExpectedRevisionError(streamId, expected, current ?? 'no_stream')
      }
      let previous = tail?.hash ?? GENESIS_HASH
      let revision = tail ? tail.revision : -1n
      const chained = events.map((event) => {
        revision++
        const hashed = hashEvent(previous, streamId, revision, event)
        previous = hashed.hash
        return chainedEvent(event, hashed)
      })
      const pinned: ExpectedRevision = tail ? tail.revision : 'no_stream'
      try {
        const result = await this.inner.appendToStream(streamId, chained, pinned)
        if (chained.length > 0) this.#remember(streamId, result.nextExpectedRevision, previous)
        return result
      } catch (error) {
        this.#lastHash.delete(streamId)
        // Only a pin we chose ourselves is retried; a conflict on the caller's own revision is theirs to handle.
        if (error instanceof WrongExpectedRevisionError && (expected === 'any' || expected === 'stream_exists'))
          continue
        throw error
      }
    }
  }

  readStream: EventStore['readStream'] = (streamId, options) => this.inner.readStream(streamId, options)
  readAll: EventStore['readAll'] = (options) => this.inner.readAll(options)
  subscribeToAll: EventStore['subscribeToAll'] = (handler, options) => this.inner.subscribeToAll(handler, options)
  close: EventStore['close'] = () => this.inner.close()

  /** The stream's last revision and hash as the append must chain to, or `'conflict'` if `expected` cannot hold. */
  async #tail(
    streamId: string,
    expected: ExpectedRevision,
  ): Promise<{ revision: bigint; hash: string } | undefined | 'conflict'> {
    if (expected === 'no_stream') return undefined
    const remembered = this.#lastHash.get(streamId)
    // For `any`, a remembered tail is a guess; if another writer moved on, the pinned append conflicts and retries.
    if (remembered && (expected === 'any' || expected === 'stream_exists' || remembered.revision === expected)) {
      return remembered
    }
    const last =
      typeof expected === 'bigint'
        ? (await this.inner.readStream(streamId, { fromRevision: expected, maxCount: 1 }))[0]
        : (await this.inner.readStream(streamId)).at(-1)
    if (!last) return expected === 'any' ? undefined : 'conflict'
    const hash = hashOf(last.metadata)
    if (hash === undefined)
      throw new FactuurstroomError(
        'STREAM_NIET_GEKETEND',
        `Event ${streamId}@${last.streamRevision} has no hash: the stream predates chaining. Chain it from the start (replay it into a HashChainingEventStore) or append to it without chaining.`,
        { streamId, revision: last.streamRevision.toString() },
      )
    return { revision: last.streamRevision, hash }
  }

  #remember(streamId: string, revision: bigint, hash: string): void {
    this.#lastHash.delete(streamId)
    this.#lastHash.set(streamId, { revision, hash })
    if (this.#lastHash.size > this.rememberedStreams) {
      const oldest = this.#lastHash.keys().next().value
      if (oldest !== undefined) this.#lastHash.delete(oldest)
    }
  }
}

/**
 * The event with its hash in the metadata. When data and metadata are plain JSON, the store is handed the canonical
 * texts just hashed (the hash added to the metadata's), so what it writes are the bytes that were hashed.
 */
const chainedEvent = (event: NewEvent, { hash, data, metadata }: HashedEvent): NewEvent => {
  const chained: NewEvent = { ...event, metadata: { ...event.metadata, [HASH_KEY]: hash } }
  if (data.plain && metadata.plain) {
    const hashField = `"${HASH_KEY}":"${hash}"`
    const storedMetadata = metadata.text === '{}' ? `{${hashField}}` : `${metadata.text.slice(0, -1)},${hashField}}`
    rememberSerialized(chained, data.text, storedMetadata)
  }
  return chained
}
