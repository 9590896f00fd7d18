import type { EventStore, RecordedEvent } from '@factuurstroom/eventsourcing'
import { Presets, SingleBar } from 'cli-progress'
import { Command, CommanderError, Option } from 'commander'
import { isLeft } from 'fp-ts/lib/Either.js'
import { alsCode, alsPositie } from './argumenten'
import { AS_OF_VIEWS, type AsOfView, runAsOf } from './as-of'
import { runDocument } from './document'
import { telEvents } from './log'
import { isPostgresStore, lagTekst, runProject } from './project'
import { asOfTekst, replayTekst, traceTekst, verifyTekst } from './rapport'
import { runReplay } from './replay'
import { openStore, type StoreKeuze } from './store'
import { heeftTabellen, herbouwTabellen } from './tabellen'
import { runTrace } from './trace'
import { runVerify } from './verify'

/** Exit codes: 0 all well, 1 the audit found problems (or nothing to trace), 2 wrong usage or the store failed. */
export const EXIT = { ok: 0, problemen: 1, fout: 2 } as const

export interface CliOmgeving {
  readonly stdout: (tekst: string) => void
  readonly stderr: (tekst: string) => void
  /** Injected in tests (an in-memory store); by default `--store`/`--pg`. */
  readonly openStore?: (keuze: StoreKeuze) => Promise<EventStore>
  /** Ends a following `project` (default: SIGINT or SIGTERM). */
  readonly stop?: AbortSignal
  /** Whether to draw a progress bar (default: stderr is a terminal). */
  readonly voortgang?: boolean
}

/** A progress bar with events/s and ETA, for runs over more than `vanaf` events. */
const voortgangsbalk = async (store: EventStore, omgeving: CliOmgeving, vanaf = 10_000) => {
  if (!(omgeving.voortgang ?? process.stderr.isTTY)) return undefined
  const totaal = await telEvents(store)
  if (totaal < vanaf) return undefined
  const balk = new SingleBar(
    {
      format: '{bar} {percentage}% | {value}/{total} events | {snelheid} events/s | ETA {eta_formatted}',
      etaBuffer: 50,
    },
    Presets.shades_classic,
  )
  const start = performance.now()
  balk.start(totaal, 0, { snelheid: 0 })
  return {
    bij: (_e: RecordedEvent, n: number) => {
      if (n % 1000 === 0 || n === totaal) {
        balk.update(n, { snelheid: Math.round(n / ((performance.now() - start) / 1000 || 1)) })
      }
    },
    stop: () => balk.stop(),
  }
}

/** Builds the `factuurstroom` program; `run` resolves to the exit code. Command logic lives in `run*` functions. */
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

  const metStore = async <T>(werk: (store: EventStore) => Promise<T>): Promise<T> => {
    const opts = program.opts<StoreKeuze & { json?: boolean }>()
    const store = await (omgeving.openStore ?? openStore)(opts)
    try {
      return await werk(store)
    } finally {
      await store.close()
    }
  }
  const json = (): boolean => program.opts<{ json?: boolean }>().json === true
  const print = (waarde: unknown, tekst: string) =>
    omgeving.stdout(json() ? JSON.stringify(waarde, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2) : tekst)

  program
    .command('replay')
    .description('rebuild every view from the log; progress bar with events/s and ETA on long runs')
    .option('--tables', 'also rebuild the PostgreSQL view tables of the store (--store or --pg)')
    .action((opties: { tables?: boolean }) =>
      metStore(async (store) => {
        if (opties.tables && !heeftTabellen(store)) {
          omgeving.stderr('replay --tables needs a PostgreSQL store: pass --store <directory> or --pg <url>\n')
          code = EXIT.fout
          return
        }
        const balk = await voortgangsbalk(store, omgeving)
        const r = await runReplay(store, balk ? { onEvent: balk.bij } : {})
        balk?.stop()
        const tabellen = opties.tables && heeftTabellen(store) ? await herbouwTabellen(store) : []
        const { view: _view, ...zonderView } = r
        print(
          { ...zonderView, tabellen },
          replayTekst(r) + tabellen.map((t) => `\ntable ${t.tabel}: rebuilt from ${t.events} events`).join(''),
        )
        if (!r.aansluiting.klopt) code = EXIT.problemen
      }),
    )

  program
    .command('verify')
    .description('check numbering, balance, reconciliation, concept lines and hash chains; non-zero exit on failure')
    .option('--seal', 'append a seal of the running hash when everything is intact')
    .option('--no-hash-chains', 'skip the hash chains (a log written without HashChainingEventStore)')
    .action((opties: { seal?: boolean; hashChains: boolean }) =>
      metStore(async (store) => {
        const balk = await voortgangsbalk(store, omgeving)
        const r = await runVerify(store, {
          seal: opties.seal === true,
          zonderHashketens: !opties.hashChains,
          ...(balk ? { onEvent: balk.bij } : {}),
        })
        balk?.stop()
        print(r, verifyTekst(r))
        if (!r.ok) code = EXIT.problemen
      }),
    )

  program
    .command('trace')
    .description('from the journal line back to the invoice, the concept, its lines and their nacalculatie')
    .argument('<factuurnummer>', 'the invoice number', alsCode)
    .action((factuurnummer: string) =>
      metStore(async (store) => {
        const r = await runTrace(store, factuurnummer)
        if (!r) {
          omgeving.stderr(`No invoice with number ${factuurnummer} in this log.`)
          code = EXIT.problemen
          return
        }
        print(r, traceTekst(r))
      }),
    )

  program
    .command('document')
    .description('the PDF and/or UBL (Peppol BIS 3) of an invoice, rendered from its events')
    .argument('<factuurnummer>')
    .option('--pdf <file>', 'write the PDF here')
    .option('--ubl <file>', 'write the UBL XML here')
    .option('--administratie <code>', 'when two administraties used the number')
    .action((factuurnummer: string, opties: { pdf?: string; ubl?: string; administratie?: string }) =>
      metStore(async (store) => {
        const r = await runDocument(store, factuurnummer, opties)
        if (isLeft(r)) {
          omgeving.stderr(`${r.left.melding}\n`)
          code = EXIT.fout
          return
        }
        print(r.right, r.right.bestanden.map((b) => `${b.soort}: ${b.bestand} (${b.bytes} bytes)`).join('\n'))
      }),
    )

  program
    .command('as-of')
    .description(
      `a view as it stood at a date (YYYY-MM-DD, end of day UTC) or instant; views: ${AS_OF_VIEWS.join(', ')}`,
    )
    .argument('<date>')
    .argument('<view>')
    .option(
      '--als <medewerker>',
      'R12: only relaties this medewerker was (hoofd)declarant of then; default all (auditor)',
    )
    .option('--administratie <code>', 'only this administratie', alsCode)
    .option('--relatie <nummer>', 'only this relatie', alsCode)
    .option('--position <n>', 'stop at this global position instead of the date', alsPositie)
    .action(
      (
        moment: string,
        view: string,
        opties: { als?: string; administratie?: string; relatie?: string; position?: string },
      ) =>
        metStore(async (store) => {
          const r = await runAsOf(store, moment, view as AsOfView, {
            ...(opties.als ? { als: opties.als } : {}),
            ...(opties.administratie ? { administratie: opties.administratie } : {}),
            ...(opties.relatie ? { relatie: opties.relatie } : {}),
            ...(opties.position ? { positie: BigInt(opties.position) } : {}),
          })
          print(r, asOfTekst(r))
        }),
    )

  program
    .command('project')
    .description(
      'keep the PostgreSQL view tables current: catch up from each checkpoint, then follow the log (one active worker per table across processes; others wait and take over)',
    )
    .option('--once', 'catch up once and exit instead of following the log')
    .option('--lag-every <seconds>', 'while following, print the lag this often', '10')
    .option('--page-size <events>', 'events applied per transaction', '1000')
    .action((opties: { once?: boolean; lagEvery: string; pageSize: string }) =>
      metStore(async (store) => {
        if (!isPostgresStore(store)) {
          omgeving.stderr('project needs a PostgreSQL store: pass --store <directory> or --pg <url>\n')
          code = EXIT.fout
          return
        }
        const lagEveryMs = Number(opties.lagEvery) * 1000
        if (!Number.isFinite(lagEveryMs) || lagEveryMs <= 0) {
          omgeving.stderr(`--lag-every must be a positive number of seconds, not '${opties.lagEvery}'\n`)
          code = EXIT.fout
          return
        }
        const paginagrootte = Number(opties.pageSize)
        if (!Number.isInteger(paginagrootte) || paginagrootte <= 0) {
          omgeving.stderr(`--page-size must be a positive whole number of events, not '${opties.pageSize}'\n`)
          code = EXIT.fout
          return
        }
        const stop = new AbortController()
        const onSignal = () => stop.abort()
        process.once('SIGINT', onSignal).once('SIGTERM', onSignal)
        try {
          const status = await runProject(store, {
            once: opties.once === true,
            signal: omgeving.stop ?? stop.signal,
            lagEveryMs,
            paginagrootte,
            print: (regel) => omgeving.stdout(regel),
          })
          print(status, lagTekst(status))
          if (opties.once && status.some((s) => !s.active || s.events > 0)) code = EXIT.problemen
        } finally {
          process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
        }
      }),
    )

  return {
    program,
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
