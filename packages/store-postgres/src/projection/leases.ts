import type { SqlSession } from '../sql-executor'

// Leases taken through a shared session (PGlite), by database, schema and name: one session cannot tell holders apart.
const heldInProcess = new Set<string>()

/**
 * Leases on named projections, one per name across processes: a session-level advisory lock held by one connection
 * of the holder. When the holder dies, its connection ends and the server releases the lock, so a waiting worker's
 * next `tryAcquire` wins. The two-key form keeps these locks apart from the one-key transaction locks of a page.
 */
export class ProjectionLeases {
  readonly #held = new Set<string>()

  constructor(
    private readonly session: SqlSession,
    /** The store's quoted schema: part of the lock key (advisory locks are per database already). */
    private readonly schema: string,
    /** Where the database is, to tell embedded databases in one process apart. */
    private readonly location: string,
  ) {}

  /** Takes the lease on `name` when no one holds it; true when this holder has it (now or already). */
  async tryAcquire(name: string): Promise<boolean> {
    if (this.#held.has(name)) return true
    const key = `${this.location}|${this.schema}|${name}`
    if (this.session.shared) {
      // PGlite lives in this one process: the process-wide set is the whole truth.
      if (heldInProcess.has(key)) return false
      heldInProcess.add(key)
      this.#held.add(name)
      return true
    }
    const [row] = await this.session.query<{ acquired: boolean }>(
      'SELECT pg_try_advisory_lock(hashtext($1), hashtext($2)) AS acquired',
      [`factuurstroom-projection:${this.schema}`, name],
    )
    if (row?.acquired !== true) return false
    this.#held.add(name)
    return true
  }

  holds(name: string): boolean {
    return this.#held.has(name)
  }

  /** Throws when the session's connection is gone, which means its leases are gone too. */
  async assertAlive(): Promise<void> {
    await this.session.query('SELECT 1')
  }

  /** Gives every lease up and ends the session. */
  async release(): Promise<void> {
    if (this.session.shared)
      for (const name of this.#held) heldInProcess.delete(`${this.location}|${this.schema}|${name}`)
    this.#held.clear()
    await this.session.release()
  }
}
