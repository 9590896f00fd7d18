import type { SqlExecutor } from '../sql-executor'

/**
 * The definition version each projection's tables were built with, beside the checkpoints. Created on first use
 * rather than by a store migration: only hosts that run a projection worker need it.
 */
const table = (s: string) => `${s}.projection_versions`

export const ensureVersionTable = async (db: SqlExecutor, s: string): Promise<void> => {
  await db.query(
    `CREATE TABLE IF NOT EXISTS ${table(s)} (
      projection text PRIMARY KEY,
      version text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
  )
}

export const loadVersion = async (db: SqlExecutor, s: string, name: string): Promise<string | undefined> => {
  const [row] = await db.query<{ version: string }>(`SELECT version FROM ${table(s)} WHERE projection = $1`, [name])
  return row?.version
}

export const saveVersion = async (db: SqlExecutor, s: string, name: string, version: string): Promise<void> => {
  await db.query(
    `INSERT INTO ${table(s)} (projection, version) VALUES ($1, $2)
     ON CONFLICT (projection) DO UPDATE SET version = EXCLUDED.version, updated_at = now()`,
    [name, version],
  )
}
