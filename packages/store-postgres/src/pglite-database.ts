import { PGlite } from '@electric-sql/pglite'
import { StoreUnavailableError } from '@factuurstroom/eventsourcing'
import type { SqlDatabase, SqlExecutor, SqlSession } from './sql-executor'

/** A `SqlDatabase` over PGlite: PostgreSQL compiled to WebAssembly, in memory or durable in a directory. */
export class PgliteDatabase implements SqlDatabase {
  private constructor(
    private readonly db: PGlite,
    readonly location: string,
  ) {}

  /** Opens (creating if needed) the database in `dataDir`, or an in-memory one when it is omitted. */
  static async open(dataDir: string | undefined): Promise<PgliteDatabase> {
    const location = dataDir === undefined ? 'PGlite in memory' : `PGlite in ${dataDir}`
    try {
      const db = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir)
      return new PgliteDatabase(db, location)
    } catch (error) {
      throw new StoreUnavailableError(
        `Cannot open the embedded PostgreSQL store (${location}): ${error instanceof Error ? error.message : String(error)}. Check that the directory is writable and not in use by another process.`,
        { cause: error },
      )
    }
  }

  async query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]> {
    return (await this.db.query<Row>(text, params as unknown[] | undefined)).rows
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) =>
      work({
        query: async <Row>(text: string, params?: readonly unknown[]) =>
          (await tx.query<Row>(text, params as unknown[] | undefined)).rows,
      }),
    )
  }

  /** PGlite has one session: this is it, shared with every other caller. */
  async session(): Promise<SqlSession> {
    return { shared: true, query: (text, params) => this.query(text, params), release: async () => undefined }
  }

  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    const unlisten = await this.db.listen(channel, onNotify)
    return async () => unlisten()
  }

  async close(): Promise<void> {
    await this.db.close()
  }
}
