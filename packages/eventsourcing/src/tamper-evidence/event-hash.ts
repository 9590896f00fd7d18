import type { EventMetadata, NewEvent } from '../envelope'
import { type CanonicalText, canonicalJson, canonicalText } from './canonical-json'
import { sha256Digest } from './sha256-digest'

/** The metadata key holding an event's chained hash. */
export const HASH_KEY = 'hash'

/** The previous hash of a stream's first event: 32 zero bytes in base64url. */
export const GENESIS_HASH = 'A'.repeat(43)

/**
 * Whether a stored hash is a 64-digit hex digest: the encoding of a log chained before digests were base64url. Such
 * a log is not supported; verification and the decorator name it instead of reporting every event as edited.
 */
export const isHexDigest = (hash: string): boolean => hash.length === 64 && /^[0-9a-f]{64}$/.test(hash)

/** An event's hash with the canonical texts of its data and its metadata (without the hash) that went into it. */
export interface HashedEvent {
  readonly hash: string
  readonly data: CanonicalText
  readonly metadata: CanonicalText
}

const DATA_START = '{"data":'.length

/**
 * sha256 (base64url, 43 characters) over the previous event's hash and everything that makes this event what it is:
 * stream, revision, id, type, schema version, data and metadata (without the hash itself). The hashed text is the
 * canonical JSON of `{ data, eventId, metadata, previousHash, schemaVersion, streamId, streamRevision, type }`, written in one pass
 * without building that object or copying the metadata: one serialization and one hash per event.
 */
export const hashEvent = (
  previousHash: string,
  streamId: string,
  streamRevision: bigint,
  event: Pick<NewEvent, 'eventId' | 'type' | 'schemaVersion' | 'data' | 'metadata'>,
): HashedEvent => {
  const data = canonicalText(event.data)
  const metadata = canonicalText(event.metadata, HASH_KEY)
  const beforeMetadata = `,"eventId":${canonicalJson(event.eventId)},"metadata":`
  const text = `{"data":${data.text}${beforeMetadata}${metadata.text},"previousHash":${canonicalJson(previousHash)},"schemaVersion":${canonicalJson(event.schemaVersion)},"streamId":${canonicalJson(streamId)},"streamRevision":"${streamRevision}","type":${canonicalJson(event.type)}}`
  const hash = sha256Digest(text)
  // Hashing flattened the text: the stored texts are slices of it, so the many small strings they were written from
  // are garbage at once instead of surviving, as a tree, until the store has written them.
  const metadataStart = DATA_START + data.text.length + beforeMetadata.length
  return {
    hash,
    data: { text: text.slice(DATA_START, DATA_START + data.text.length), plain: data.plain },
    metadata: { text: text.slice(metadataStart, metadataStart + metadata.text.length), plain: metadata.plain },
  }
}

/** The hash `hashEvent` gives: what `verifyHashChains` recomputes for every stored event. */
export const eventHash = (
  previousHash: string,
  streamId: string,
  streamRevision: bigint,
  event: Pick<NewEvent, 'eventId' | 'type' | 'schemaVersion' | 'data' | 'metadata'>,
): string => hashEvent(previousHash, streamId, streamRevision, event).hash

/** Hash of a running global chain: the previous running hash followed by one event's own hash. */
export const runningHash = (previous: string, eventHashValue: string): string =>
  sha256Digest(`${previous}${eventHashValue}`)

/** The chained hash an event's metadata carries, if any. */
export const hashOf = (metadata: EventMetadata): string | undefined => {
  const value = metadata[HASH_KEY]
  return typeof value === 'string' ? value : undefined
}
