import type { Command } from 'commander'
import { alsCode, alsPositie } from '../argumenten'
import { AS_OF_VIEWS, type AsOfView, runAsOf } from '../as-of'
import { asOfTekst } from '../rapport'
import type { Commandocontext } from './context'

/** `as-of <date> <view>`: a view as it stood then, optionally as one medewerker saw it (R12). */
export const asOfCommando = (program: Command, { metStore, print }: Commandocontext): void => {
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
}
