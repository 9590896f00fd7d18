import type { CheckpointStore } from '@factuurstroom/eventsourcing'
import type { SqlExecutor } from './sql-executor'

/**
 * Projection checkpoints in the store's own database. Built on a transaction (see
 * `PostgresEventStore.withTransaction`), a save commits or rolls back together with the view it belongs to.
 */
export class PostgresCheckpointStore implements CheckpointStore {
  constructor(
    private readonly db: SqlExecutor,
    /** The quoted schema name. */
    private readonly s: string,
  ) {}

  /** The projection's saved position, or `undefined` if it never saved one. */
  async load(projection: string): Promise<bigint | undefined> {
    const [row] = await this.db.query<{ position: string }>(
      `SELECT position::text AS position FROM ${this.s}.checkpoints WHERE projection = $1`,
      [projection],
    )
    return row === undefined ? undefined : BigInt(row.position)
  }

  /** Upserts the projection's position; built on a transaction, it commits together with the view. */
  async save(projection: string, position: bigint): Promise<void> {
    await this.db.query(
      `INSERT INTO ${this.s}.checkpoints (projection, position) VALUES ($1, $2::bigint)
       ON CONFLICT (projection) DO UPDATE SET position = EXCLUDED.position, updated_at = now()`,
      [projection, position.toString()],
    )
  }
}
