import type { EventStore } from '@factuurstroom/eventsourcing'
import type { Command } from 'commander'
import { EXIT } from '../omgeving'
import { isPostgresStore, lagTekst, runProject } from '../project'
import type { Commandocontext } from './context'

interface ProjectOpties {
  once?: boolean
  lagEvery: string
  pageSize: string
}

/** `project [--once]`: keep the PostgreSQL view tables current; with `--once`, exit 1 while any table lags. */
export const projectCommando = (program: Command, context: Commandocontext): void => {
  program
    .command('project')
    .description(
      'keep the PostgreSQL view tables current: catch up from each checkpoint, then follow the log (one active worker per table across processes; others wait and take over)',
    )
    .option('--once', 'catch up once and exit instead of following the log')
    .option('--lag-every <seconds>', 'while following, print the lag this often', '10')
    .option('--page-size <events>', 'events applied per transaction', '1000')
    .action((opties: ProjectOpties) => context.metStore((store) => project(store, opties, context)))
}

const project = async (
  store: EventStore,
  opties: ProjectOpties,
  { omgeving, print, zetExitcode }: Commandocontext,
): Promise<void> => {
  const fout = (melding: string) => {
    omgeving.stderr(melding)
    zetExitcode(EXIT.fout)
  }
  if (!isPostgresStore(store)) return fout('project needs a PostgreSQL store: pass --store <directory> or --pg <url>\n')
  const lagEveryMs = Number(opties.lagEvery) * 1000
  if (!Number.isFinite(lagEveryMs) || lagEveryMs <= 0) {
    return fout(`--lag-every must be a positive number of seconds, not '${opties.lagEvery}'\n`)
  }
  const paginagrootte = Number(opties.pageSize)
  if (!Number.isInteger(paginagrootte) || paginagrootte <= 0) {
    return fout(`--page-size must be a positive whole number of events, not '${opties.pageSize}'\n`)
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
    if (opties.once && status.some((s) => !s.active || s.events > 0)) zetExitcode(EXIT.problemen)
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
  }
}
