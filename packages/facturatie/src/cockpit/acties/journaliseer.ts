import { type CommandContext, decodeWith, type HandledCommand } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { type FactuurEvent, type FactuurFout, huidigeOpdracht, magJournaliseren } from '../../factuur'
import { afgehandeld } from '../../gedeeld/beslisser'
import { Code, Datum } from '../../gedeeld/codecs'
import { stap } from '../../gedeeld/stap'
import type { Boeking, Journaliseringsvraag } from '../poorten'
import type { Cockpituitkomst } from '../resultaten'
import type { CockpitWiring } from '../wiring'

const Journaliseeropdracht = t.intersection([
  t.type({ administratie: Code, factuurId: Code }),
  t.partial({ boekdatum: Datum }),
])

/** R30: journalises the invoice in its integratie-dagboek, then freezes it. Twice is refused. */
export const journaliseer =
  (w: CockpitWiring) =>
  async (input: unknown, context: CommandContext): Cockpituitkomst<unknown> => {
    const decoded = decodeWith(Journaliseeropdracht, 'Journaliseer', input)
    if (isLeft(decoded)) return decoded
    const { administratie, factuurId, boekdatum } = decoded.right
    const vraag = await journaliseringsvraag(w, administratie, factuurId, boekdatum)
    if (isLeft(vraag)) return vraag
    return boek(w, vraag.right, context)
  }

/** What journalising the invoice asks of the port, as it stands now; refused when it may not be journalised. */
export const journaliseringsvraag = async (
  w: CockpitWiring,
  administratie: string,
  factuurId: string,
  boekdatum: string | undefined,
): Promise<Either<FactuurFout, Journaliseringsvraag>> => {
  const state = await w.laadFactuur(administratie, factuurId)
  const fout = magJournaliseren(state, factuurId)
  if (fout) return left(fout)
  const { btw, integratiesoort, factuurnummer } = state
  if (!btw || !integratiesoort || factuurnummer === undefined) throw new Error(`Factuur ${factuurId} is incomplete`)
  const opdracht = huidigeOpdracht(state)
  return right({
    administratie,
    factuurId,
    integratiesoort,
    opdracht,
    factuurnummer,
    boekdatum: boekdatum ?? opdracht.factuurdatum,
    btw,
    ...(state.creditnota ? { creditnota: state.creditnota } : {}),
  })
}

/** The invoice's command once the dagboek booked it. */
export const journaliseerFactuur = (
  { administratie, factuurId, boekdatum }: Journaliseringsvraag,
  { dagboek }: Boeking,
) => ({ type: 'JournaliseerFactuur', administratie, factuurId, dagboek, boekdatum }) as const

/** The dagboek's command id for the invoice: after a crash between the dagboek and the invoice a retry gets the first post. */
export const dagboekstap = (context: CommandContext, { administratie, factuurId }: Journaliseringsvraag) =>
  stap(context, `journaliseer:${administratie}:${factuurId}`)

/**
 * The dagboek's journaalpost and the invoice's `FactuurGejournaliseerd` in one append when the port can decide
 * without appending (`beslisJournaalpost`); otherwise the dagboek first, then the invoice.
 */
const boek = async (
  w: CockpitWiring,
  vraag: Journaliseringsvraag,
  context: CommandContext,
): Cockpituitkomst<HandledCommand<FactuurEvent>> => {
  const { administratie, factuurId } = vraag
  const journalisering = w.deps.journalisering
  const dagboekContext = dagboekstap(context, vraag)
  const journaliseer = (boeking: Boeking) => journaliseerFactuur(vraag, boeking)
  if (!journalisering.beslisJournaalpost) {
    const geboekt = await journalisering.journaliseer(vraag, dagboekContext)
    if (isLeft(geboekt)) return geboekt
    return w.factuur(journaliseer(geboekt.right), context)
  }
  const beslis = w.beslisFactuur(administratie, factuurId)
  const uitkomst = await journalisering.beslisJournaalpost(vraag, dagboekContext, async (boeking, deel) => {
    const besluit = await beslis(journaliseer(boeking), context)
    if (isLeft(besluit)) return besluit
    return right(afgehandeld(besluit.right, await w.schrijfSamen(deel, besluit.right.deel)))
  })
  return isLeft(uitkomst) ? uitkomst : uitkomst.right
}
