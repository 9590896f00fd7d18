import type { NewEvent } from './envelope'
import { AppendTooLargeError } from './errors'

/** EventStoreDB's default maximum append size: 1 MiB. */
export const DEFAULT_MAX_APPEND_BYTES = 1024 * 1024

/** An event with its data and metadata as the JSON text a store keeps. */
export interface SerializedEvent {
  readonly event: NewEvent
  readonly data: string
  readonly metadata: string
}

// The JSON text of events whose data and metadata were already written out exactly (by the hash chain, which hashes
// that very text): a store keeps it instead of serializing the event a second time.
const alreadySerialized = new WeakMap<NewEvent, { readonly data: string; readonly metadata: string }>()

/**
 * Records the JSON text of an event's data and metadata, so `serializeForAppend` uses it as it is. Only for text
 * that parses to exactly that data and metadata; the event must not change afterwards (the hash chain hands the
 * store a fresh event object it keeps to itself).
 */
export const rememberSerialized = (event: NewEvent, data: string, metadata: string): void => {
  alreadySerialized.set(event, { data, metadata })
}

/**
 * Serializes each event's data and metadata once and refuses the append with `AppendTooLargeError` when their UTF-8
 * size together exceeds `maxBytes`. Every store calls this before writing, so the rule is the same in each.
 */
export const serializeForAppend = (
  streamId: string,
  events: readonly NewEvent[],
  maxBytes: number = DEFAULT_MAX_APPEND_BYTES,
): SerializedEvent[] => {
  const serialized = new Array<SerializedEvent>(events.length)
  // A UTF-16 code unit is at most 3 UTF-8 bytes: the exact count is only needed when this bound is over the limit.
  let upperBound = 0
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as NewEvent
    const known = alreadySerialized.get(event)
    const entry = known
      ? { event, data: known.data, metadata: known.metadata }
      : { event, data: JSON.stringify(event.data) ?? 'null', metadata: JSON.stringify(event.metadata) }
    upperBound += 3 * (entry.data.length + entry.metadata.length)
    serialized[i] = entry
  }
  if (upperBound > maxBytes) assertWithinLimit(streamId, serialized, maxBytes)
  return serialized
}

const assertWithinLimit = (streamId: string, serialized: readonly SerializedEvent[], maxBytes: number): void => {
  const encoder = new TextEncoder()
  let total = 0
  let largest: { type: string; bytes: number } | undefined
  for (const { event, data, metadata } of serialized) {
    const bytes = encoder.encode(data).length + encoder.encode(metadata).length
    total += bytes
    if (!largest || bytes > largest.bytes) largest = { type: event.type, bytes }
  }
  if (total > maxBytes && largest) throw new AppendTooLargeError(streamId, largest.type, largest.bytes, total, maxBytes)
}
