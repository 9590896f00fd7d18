import type { Command } from 'commander'
import { isLeft } from 'fp-ts/lib/Either.js'
import { runDocument } from '../document'
import { EXIT } from '../omgeving'
import type { Commandocontext } from './context'

/** `document <factuurnummer> [--pdf] [--ubl]`: an invoice's PDF and/or UBL, rendered from its events. */
export const documentCommando = (
  program: Command,
  { omgeving, metStore, print, zetExitcode }: Commandocontext,
): void => {
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
          zetExitcode(EXIT.fout)
          return
        }
        print(r.right, r.right.bestanden.map((b) => `${b.soort}: ${b.bestand} (${b.bytes} bytes)`).join('\n'))
      }),
    )
}
