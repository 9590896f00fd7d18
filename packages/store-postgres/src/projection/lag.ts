import type { SqlExecutor } from '../sql-executor'

/** How far a projection is behind the log. */
export interface ProjectionLag {
  /** Events after its checkpoint that a reader of the log can already see. */
  readonly events: number
  /** Age of the oldest of those events (0 when there are none): how long the oldest pending effect has waited. */
  readonly seconds: number
  readonly checkpoint: bigint | undefined
}

/** The lag of the projection whose checkpoint is `name`, counted in the database (`s` is the quoted schema). */
export const projectionLag = async (db: SqlExecutor, s: string, name: string): Promise<ProjectionLag> => {
  const [row] = await db.query<{ events: string; seconds: number; checkpoint: string | null }>(
    `SELECT count(*)::text AS events,
       coalesce(extract(epoch FROM now() - min(e.recorded_at)), 0)::float8 AS seconds,
       (SELECT position::text FROM ${s}.checkpoints WHERE projection = $1) AS checkpoint
     FROM ${s}.events AS e
     WHERE e.position > coalesce((SELECT position FROM ${s}.checkpoints WHERE projection = $1), -1)
       AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())`,
    [name],
  )
  return {
    events: Number(row?.events ?? 0),
    seconds: Math.max(0, row?.seconds ?? 0),
    checkpoint: row?.checkpoint == null ? undefined : BigInt(row.checkpoint),
  }
}
