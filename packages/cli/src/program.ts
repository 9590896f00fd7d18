import type { EventStore } from '@factuurstroom/eventsourcing'
import { Command, CommanderError, Option } from 'commander'
import { asOfCommando } from './commandos/as-of'
import type { Commandocontext } from './commandos/context'
import { documentCommando } from './commandos/document'
import { projectCommando } from './commandos/project'
import { replayCommando } from './commandos/replay'
import { traceCommando } from './commandos/trace'
import { verifyCommando } from './commandos/verify'
import { type CliOmgeving, EXIT } from './omgeving'
import { openStore, type StoreKeuze } from './store'

export { type CliOmgeving, EXIT } from './omgeving'

/**
 * Builds the `factuurstroom` program; `run` resolves to the exit code. Each command's options are wired in
 * `commandos/`, its logic lives in a `run*` function.
 */
export const maakProgramma = (omgeving: CliOmgeving) => {
  let code: number = EXIT.ok
  const program = new Command('factuurstroom')
    .description(
      'Audit a Factuurstroom event log: replay the views, verify it, trace an invoice, look as of a date; keep the view tables current.',
    )
    .addOption(new Option('--store <directory>', 'embedded store directory (PGlite)').env('FACTUURSTROOM_STORE'))
    .addOption(new Option('--pg <url>', 'PostgreSQL connection URL').env('FACTUURSTROOM_PG_URL'))
    .option('--schema <name>', 'PostgreSQL schema of the store')
    .option('--json', 'print the report as JSON')
    .exitOverride()
    .configureOutput({ writeOut: omgeving.stdout, writeErr: omgeving.stderr })

  const context: Commandocontext = {
    omgeving,
    metStore: async <T>(werk: (store: EventStore) => Promise<T>): Promise<T> => {
      const opts = program.opts<StoreKeuze & { json?: boolean }>()
      const store = await (omgeving.openStore ?? openStore)(opts)
      try {
        return await werk(store)
      } finally {
        await store.close()
      }
    },
    print: (waarde, tekst) =>
      omgeving.stdout(
        program.opts<{ json?: boolean }>().json === true
          ? JSON.stringify(waarde, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2)
          : tekst,
      ),
    zetExitcode: (nieuw) => {
      code = nieuw
    },
  }
  for (const commando of [
    replayCommando,
    verifyCommando,
    traceCommando,
    documentCommando,
    asOfCommando,
    projectCommando,
  ]) {
    commando(program, context)
  }

  return {
    program,
    /** Parses and runs `argv` (without node and script); resolves to the exit code and never rejects. */
    run: async (argv: readonly string[]): Promise<number> => {
      code = EXIT.ok
      try {
        await program.parseAsync([...argv], { from: 'user' })
        return code
      } catch (error) {
        if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.fout
        omgeving.stderr(error instanceof Error ? error.message : String(error))
        return EXIT.fout
      }
    },
  }
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export const main = (argv: readonly string[], omgeving: CliOmgeving): Promise<number> =>
  maakProgramma(omgeving).run(argv)
