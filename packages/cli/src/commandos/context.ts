import type { EventStore } from '@factuurstroom/eventsourcing'
import type { CliOmgeving } from '../omgeving'

/** What every command's wiring shares: the environment, the store it opens, the report printer, the exit code. */
export interface Commandocontext {
  readonly omgeving: CliOmgeving
  /** Opens the store the global options name, runs `werk` on it and closes it. */
  readonly metStore: <T>(werk: (store: EventStore) => Promise<T>) => Promise<T>
  /** Prints the report: as JSON with `--json`, else the text. */
  readonly print: (waarde: unknown, tekst: string) => void
  /** The exit code `run` resolves to, when not 0. */
  readonly zetExitcode: (code: number) => void
}
