import { SerializedNewEvent } from '../append-size'
import type { NewEvent } from '../envelope'
import { WrongExpectedRevisionError } from '../errors'
import type { AppendResult, EventStore, ExpectedRevision, StreamAppend } from '../event-store'
import { FactuurstroomError } from '../factuurstroom-error'
import { GENESIS_HASH, HASH_KEY, type HashedEvent, hashEvent, hashOf, isHexDigest } from './event-hash'

/**
 * Wraps any store so that every appended event carries `metadata.hash`, chained to the previous event of its
 * stream (see `verifyHashChains`). Appends with `any` or `stream_exists` are pinned to the revision read just
 * before, so the chain can never fork; a conflict on that pin is retried here, invisibly to the caller.
 */
export class HashChainingEventStore implements EventStore {
  readonly #lastHash = new Map<string, Tail>()
  /**
   * Present when the inner store has it: each stream's part is chained exactly as one append of its own would be
   * (a stream named twice chains its second part to the first), so `verifyHashChains` cannot tell the difference.
   */
  readonly appendToStreams?: (appends: readonly StreamAppend[]) => Promise<AppendResult[]>

  constructor(
    readonly inner: EventStore,
    /** Streams whose last hash is remembered, so an append need not read the stream's tail. */
    readonly rememberedStreams = 10_000,
  ) {
    const appendAll = inner.appendToStreams?.bind(inner)
    if (appendAll) this.appendToStreams = (appends) => this.#appendChained(appends, appendAll)
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const [result] = await this.#appendChained([{ streamId, events, expected }], async ([part]) => {
      const { streamId: id, events: chained, expected: pinned } = part as StreamAppend
      return [await this.inner.appendToStream(id, chained, pinned)]
    })
    return result as AppendResult
  }

  async #appendChained(
    appends: readonly StreamAppend[],
    write: (pinned: readonly StreamAppend[]) => Promise<AppendResult[]>,
  ): Promise<AppendResult[]> {
    for (;;) {
      // Each stream's tail as the earlier parts of this call leave it (`undefined`: still no stream).
      const planned = new Map<string, Tail | undefined>()
      const pinned: StreamAppend[] = []
      const lastHashes: (string | undefined)[] = []
      for (const { streamId, events, expected } of appends) {
        const known = planned.has(streamId)
          ? plannedTail(planned.get(streamId), expected)
          : this.#knownTail(streamId, expected)
        const tail = known === 'unknown' ? await this.#readTail(streamId, expected) : known
        if (tail === 'conflict') throw await this.#conflict(streamId, expected, planned)
        const part = chain(streamId, events, tail)
        pinned.push(part.append)
        lastHashes.push(part.last?.hash)
        planned.set(streamId, part.last ?? tail)
      }
      try {
        const results = await write(pinned)
        results.forEach((result, i) => {
          const hash = lastHashes[i]
          if (hash !== undefined) this.#remember(pinned[i]?.streamId as string, result.nextExpectedRevision, hash)
        })
        return results
      } catch (error) {
        for (const { streamId } of appends) this.#lastHash.delete(streamId)
        // Only a pin we chose ourselves is retried; a conflict on the caller's own revision is theirs to handle.
        if (error instanceof WrongExpectedRevisionError && pinnedByUs(appends, error.streamId)) continue
        throw error
      }
    }
  }

  readStream: EventStore['readStream'] = (streamId, options) => this.inner.readStream(streamId, options)
  readAll: EventStore['readAll'] = (options) => this.inner.readAll(options)
  subscribeToAll: EventStore['subscribeToAll'] = (handler, options) => this.inner.subscribeToAll(handler, options)
  close: EventStore['close'] = () => this.inner.close()

  /** The tail an append chains to when it is known without a read (no stream, or remembered), else `'unknown'`. */
  #knownTail(streamId: string, expected: ExpectedRevision): Tail | undefined | 'unknown' {
    if (expected === 'no_stream') return undefined
    const remembered = this.#lastHash.get(streamId)
    // For `any`, a remembered tail is a guess; if another writer moved on, the pinned append conflicts and retries.
    if (remembered && (expected === 'any' || expected === 'stream_exists' || remembered.revision === expected)) {
      return remembered
    }
    return 'unknown'
  }

  /** The stream's last revision and hash read from the store, or `'conflict'` if `expected` cannot hold. */
  async #readTail(streamId: string, expected: ExpectedRevision): Promise<Tail | undefined | 'conflict'> {
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
    if (isHexDigest(hash))
      throw new FactuurstroomError(
        'STREAM_HEX_GEKETEND',
        `Event ${streamId}@${last.streamRevision} has a hex hash: the stream was chained before hashes were stored as base64url. Chain it again from the start (replay it into a HashChainingEventStore).`,
        { streamId, revision: last.streamRevision.toString() },
      )
    return { revision: last.streamRevision, hash }
  }

  /** The error for a caller's revision that cannot hold, naming where the stream stands (or will, in this call). */
  async #conflict(
    streamId: string,
    expected: ExpectedRevision,
    planned: ReadonlyMap<string, Tail | undefined>,
  ): Promise<WrongExpectedRevisionError> {
    const current = planned.has(streamId)
      ? planned.get(streamId)?.revision
      : await this.inner.readStream(streamId, {}).then((all) => all.at(-1)?.streamRevision)
    return new WrongExpectedRevisionError(streamId, expected, current ?? 'no_stream')
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

/** A stream's last revision and the hash of its event there: what the next event chains to. */
interface Tail {
  readonly revision: bigint
  readonly hash: string
}

/** The tail a later part of one call chains to, where an earlier part of it left the stream. */
const plannedTail = (tail: Tail | undefined, expected: ExpectedRevision): Tail | undefined | 'conflict' => {
  if (expected === 'any') return tail
  if (expected === 'no_stream') return tail === undefined ? undefined : 'conflict'
  if (expected === 'stream_exists') return tail ?? 'conflict'
  return tail?.revision === expected ? tail : 'conflict'
}

/** Whether every part for `streamId` let us choose its pin (`any`, `stream_exists`), so a conflict on it is ours. */
const pinnedByUs = (appends: readonly StreamAppend[], streamId: string): boolean =>
  appends.every((part) => part.streamId !== streamId || part.expected === 'any' || part.expected === 'stream_exists')

/** One part chained to `tail`, pinned to it, and the tail its last event leaves (`undefined` when it has none). */
const chain = (
  streamId: string,
  events: readonly NewEvent[],
  tail: Tail | undefined,
): { append: StreamAppend; last: Tail | undefined } => {
  let previous = tail?.hash ?? GENESIS_HASH
  let revision = tail ? tail.revision : -1n
  const chained = events.map((event) => {
    revision++
    const hashed = hashEvent(previous, streamId, revision, event)
    previous = hashed.hash
    return chainedEvent(event, hashed)
  })
  const pinned: ExpectedRevision = tail ? tail.revision : 'no_stream'
  return {
    append: { streamId, events: chained, expected: pinned },
    last: chained.length > 0 ? { revision, hash: previous } : undefined,
  }
}

/**
 * The event with its hash in the metadata. When data and metadata are plain JSON, the store is handed the canonical
 * texts just hashed (the hash added to the metadata's), so what it writes are the bytes that were hashed.
 */
const chainedEvent = (event: NewEvent, { hash, data, metadata }: HashedEvent): NewEvent => {
  const chainedMetadata = { ...event.metadata, [HASH_KEY]: hash }
  if (!data.plain || !metadata.plain) return { ...event, metadata: chainedMetadata }
  const hashField = `"${HASH_KEY}":"${hash}"`
  const storedMetadata = metadata.text === '{}' ? `{${hashField}}` : `${metadata.text.slice(0, -1)},${hashField}}`
  const { eventId, type, schemaVersion } = event
  return new SerializedNewEvent(eventId, type, schemaVersion, event.data, chainedMetadata, data.text, storedMetadata)
}
