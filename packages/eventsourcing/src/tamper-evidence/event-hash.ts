import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { EventMetadata, NewEvent } from '../envelope'
import { canonicalJson } from './canonical-json'

/** The metadata key holding an event's chained hash. */
export const HASH_KEY = 'hash'

/** The previous hash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64)

/**
 * sha256 over the previous event's hash and everything that makes this event what it is: stream, revision, id,
 * type, schema version, data and metadata (without the hash itself).
 */
export const eventHash = (
  previousHash: string,
  streamId: string,
  streamRevision: bigint,
  event: Pick<NewEvent, 'eventId' | 'type' | 'schemaVersion' | 'data' | 'metadata'>,
): string => {
  const { [HASH_KEY]: _ignored, ...metadata } = event.metadata
  const content = canonicalJson({
    previousHash,
    streamId,
    streamRevision: streamRevision.toString(),
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata,
  })
  return bytesToHex(sha256(utf8ToBytes(content)))
}

/** Hash of a running global chain: the previous running hash followed by one event's own hash. */
export const runningHash = (previous: string, eventHashValue: string): string =>
  bytesToHex(sha256(utf8ToBytes(`${previous}${eventHashValue}`)))

export const hashOf = (metadata: EventMetadata): string | undefined => {
  const value = metadata[HASH_KEY]
  return typeof value === 'string' ? value : undefined
}
