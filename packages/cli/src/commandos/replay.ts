import type { Command } from 'commander'
import { EXIT } from '../omgeving'
import { replayTekst } from '../rapport'
import { runReplay } from '../replay'
import { heeftTabellen, herbouwTabellen } from '../tabellen'
import { voortgangsbalk } from '../voortgang'
import type { Commandocontext } from './context'

/** `replay [--tables]`: rebuild every view, and with `--tables` the PostgreSQL view tables. */
export const replayCommando = (program: Command, { omgeving, metStore, print, zetExitcode }: Commandocontext): void => {
  program
    .command('replay')
    .description('rebuild every view from the log; progress bar with events/s and ETA on long runs')
    .option('--tables', 'also rebuild the PostgreSQL view tables of the store (--store or --pg)')
    .action((opties: { tables?: boolean }) =>
      metStore(async (store) => {
        if (opties.tables && !heeftTabellen(store)) {
          omgeving.stderr('replay --tables needs a PostgreSQL store: pass --store <directory> or --pg <url>\n')
          zetExitcode(EXIT.fout)
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
        if (!r.aansluiting.klopt) zetExitcode(EXIT.problemen)
      }),
    )
}
