import {
  type AppendResult,
  assertStorable,
  type StreamAppend,
  serializeForAppend,
  WrongExpectedRevisionError,
} from '@factuurstroom/eventsourcing'
import { eventsJson, expectedText, toRevision } from './append'
import type { SqlExecutor } from './sql-executor'

interface PartRow {
  readonly conflict: boolean
  readonly part: number
  readonly current_revision: string | null
  readonly last_position: string | null
}

/**
 * Appends to several streams in one statement and so one transaction (`append_to_streams`), all or nothing. Each
 * part is checked (stream id, size maximum) and serialized here first, as a single append is.
 */
export const appendToStreams = async (
  db: SqlExecutor,
  s: string,
  appends: readonly StreamAppend[],
  maxBytes?: number,
): Promise<AppendResult[]> => {
  const parts = appends.map(({ streamId, events, expected }) => {
    assertStorable(streamId, events)
    const json = eventsJson(serializeForAppend(streamId, events, maxBytes))
    return `{"stream":${JSON.stringify(streamId)},"expected":"${expectedText(expected)}","events":${json}}`
  })
  const rows = await db.query<PartRow>(
    `SELECT conflict, part, current_revision::text AS current_revision, last_position::text AS last_position
     FROM ${s}.append_to_streams($1::json)`,
    [`[${parts.join(',')}]`],
  )
  const [first] = rows
  if (first?.conflict) {
    const refused = appends[first.part - 1] as StreamAppend
    throw new WrongExpectedRevisionError(refused.streamId, refused.expected, toRevision(first.current_revision))
  }
  if (rows.length !== appends.length) {
    // An internal invariant: the function returns one row per part or one conflict row.
    throw new Error(`append_to_streams returned ${rows.length} rows for ${appends.length} appends`)
  }
  return rows.map((row) => ({
    nextExpectedRevision: BigInt(row.current_revision ?? -1),
    lastPosition: BigInt(row.last_position ?? -1),
  }))
}
