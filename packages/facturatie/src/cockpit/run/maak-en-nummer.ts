import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, isRight, right } from 'fp-ts/lib/Either.js'
import type { FactuurCommand } from '../../factuur'
import { stap } from '../../gedeeld/stap'
import type { Nummervraag, Toegekendnummer } from '../poorten'
import type { CockpitServiceFout, GemaakteFactuur } from '../resultaten'
import type { CockpitWiring } from '../wiring'

/** The command that creates an invoice. */
export type MaakFactuur = Extract<FactuurCommand, { type: 'MaakFactuur' }>

/**
 * Creates (if needed) and numbers one invoice; every step is skipped when already done. `command` may be left out
 * only for an invoice that exists already. A new invoice is created and numbered in one append when the store
 * appends to several streams at once and the port can decide a number without appending (`beslisNummer`).
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
    if (w.multiStreamAppend && w.deps.nummering.beslisNummer) {
      const { integratiesoort, creditnota } = command
      const vraag = { administratie, integratiesoort, factuurId, creditnota: creditnota !== undefined }
      const nummer = await nummerFactuur(w, vraag, context, command)
      return isLeft(nummer) ? nummer : right({ factuurId, factuurnummer: nummer.right })
    }
    const gemaakt = await w.factuur(command, maakContext(context, administratie, factuurId))
    // Another process made this staged invoice a moment ago: the same invoice, carry on with it.
    if (isLeft(gemaakt) && !bestaatAl(gemaakt.left)) return gemaakt
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

const maakContext = (context: CommandContext, administratie: string, factuurId: string) =>
  stap(context, `maak:${administratie}:${factuurId}`)

const bestaatAl = (fout: CockpitServiceFout) => fout.code === 'FACTUUR_BESTAAT_AL'

/**
 * The dagboek's number and the invoice's `Gefactureerd` in one append when the port can decide without appending
 * (`beslisNummer`), with the invoice's `FactuurAangemaakt` before them when `maak` is given; otherwise the number
 * first, then the invoice. Every step keeps its own command id, so a retry of each is a duplicate.
 */
const nummerFactuur = async (
  w: CockpitWiring,
  vraag: Nummervraag,
  context: CommandContext,
  maak?: MaakFactuur,
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
  const beslisMaak = async () => maak && (await beslis(maak, maakContext(context, administratie, factuurId)))
  // The invoice is decided before its number is asked: an invoice refused consumes no number (R27).
  let eerste = await beslisMaak()
  if (eerste && isLeft(eerste) && !bestaatAl(eerste.left)) return eerste
  const uitkomst = await nummering.beslisNummer(vraag, nummerContext, async (nummer, deel) => {
    // Called again after a conflict: the invoice is then decided again, on its stream's new tail.
    const gemaakt = eerste ?? (await beslisMaak())
    eerste = undefined
    if (gemaakt && isLeft(gemaakt) && !bestaatAl(gemaakt.left)) return gemaakt
    const vorig = gemaakt && isRight(gemaakt) ? gemaakt.right : undefined
    const besluit =
      (vorig && beslis.beslisNa(vorig, registreer(nummer), factuurContext)) ??
      (await beslis(registreer(nummer), factuurContext))
    if (isLeft(besluit)) return besluit
    await w.schrijfSamen(deel, vorig?.deel, besluit.right.deel)
    return right(nummer.factuurnummer)
  })
  return isLeft(uitkomst) ? uitkomst : uitkomst.right
}
