import type { EventStore } from '@factuurstroom/eventsourcing'
import { weergaven } from '@factuurstroom/facturatie'
import {
  PostgresEventStore,
  type ProjectionStatus,
  ProjectionWorker,
  type ProjectionWorkerEvent,
} from '@factuurstroom/store-postgres'

/** How `factuurstroom project` runs: once or following the log, how often it prints the lag, where it prints. */
export interface ProjectOptions {
  /** Catch up once and return, instead of following the log until `signal` aborts. */
  readonly once?: boolean
  readonly signal?: AbortSignal
  /** Print the lag this often while following (default 10 s). */
  readonly lagEveryMs?: number
  readonly paginagrootte?: number
  /** Receives every line the command prints (the worker's events and the lag). */
  readonly print: (line: string) => void
}

/** The projection worker `factuurstroom project` runs: every view table of the store, kept current. */
export const projectionWorker = (
  store: PostgresEventStore,
  options: Pick<ProjectOptions, 'paginagrootte' | 'print'>,
): ProjectionWorker =>
  new ProjectionWorker(store, weergaven.tabelProjecties(store, options.paginagrootte), {
    onEvent: (event) => options.print(describe(event)),
  })

const describe = (event: ProjectionWorkerEvent): string => {
  switch (event.type) {
    case 'acquired':
      return `${event.projection}: lease taken, this worker keeps it current`
    case 'rebuilt':
      return `${event.projection}: rebuilt from ${event.events} events (${event.from === undefined ? 'no recorded definition version' : `definition changed since ${event.from}`})`
    case 'caughtUp':
      return `${event.projection}: applied ${event.events} events`
    case 'lost':
      return `connection lost, leases given up: ${message(event.error)}`
    case 'failed':
      return `${event.projection ?? 'worker'}: failed, retrying: ${message(event.error)}`
  }
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** One line per projection: whether this worker keeps it current, and how many events and seconds it is behind. */
export const lagTekst = (statuses: readonly ProjectionStatus[]): string =>
  statuses
    .map(
      (s) =>
        `${s.name}: ${s.active ? 'active' : 'held by another worker'}, ${s.events} events and ${s.seconds.toFixed(1)} s behind`,
    )
    .join('\n')

/** True when the store can hold view tables and a worker: a PostgreSQL store (server or embedded). */
export const isPostgresStore = (store: EventStore): store is PostgresEventStore => store instanceof PostgresEventStore

/**
 * Runs the worker: once (catch up, report, return) or until `signal` aborts, printing the lag now and then.
 * Resolves to the final status of every view table.
 */
export const runProject = async (store: PostgresEventStore, options: ProjectOptions): Promise<ProjectionStatus[]> => {
  const worker = projectionWorker(store, options)
  try {
    if (options.once) {
      await worker.runOnce()
      return await worker.status()
    }
    worker.start()
    const signal = options.signal
    while (!signal?.aborted) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, options.lagEveryMs ?? 10_000)
        function done() {
          clearTimeout(timer)
          signal?.removeEventListener('abort', done)
          resolve()
        }
        signal?.addEventListener('abort', done, { once: true })
      })
      if (!signal?.aborted) options.print(lagTekst(await worker.status()))
    }
    return await worker.status()
  } finally {
    await worker.stop()
  }
}
