import type pg from 'pg'
import { isConnectionFailure, translateConnectionFailure } from './connection-errors'
import type { SqlDatabase, SqlExecutor, SqlSession } from './sql-executor'

/** A `SqlDatabase` over a `pg` pool. `ownsPool` decides whether `close()` ends the pool. */
export class PgDatabase implements SqlDatabase {
  readonly location: string

  constructor(
    private readonly pool: pg.Pool,
    private readonly ownsPool: boolean,
  ) {
    this.location = describeLocation(pool.options)
    // An idle pooled connection that drops emits 'error'; the pool replaces it, so only keep it from crashing.
    if (ownsPool) pool.on('error', () => undefined)
  }

  async query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]> {
    try {
      const result = await this.pool.query(text, params as unknown[] | undefined)
      return result.rows as Row[]
    } catch (error) {
      throw translateConnectionFailure(error, this.location)
    }
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.#connect()
    const tx: SqlExecutor = {
      query: async <Row>(text: string, params?: readonly unknown[]) => {
        try {
          return (await client.query(text, params as unknown[] | undefined)).rows as Row[]
        } catch (error) {
          throw translateConnectionFailure(error, this.location)
        }
      },
    }
    let failure: unknown
    try {
      await client.query('BEGIN')
      const result = await work(tx)
      await client.query('COMMIT')
      return result
    } catch (error) {
      failure = error
      await client.query('ROLLBACK').catch(() => undefined)
      throw translateConnectionFailure(error, this.location)
    } finally {
      // A connection that failed for a network reason must not go back into the pool.
      client.release(isConnectionFailure(failure))
    }
  }

  async session(): Promise<SqlSession> {
    const client = await this.#connect()
    // A dropped connection emits 'error'; its next query fails, which is how the holder learns of it.
    client.on('error', () => undefined)
    return {
      shared: false,
      query: async <Row>(text: string, params?: readonly unknown[]) => {
        try {
          return (await client.query(text, params as unknown[] | undefined)).rows as Row[]
        } catch (error) {
          throw translateConnectionFailure(error, this.location)
        }
      },
      // Destroyed, not returned to the pool: ending the connection is what ends its session-level locks.
      release: async () => client.release(true),
    }
  }

  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    const client = await this.#connect()
    const onNotification = (message: pg.Notification) => {
      if (message.channel === channel) onNotify(message.payload ?? '')
    }
    let broken = false
    client.on('error', () => {
      broken = true
    })
    client.on('notification', onNotification)
    await client.query(`LISTEN ${channel}`)
    return async () => {
      client.off('notification', onNotification)
      if (!broken) await client.query(`UNLISTEN ${channel}`).catch(() => undefined)
      client.release(broken)
    }
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end()
  }

  async #connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect()
    } catch (error) {
      throw translateConnectionFailure(error, this.location)
    }
  }
}

const describeLocation = (options: pg.PoolConfig): string => {
  const fromUrl = options.connectionString ? parseUrl(options.connectionString) : undefined
  const host = options.host ?? fromUrl?.host ?? process.env.PGHOST ?? 'localhost'
  const port = options.port ?? fromUrl?.port ?? process.env.PGPORT ?? 5432
  const database = options.database ?? fromUrl?.database ?? process.env.PGDATABASE
  return `${host}:${port}${database ? ` (database ${database})` : ''}`
}

const parseUrl = (connectionString: string): { host?: string; port?: string; database?: string } | undefined => {
  try {
    const url = new URL(connectionString)
    return {
      host: url.hostname || undefined,
      port: url.port || undefined,
      database: decodeURIComponent(url.pathname.slice(1)) || undefined,
    }
  } catch {
    return undefined
  }
}
