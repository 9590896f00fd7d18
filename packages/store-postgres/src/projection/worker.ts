import type { PostgresEventStore } from '../postgres-event-store'
import { type ProjectionLag, projectionLag } from './lag'
import { ProjectionLeases } from './leases'
import { ensureVersionTable, loadVersion, saveVersion } from './versions'

/** Looks after a notification that found nothing visible yet: at 5, 10, 20, 40, 80, 160 and 320 ms. */
const HORIZON_RETRIES = 7

const delay = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })

/** A projection the worker keeps current: tables fed from the log, with a checkpoint that commits with their rows. */
export interface ProjectionTarget {
  /** Its checkpoint's name, which is also the name of its lease and of its recorded definition version. */
  readonly name: string
  /** The version of its definition; when the recorded one differs, the worker rebuilds before catching up. */
  readonly version: string
  /** Applies the log from the checkpoint to its end; resolves to the number of events passed. */
  catchUp(): Promise<number>
  /** Recreates the tables for the current definition and applies the log from its start. */
  rebuild(): Promise<number>
}

/**
 * How often the worker looks is the store's business: a waiting worker tries the leases, and an active one reads the
 * log, on every append notification and at least every poll interval of the store (its `pollIntervalMs`).
 */
export interface ProjectionWorkerOptions {
  /** Told of everything the worker does; errors included, after which it retries on the next round. */
  readonly onEvent?: (event: ProjectionWorkerEvent) => void
}

/** What the worker reports to `onEvent`: a lease acquired or lost, a projection rebuilt or caught up, a failure. */
export type ProjectionWorkerEvent =
  | { readonly type: 'acquired'; readonly projection: string }
  | { readonly type: 'rebuilt'; readonly projection: string; readonly events: number; readonly from?: string }
  | { readonly type: 'caughtUp'; readonly projection: string; readonly events: number }
  | { readonly type: 'lost'; readonly error: unknown }
  | { readonly type: 'failed'; readonly projection?: string; readonly error: unknown }

export interface ProjectionStatus extends ProjectionLag {
  readonly name: string
  /** This worker holds the lease and keeps the projection current. */
  readonly active: boolean
}

/**
 * Keeps projections current from a PostgreSQL store: for each one it takes the lease (at most one active worker per
 * projection across processes; the others wait and take over when the holder dies), rebuilds it when its definition
 * version changed, catches up from its checkpoint, then follows the log, waking on every append notification.
 */
export class ProjectionWorker {
  readonly #abort = new AbortController()
  #loop: Promise<void> | undefined
  #leases: ProjectionLeases | undefined
  #schema: string | undefined
  readonly #caughtUp = new Set<string>()
  readonly #following = new Map<string, Promise<void>>()
  #rebuilding: Promise<void> = Promise.resolve()

  constructor(
    private readonly store: PostgresEventStore,
    readonly targets: readonly ProjectionTarget[],
    private readonly options: ProjectionWorkerOptions = {},
  ) {
    const names = new Set(targets.map((t) => t.name))
    if (names.size !== targets.length) throw new Error('ProjectionWorker: two targets share a name')
  }

  /** Starts the loop; `stop()` ends it. */
  start(): this {
    this.#loop ??= this.#run()
    return this
  }

  /**
   * One round for a caller that does not follow the log (a one-off catch-up): takes the free leases, rebuilds or
   * catches up what it holds, and resolves to the names it kept current. Leases stay held until `stop()`.
   */
  async runOnce(): Promise<string[]> {
    const held = await this.#acquire()
    await Promise.all(held.map((target) => this.#keepCurrent(target)))
    return held.map((t) => t.name)
  }

  /** Resolves once every projection this worker holds has caught up at least once, or after `signal` aborts. */
  async caughtUp(signal?: AbortSignal): Promise<void> {
    while (!signal?.aborted && !this.#abort.signal.aborted) {
      const held = this.targets.filter((t) => this.#leases?.holds(t.name))
      if (held.length > 0 && held.every((t) => this.#caughtUp.has(t.name))) return
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  /** Per projection: whether this worker is the active one, and how far the projection is behind the log. */
  async status(): Promise<ProjectionStatus[]> {
    return this.store.withTransaction(async (tx) => {
      const statuses: ProjectionStatus[] = []
      for (const t of this.targets) {
        const lag = await projectionLag(tx, tx.schema, t.name)
        statuses.push({ name: t.name, active: this.#leases?.holds(t.name) ?? false, ...lag })
      }
      return statuses
    })
  }

  /** Ends the loop and gives up the leases (another worker takes over on its next try). */
  async stop(): Promise<void> {
    this.#abort.abort()
    await this.#loop
    await Promise.all(this.#following.values())
    await this.#dropLeases()
  }

  /** Tries the leases it lacks on every append notification (or poll); follows each projection it holds on its own. */
  async #run(): Promise<void> {
    const signal = this.#abort.signal
    while (!signal.aborted) {
      for (const target of await this.#acquire()) {
        if (!this.#following.has(target.name)) {
          const following = this.#follow(target).finally(() => this.#following.delete(target.name))
          this.#following.set(target.name, following)
        }
      }
      if (!signal.aborted) await this.store.waitForAppend(signal)
    }
  }

  /** Keeps one projection current while this worker holds its lease: one waiting on a lock holds no other back. */
  async #follow(target: ProjectionTarget): Promise<void> {
    const signal = this.#abort.signal
    let notified = false
    let retries = 0
    while (!signal.aborted && this.#leases?.holds(target.name)) {
      const seen = this.store.appendsSeen
      const events = await this.#keepCurrent(target)
      if (signal.aborted) return
      // Notified but nothing to read: the append sits behind a transaction still open (the gap-safe horizon), which
      // sends no notification when it ends. Look again soon rather than at the next poll.
      if (notified && events === 0 && retries < HORIZON_RETRIES) {
        await delay(5 * 2 ** retries++, signal)
        continue
      }
      retries = 0
      await this.store.waitForAppend(signal, seen)
      notified = this.store.appendsSeen !== seen
    }
  }

  /** Checks the lease session is alive, takes the free leases, and returns the projections this worker holds. */
  async #acquire(): Promise<ProjectionTarget[]> {
    let leases: ProjectionLeases
    try {
      leases = await this.#ensureLeases()
      await leases.assertAlive()
    } catch (error) {
      await this.#dropLeases()
      this.options.onEvent?.({ type: 'lost', error })
      return []
    }
    const held: ProjectionTarget[] = []
    for (const target of this.targets) {
      if (this.#abort.signal.aborted) break
      try {
        if (!leases.holds(target.name)) {
          if (!(await leases.tryAcquire(target.name))) continue
          this.options.onEvent?.({ type: 'acquired', projection: target.name })
        }
        held.push(target)
      } catch (error) {
        this.options.onEvent?.({ type: 'failed', projection: target.name, error })
      }
    }
    return held
  }

  /** Rebuilds if needed and catches up; resolves to the events passed (0 after a failure, which it reports). */
  async #keepCurrent(target: ProjectionTarget): Promise<number> {
    try {
      if (!this.#caughtUp.has(target.name)) await this.#rebuildIfChanged(target)
      const events = await target.catchUp()
      this.#caughtUp.add(target.name)
      if (events > 0) this.options.onEvent?.({ type: 'caughtUp', projection: target.name, events })
      return events
    } catch (error) {
      this.options.onEvent?.({ type: 'failed', projection: target.name, error })
      return 0
    }
  }

  /** Rebuilds run one at a time: they create and drop tables, and projections may share some (PostgreSQL's
   * `CREATE TABLE IF NOT EXISTS` is not safe against a concurrent one). */
  #rebuildIfChanged(target: ProjectionTarget): Promise<void> {
    const next = this.#rebuilding.then(() => this.#rebuildIfChangedNow(target))
    this.#rebuilding = next.catch(() => undefined)
    return next
  }

  async #rebuildIfChangedNow(target: ProjectionTarget): Promise<void> {
    const schema = await this.#schemaName()
    const recorded = await this.store.withTransaction((tx) => loadVersion(tx, schema, target.name))
    if (recorded === target.version) return
    const events = await target.rebuild()
    // Recorded only after the rebuild: a worker that dies half-way leaves the old version, and the next one rebuilds.
    await this.store.withTransaction((tx) => saveVersion(tx, schema, target.name, target.version))
    this.options.onEvent?.({
      type: 'rebuilt',
      projection: target.name,
      events,
      ...(recorded === undefined ? {} : { from: recorded }),
    })
  }

  async #schemaName(): Promise<string> {
    this.#schema ??= await this.store.withTransaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['factuurstroom-projection-versions'])
      await ensureVersionTable(tx, tx.schema)
      return tx.schema
    })
    return this.#schema
  }

  async #ensureLeases(): Promise<ProjectionLeases> {
    if (this.#leases) return this.#leases
    const session = await this.store.session()
    this.#leases = new ProjectionLeases(session, await this.#schemaName(), this.store.location)
    return this.#leases
  }

  async #dropLeases(): Promise<void> {
    const leases = this.#leases
    this.#leases = undefined
    this.#caughtUp.clear()
    await leases?.release().catch(() => undefined)
  }
}
