import type { EventMetadata, NewEvent } from './envelope'
import { AppendTooLargeError } from './errors'

/** EventStoreDB's default maximum append size: 1 MiB. */
export const DEFAULT_MAX_APPEND_BYTES = 1024 * 1024

/** An event with its data and metadata as the JSON text a store keeps. */
export interface SerializedEvent {
  readonly event: NewEvent
  readonly data: string
  readonly metadata: string
}

/**
 * An event whose data and metadata are already written out as exactly the JSON text a store keeps (the hash chain's,
 * which hashes that very text): `serializeForAppend` uses the text instead of serializing the event a second time.
 * The text must parse to exactly that data and metadata, and neither may change afterwards.
 */
export class SerializedNewEvent implements NewEvent {
  readonly #dataText: string
  readonly #metadataText: string

  constructor(
    readonly eventId: string,
    readonly type: string,
    readonly schemaVersion: number,
    readonly data: unknown,
    readonly metadata: EventMetadata,
    dataText: string,
    metadataText: string,
  ) {
    this.#dataText = dataText
    this.#metadataText = metadataText
  }

  /** The event's data and metadata as the JSON text a store keeps. */
  static texts(event: NewEvent): { readonly data: string; readonly metadata: string } | undefined {
    return event instanceof SerializedNewEvent ? { data: event.#dataText, metadata: event.#metadataText } : undefined
  }
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
    const known = SerializedNewEvent.texts(event)
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
