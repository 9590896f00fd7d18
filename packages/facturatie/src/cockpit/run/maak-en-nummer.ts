import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { FactuurCommand } from '../../factuur'
import { stap } from '../../gedeeld/stap'
import type { Nummervraag, Toegekendnummer } from '../poorten'
import type { CockpitServiceFout, GemaakteFactuur } from '../resultaten'
import type { CockpitWiring } from '../wiring'

/** The command that creates an invoice. */
export type MaakFactuur = Extract<FactuurCommand, { type: 'MaakFactuur' }>

/**
 * Creates (if needed) and numbers one invoice; every step is skipped when already done. `command` may be left out
 * only for an invoice that exists already.
 */
export const maakEnNummer = async (
  w: CockpitWiring,
  command: MaakFactuur | undefined,
  administratie: string,
  factuurId: string,
  context: CommandContext,
): Promise<Either<CockpitServiceFout, GemaakteFactuur>> => {
  let state = await w.laadFactuur(administratie, factuurId)
  if (!state.aangemaakt) {
    if (!command) throw new Error(`Factuur ${factuurId} should exist`)
    const gemaakt = await w.factuur(command, stap(context, `maak:${administratie}:${factuurId}`))
    // Another process made this staged invoice a moment ago: the same invoice, carry on with it.
    if (isLeft(gemaakt) && gemaakt.left.code !== 'FACTUUR_BESTAAT_AL') return gemaakt
    state = await w.laadFactuur(administratie, factuurId)
  }
  if (state.factuurnummer !== undefined) return right({ factuurId, factuurnummer: state.factuurnummer })
  const integratiesoort = state.integratiesoort
  if (!integratiesoort) throw new Error(`Factuur ${factuurId} has no integratiesoort`)
  const vraag = { administratie, integratiesoort, factuurId, creditnota: state.creditnota !== undefined }
  const nummer = await nummerFactuur(w, vraag, context)
  if (isLeft(nummer)) return nummer
  return right({ factuurId, factuurnummer: nummer.right })
}

/**
 * The dagboek's number and the invoice's `Gefactureerd` in one append when the port can decide without appending
 * (`beslisNummer`); otherwise the number first, then the invoice. Both steps keep their own command ids.
 */
const nummerFactuur = async (
  w: CockpitWiring,
  vraag: Nummervraag,
  context: CommandContext,
): Promise<Either<CockpitServiceFout, string>> => {
  const { administratie, factuurId } = vraag
  const nummering = w.deps.nummering
  const nummerContext = stap(context, `nummer:${administratie}:${factuurId}`)
  const factuurContext = stap(context, `gefactureerd:${administratie}:${factuurId}`)
  const registreer = (nummer: Toegekendnummer) =>
    ({ type: 'RegistreerFactuurnummer', administratie, factuurId, ...nummer }) as const
  if (!nummering.beslisNummer) {
    const nummer = await nummering.kenNummerToe(vraag, nummerContext)
    if (isLeft(nummer)) return nummer
    const gefactureerd = await w.factuur(registreer(nummer.right), factuurContext)
    return isLeft(gefactureerd) ? gefactureerd : right(nummer.right.factuurnummer)
  }
  const beslis = w.beslisFactuur(administratie, factuurId)
  const uitkomst = await nummering.beslisNummer(vraag, nummerContext, async (nummer, deel) => {
    const besluit = await beslis(registreer(nummer), factuurContext)
    if (isLeft(besluit)) return besluit
    await w.schrijfSamen(deel, besluit.right.deel)
    return right(nummer.factuurnummer)
  })
  return isLeft(uitkomst) ? uitkomst : uitkomst.right
}
