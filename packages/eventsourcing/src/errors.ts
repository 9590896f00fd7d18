import type { ExpectedRevision } from './event-store'

/** The stream was not at the revision the writer expected; nothing was appended. */
export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError'
  readonly code = 'WRONG_EXPECTED_REVISION'
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's current revision, or `'no_stream'` when it does not exist. */
    readonly actual: bigint | 'no_stream',
  ) {
    super(
      `Stream '${streamId}' expected at ${describeExpected(expected)} but is at ${typeof actual === 'bigint' ? `revision ${actual}` : 'no stream'}; nothing was appended. Reload the stream and decide again.`,
    )
  }
}

/** The command handler kept losing the race for a stream; it gave up after its retries. */
export class ConcurrencyRetriesExhaustedError extends Error {
  override readonly name = 'ConcurrencyRetriesExhaustedError'
  readonly code = 'CONCURRENCY_RETRIES_EXHAUSTED'
  constructor(
    readonly streamId: string,
    readonly attempts: number,
    override readonly cause: WrongExpectedRevisionError,
  ) {
    super(
      `Gave up on stream '${streamId}' after ${attempts} attempts: other writers kept changing it. Retry later or reduce contention on this stream.`,
    )
  }
}

/** The store could not be reached or answered with an infrastructure failure. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError'
  readonly code = 'STORE_UNAVAILABLE'
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

/** Data crossing a boundary (a command from a host, an event read from a store) did not match its codec. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError'
  readonly code = 'DECODE_FAILED'
  constructor(
    /** The command or event type being decoded. */
    readonly subject: string,
    readonly problems: readonly DecodeProblem[],
  ) {
    super(
      `Invalid ${subject}: ${problems.map((p) => `${p.path || '(root)'}: ${p.message} (got ${safeJson(p.value)})`).join('; ')}`,
    )
  }
}

/** One field a codec refused: where, what it got, and what it expected. */
export interface DecodeProblem {
  /** Dotted path to the offending field, e.g. `regels.0.aantal`. */
  readonly path: string
  readonly value: unknown
  readonly message: string
}

const describeExpected = (expected: ExpectedRevision): string =>
  typeof expected === 'bigint' ? `revision ${expected}` : expected

const safeJson = (value: unknown): string => {
  try {
    const text = JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))
    return text === undefined ? String(value) : text.length > 200 ? `${text.slice(0, 200)}…` : text
  } catch {
    return String(value)
  }
}

/**
 * The store cannot hold this stream id or these events as given (a NUL character, text that has no UTF-8 form, a
 * stream id beyond the store's limit, a value JSON cannot carry); nothing was appended. Every adapter answers so,
 * for the same input, and maps a refusal its database still makes to this error.
 */
export class StreamRejectedError extends Error {
  override readonly name = 'StreamRejectedError'
  readonly code = 'STREAM_REJECTED'
  constructor(
    readonly streamId: string,
    /** What cannot be stored, e.g. `data.omschrijving holds a NUL character`. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Stream '${safeJson(streamId).slice(1, -1)}' cannot be stored: ${reason}; nothing was appended. Validate the input at the boundary so it never reaches the store.`,
      options,
    )
  }
}

/** An append larger than the store's maximum (default 1 MiB, EventStoreDB's); nothing was written. */
export class AppendTooLargeError extends Error {
  override readonly name = 'AppendTooLargeError'
  readonly code = 'APPEND_TOO_LARGE'
  constructor(
    readonly streamId: string,
    /** The type of the largest event in the append. */
    readonly eventType: string,
    /** UTF-8 bytes of that event's data and metadata as JSON. */
    readonly eventBytes: number,
    /** UTF-8 bytes of the whole append. */
    readonly appendBytes: number,
    readonly maxBytes: number,
  ) {
    super(
      `Append to stream '${streamId}' is ${appendBytes} bytes, over the maximum of ${maxBytes}; its largest event '${eventType}' is ${eventBytes} bytes. Nothing was written. Record the fact in smaller events (refer to earlier events instead of copying them) or raise the store's maxAppendBytes.`,
    )
  }
}
