import {
  type AppendResult,
  type ExpectedRevision,
  type NewEvent,
  type SerializedEvent,
  serializeForAppend,
  WrongExpectedRevisionError,
} from '@factuurstroom/eventsourcing'
import type { SqlExecutor } from './sql-executor'

interface AppendRow {
  readonly conflict: boolean
  readonly current_revision: string | null
  readonly last_position: string | null
}

/** The one statement that appends a batch: `$1` stream, `$2` expected revision, `$3` the events as JSON. */
export const appendStatement = (s: string): string =>
  `SELECT conflict, current_revision::text AS current_revision, last_position::text AS last_position
   FROM ${s}.append_to_stream($1, $2, $3::json)`

/** Refuses an append over `maxBytes` (`AppendTooLargeError`); data and metadata are serialized once. */
export const appendParams = (
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  maxBytes?: number,
): [string, string, string] => [
  streamId,
  expectedText(expected),
  eventsJson(serializeForAppend(streamId, events, maxBytes)),
]

/** The expected revision as `append_to_stream` takes it: a keyword or the revision's digits. */
export const expectedText = (expected: ExpectedRevision): string =>
  typeof expected === 'bigint' ? expected.toString() : expected

/** Serialized events as the JSON array `append_to_stream` reads (`id`, `type`, `v`, `data`, `metadata`). */
export const eventsJson = (serialized: readonly SerializedEvent[]): string =>
  `[${serialized
    .map(
      ({ event: e, data, metadata }) =>
        `{"id":${JSON.stringify(e.eventId)},"type":${JSON.stringify(e.type)},"v":${JSON.stringify(e.schemaVersion)},"data":${data},"metadata":${metadata}}`,
    )
    .join(',')}]`

/** Appends a non-empty batch in one round trip; throws `WrongExpectedRevisionError` when the check fails. */
export const appendEvents = async (
  db: SqlExecutor,
  s: string,
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  maxBytes?: number,
): Promise<AppendResult> => {
  const [row] = await db.query<AppendRow>(appendStatement(s), appendParams(streamId, events, expected, maxBytes))
  if (row === undefined) throw new Error(`append_to_stream returned no row for stream '${streamId}'`)
  if (row.conflict) {
    throw new WrongExpectedRevisionError(streamId, expected, toRevision(row.current_revision))
  }
  return { nextExpectedRevision: BigInt(row.current_revision ?? -1), lastPosition: BigInt(row.last_position ?? -1) }
}

/** An empty batch writes nothing but still checks the expected revision, as the port requires. */
export const appendNothing = async (
  db: SqlExecutor,
  s: string,
  streamId: string,
  expected: ExpectedRevision,
): Promise<AppendResult> => {
  const [row] = await db.query<{ revision: string | null; last_position: string }>(
    `SELECT (SELECT revision::text FROM ${s}.streams WHERE stream_id = $1) AS revision,
            (SELECT coalesce(max(position), -1)::text FROM ${s}.events) AS last_position`,
    [streamId],
  )
  const current = toRevision(row?.revision ?? null)
  if (!matches(expected, current)) throw new WrongExpectedRevisionError(streamId, expected, current)
  return {
    nextExpectedRevision: current === 'no_stream' ? -1n : current,
    lastPosition: BigInt(row?.last_position ?? -1),
  }
}

/** A revision as the database returns it: `null` when the stream does not exist. */
export const toRevision = (text: string | null): bigint | 'no_stream' => (text === null ? 'no_stream' : BigInt(text))

const matches = (expected: ExpectedRevision, current: bigint | 'no_stream'): boolean => {
  switch (expected) {
    case 'any':
      return true
    case 'no_stream':
      return current === 'no_stream'
    case 'stream_exists':
      return current !== 'no_stream'
    default:
      return current === expected
  }
}
