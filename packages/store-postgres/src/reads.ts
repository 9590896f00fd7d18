import type { ReadAllPage, ReadStreamOptions, RecordedEvent } from '@factuurstroom/eventsourcing'
import type { SqlExecutor } from './sql-executor'

interface EventRow {
  readonly position: string
  readonly stream_id: string
  readonly revision: string
  readonly event_id: string
  readonly type: string
  readonly schema_version: number
  readonly data: unknown
  readonly metadata: RecordedEvent['metadata']
  readonly recorded_at: number
}

// Bigints travel as text (PGlite would turn them into lossy numbers), the time as epoch milliseconds (parsing
// timestamp text costs more than the rest of the row); ORDER BY names `e.` columns, not these aliases.
const columns = `e.position::text AS position, e.stream_id, e.revision::text AS revision, e.event_id, e.type,
  e.schema_version, e.data, e.metadata, (extract(epoch FROM e.recorded_at) * 1000)::float8 AS recorded_at`

export const readStreamEvents = async (
  db: SqlExecutor,
  s: string,
  streamId: string,
  options: ReadStreamOptions,
): Promise<RecordedEvent[]> => {
  const rows = await db.query<EventRow>(
    `SELECT ${columns} FROM ${s}.events AS e
     WHERE e.stream_id = $1 AND e.revision >= $2::bigint
     ORDER BY e.revision LIMIT $3::bigint`,
    [streamId, (options.fromRevision ?? 0n).toString(), options.maxCount ?? null],
  )
  return rows.map(toRecordedEvent)
}

/**
 * One page of the global log after `after`. Only rows of transactions older than the oldest one still in flight
 * are returned, so a transaction that commits later can never land behind a position already handed out.
 * (A bound on `position` derived from the horizon would say the same, but its unknown value makes the planner
 * expect a handful of rows and sort a bitmap scan instead of walking the primary key.)
 */
export const readAllPage = async (
  db: SqlExecutor,
  s: string,
  after: bigint | undefined,
  maxCount: number,
): Promise<ReadAllPage> => {
  const rows = await db.query<EventRow>(
    `WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
     SELECT ${columns} FROM ${s}.events AS e, horizon
     WHERE e.position > $1::bigint
       AND e.transaction_id < horizon.xmin
     ORDER BY e.position LIMIT $2::bigint`,
    [(after ?? -1n).toString(), maxCount],
  )
  const events = rows.map(toRecordedEvent)
  return { events, position: events.at(-1)?.globalPosition ?? after, isEnd: events.length < maxCount }
}

const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  eventId: row.event_id,
  type: row.type,
  schemaVersion: row.schema_version,
  data: row.data,
  metadata: row.metadata,
  streamId: row.stream_id,
  streamRevision: BigInt(row.revision),
  globalPosition: BigInt(row.position),
  recordedAt: new Date(row.recorded_at),
})
