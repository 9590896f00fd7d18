/**
 * The tiny surface the store needs from a database, so the same SQL runs on a PostgreSQL server (`pg`) and on
 * PGlite. Queries use `$1…` parameters and hold exactly one statement.
 */
export interface SqlExecutor {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>
}

/** One connection kept for session-level state (advisory locks); `release` ends the session and its locks. */
export interface SqlSession extends SqlExecutor {
  /**
   * True when the session is the whole database's only one (PGlite): session-level locks are then re-entrant for
   * every caller and cannot tell them apart.
   */
  readonly shared: boolean
  /** Ends the session; its session-level (advisory) locks end with it. */
  release(): Promise<void>
}

export interface SqlDatabase extends SqlExecutor {
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>
  /** A connection of its own for session-level state, held until released. */
  session(): Promise<SqlSession>
  /** Calls `onNotify` with the payload of every NOTIFY on `channel`; resolves to a function that stops listening. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>
  close(): Promise<void>
  /** Where the data lives, for error messages (host and port, or a directory). */
  readonly location: string
}
