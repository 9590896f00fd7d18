/** A domain event as deciders produce it: a fact named in the past tense with plain JSON data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type
  readonly data: Data
}

/**
 * Who and what caused an event; set by the command handler, never by a decider. Each fact is stored once: read the
 * causation and correlation through `causationIdOf` and `correlationIdOf`, which give back what was left out.
 */
export interface EventMetadata {
  readonly commandId?: string
  /** The command that caused this event's command; absent: the command itself (`commandId`). */
  readonly causationId?: string
  /** The conversation the event belongs to; absent: the same as its causation. */
  readonly correlationId?: string
  readonly actor?: string
  /** ISO-8601 instant at which the command was decided (business time, from the command context). */
  readonly occurredAt: string
  readonly [key: string]: unknown
}

/** An event ready to be appended: what a store receives. */
export interface NewEvent<Data = unknown> {
  readonly eventId: string
  readonly type: string
  readonly schemaVersion: number
  readonly data: Data
  readonly metadata: EventMetadata
}

/** An event as a store returns it: the new event plus where and when it was recorded. */
export interface RecordedEvent<Data = unknown> extends NewEvent<Data> {
  readonly streamId: string
  /** Position within its stream, from 0. */
  readonly streamRevision: bigint
  /** Position in the store's global order; strictly increasing, not necessarily contiguous. */
  readonly globalPosition: bigint
  readonly recordedAt: Date
}
