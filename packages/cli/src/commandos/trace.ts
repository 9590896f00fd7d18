import type { Command } from 'commander'
import { alsCode } from '../argumenten'
import { EXIT } from '../omgeving'
import { traceTekst } from '../rapport'
import { runTrace } from '../trace'
import type { Commandocontext } from './context'

/** `trace <factuurnummer>`: from the journal line back to the nacalculatie; exit 1 when no invoice has the number. */
export const traceCommando = (program: Command, { omgeving, metStore, print, zetExitcode }: Commandocontext): void => {
  program
    .command('trace')
    .description('from the journal line back to the invoice, the concept, its lines and their nacalculatie')
    .argument('<factuurnummer>', 'the invoice number', alsCode)
    .action((factuurnummer: string) =>
      metStore(async (store) => {
        const r = await runTrace(store, factuurnummer)
        if (!r) {
          omgeving.stderr(`No invoice with number ${factuurnummer} in this log.`)
          zetExitcode(EXIT.problemen)
          return
        }
        print(r, traceTekst(r))
      }),
    )
}
