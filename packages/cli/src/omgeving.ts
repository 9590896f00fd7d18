import type { EventStore } from '@factuurstroom/eventsourcing'
import type { StoreKeuze } from './store'

/** Exit codes: 0 all well, 1 the audit found problems (or nothing to trace), 2 wrong usage or the store failed. */
export const EXIT = { ok: 0, problemen: 1, fout: 2 } as const

/** What the CLI talks to: where its output goes and, for tests and hosts, how it opens the store and when it stops. */
export interface CliOmgeving {
  /** Receives reports and JSON (one call per printed block). */
  readonly stdout: (tekst: string) => void
  /** Receives errors, warnings and the progress bar. */
  readonly stderr: (tekst: string) => void
  /** Injected in tests (an in-memory store); by default `--store`/`--pg`. */
  readonly openStore?: (keuze: StoreKeuze) => Promise<EventStore>
  /** Ends a following `project` (default: SIGINT or SIGTERM). */
  readonly stop?: AbortSignal
  /** Whether to draw a progress bar (default: stderr is a terminal). */
  readonly voortgang?: boolean
}
