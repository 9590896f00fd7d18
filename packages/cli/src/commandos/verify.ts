import type { Command } from 'commander'
import { EXIT } from '../omgeving'
import { verifyTekst } from '../rapport'
import { runVerify } from '../verify'
import { voortgangsbalk } from '../voortgang'
import type { Commandocontext } from './context'

/** `verify [--seal] [--no-hash-chains]`: every check over the log; exit 1 when one fails. */
export const verifyCommando = (program: Command, { omgeving, metStore, print, zetExitcode }: Commandocontext): void => {
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
        if (!r.ok) zetExitcode(EXIT.problemen)
      }),
    )
}
