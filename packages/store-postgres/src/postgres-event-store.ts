import {
  type AppendResult,
  assertStorable,
  ChangeSignal,
  type CheckpointStore,
  catchUpSubscription,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  type RecordedEvent,
  StoreClosedError,
  type StreamAppend,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionHandler,
  streamIdProblem,
  traceAppend,
  traceAppends,
} from '@factuurstroom/eventsourcing'
import pg from 'pg'
import { appendEvents, appendNothing } from './append'
import { appendToStreams } from './append-to-streams'
import { PostgresCheckpointStore } from './checkpoint-store'
import { translateAppendRefusal } from './driver-errors'
import { appendedChannel, defaultSchema, quoteIdentifier } from './identifiers'
import { migrate } from './migrations'
import { PgDatabase } from './pg-database'
import { PgliteDatabase } from './pglite-database'
import { readAllPage, readStreamEvents } from './reads'
import type { SqlDatabase, SqlExecutor, SqlSession } from './sql-executor'

interface CommonOptions {
  /** PostgreSQL schema holding the store's tables; default `factuurstroom`. One schema, one independent store. */
  readonly schema?: string
  /** Run pending migrations when the store opens (default true); otherwise call `migrate()` yourself. */
  readonly migrateOnStart?: boolean
  /** How often a subscription polls when no notification arrives; default 1,000 ms. */
  readonly pollIntervalMs?: number
  /** Largest append accepted, in UTF-8 bytes of event data and metadata; default 1 MiB (EventStoreDB's). */
  readonly maxAppendBytes?: number
}

/** Options for a store on a PostgreSQL server: a connection string, or a pool the host owns. */
export interface PostgresConnectOptions extends CommonOptions {
  /** e.g. `postgres://user:password@host:5432/database`; ignored when `pool` is given. */
  readonly connectionString?: string
  /** A pool the host owns; `close()` leaves it open. */
  readonly pool?: pg.Pool
  /** Pool size when the store creates the pool; default 10. */
  readonly maxConnections?: number
}

/** Options for a store on embedded PGlite: a data directory, or memory only. */
export interface PostgresEmbeddedOptions extends CommonOptions {
  /** Directory for a durable database; omit for an in-memory one. */
  readonly dataDir?: string
}

/** A transaction on the store's database, for projection code that updates a view and its checkpoint together. */
export interface PostgresTransaction extends SqlExecutor {
  readonly checkpoints: CheckpointStore
  /** The store's schema, quoted for use in SQL text. */
  readonly schema: string
}

/** The event store on PostgreSQL: a server through `pg`, or embedded through PGlite, with the same SQL. */
export class PostgresEventStore implements EventStore {
  readonly #db: SqlDatabase
  readonly #schema: string
  readonly #s: string
  readonly #notifier: ChangeSignal
  readonly #maxAppendBytes: number | undefined
  readonly #subscriptions = new Set<Subscription>()
  #unlisten: Promise<() => Promise<void>> | undefined
  #closed = false
  #appendsSeen = 0

  private constructor(db: SqlDatabase, options: CommonOptions) {
    this.#db = db
    this.#schema = options.schema ?? defaultSchema
    this.#s = quoteIdentifier(this.#schema)
    this.#notifier = new ChangeSignal(options.pollIntervalMs ?? 1000)
    this.#maxAppendBytes = options.maxAppendBytes
  }

  /** Where the data lives (host and port, or a directory), as error messages name it. */
  get location(): string {
    return this.#db.location
  }

  /** Connects to a PostgreSQL server. Throws `StoreUnavailableError` naming host and port when it cannot. */
  static async connect(options: PostgresConnectOptions): Promise<PostgresEventStore> {
    const pool =
      options.pool ?? new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 })
    return PostgresEventStore.#open(new PgDatabase(pool, options.pool === undefined), options)
  }

  /** Opens an embedded PostgreSQL (PGlite): durable in `dataDir`, or in memory without one. */
  static async embedded(options: PostgresEmbeddedOptions = {}): Promise<PostgresEventStore> {
    return PostgresEventStore.#open(await PgliteDatabase.open(options.dataDir), options)
  }

  static async #open(db: SqlDatabase, options: CommonOptions): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(db, options)
    if (options.migrateOnStart ?? true) {
      try {
        await store.migrate()
      } catch (error) {
        await db.close().catch(() => undefined)
        throw error
      }
    }
    return store
  }

  /** Creates or upgrades the schema; throws `SchemaTooNewError` when a newer release has migrated it. */
  async migrate(): Promise<void> {
    await migrate(this.#db, this.#schema)
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    this.#assertOpen()
    assertStorable(streamId, events)
    return traceAppend('postgresql', streamId, events, async () => {
      try {
        return events.length === 0
          ? await appendNothing(this.#db, this.#s, streamId, expected)
          : await appendEvents(this.#db, this.#s, streamId, events, expected, this.#maxAppendBytes)
      } catch (error) {
        throw translateAppendRefusal(error, streamId)
      }
    })
  }

  /**
   * Appends to several streams in one statement, so one transaction: all or nothing, with the same revision checks,
   * locks and gap-safe global positions as `appendToStream`. The streams are locked in one fixed order first, so
   * writers naming overlapping streams in different orders wait for each other instead of deadlocking.
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    this.#assertOpen()
    if (appends.length === 0) return []
    return traceAppends('postgresql', appends, async () => {
      try {
        return await appendToStreams(this.#db, this.#s, appends, this.#maxAppendBytes)
      } catch (error) {
        throw translateAppendRefusal(error, appends.map((part) => part.streamId).join(', '))
      }
    })
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    this.#assertOpen()
    // A stream no store can hold does not exist; PostgreSQL would refuse the id as a parameter.
    if (streamIdProblem(streamId) !== undefined) return []
    return readStreamEvents(this.#db, this.#s, streamId, options)
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    this.#assertOpen()
    return readAllPage(this.#db, this.#s, options.after, options.maxCount ?? 1000)
  }

  subscribeToAll(handler: SubscriptionHandler, options: SubscribeOptions = {}): Subscription {
    this.#assertOpen()
    this.#listen()
    const subscription = catchUpSubscription(
      {
        readPage: (after, maxCount) => readAllPage(this.#db, this.#s, after, maxCount),
        waitForChange: (signal) => this.#notifier.wait(signal),
      },
      handler,
      options,
    )
    this.#subscriptions.add(subscription)
    subscription.done.finally(() => this.#subscriptions.delete(subscription)).catch(() => undefined)
    return subscription
  }

  /**
   * Resolves when an append to this store's schema is notified (LISTEN/NOTIFY), after the poll interval in any case,
   * or when `signal` aborts: what a process that reads the log itself (a projection worker) waits on.
   */
  waitForAppend(signal: AbortSignal, seen?: number): Promise<void> {
    this.#assertOpen()
    this.#listen()
    // A notification that came while the caller was busy reading would otherwise be slept through.
    if (seen !== undefined && seen !== this.#appendsSeen) return Promise.resolve()
    return this.#notifier.wait(signal)
  }

  /** How many append notifications this store has received: pass it to `waitForAppend` after reading the log. */
  get appendsSeen(): number {
    return this.#appendsSeen
  }

  /** A connection of its own, for session-level state such as advisory locks; release it to end the session. */
  session(): Promise<SqlSession> {
    this.#assertOpen()
    return this.#db.session()
  }

  /** Checkpoints kept in this store's database, each save committed on its own. */
  checkpoints(): CheckpointStore {
    return new PostgresCheckpointStore(this.#db, this.#s)
  }

  /** Runs `work` in one database transaction: a view update and its checkpoint commit or roll back together. */
  async withTransaction<T>(work: (tx: PostgresTransaction) => Promise<T>): Promise<T> {
    this.#assertOpen()
    return this.#db.transaction((tx) =>
      work({
        query: (text, params) => tx.query(text, params),
        checkpoints: new PostgresCheckpointStore(tx, this.#s),
        schema: this.#s,
      }),
    )
  }

  /** Stops subscriptions, stops listening and, unless the host owns the pool, closes the connections. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.stop()))
    if (this.#unlisten) await (await this.#unlisten)()
    await this.#db.close()
  }

  #listen(): void {
    this.#unlisten ??= this.#db
      .listen(appendedChannel, (payload) => {
        if (payload !== this.#schema) return
        this.#appendsSeen++
        this.#notifier.wake()
      })
      // Without a listening connection subscribers still poll.
      .catch(() => async () => undefined)
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreClosedError(`PostgresEventStore (${this.#db.location}, schema ${this.#schema})`)
  }
}
