import { type CommandContext, decodeWith, type HandledCommand } from '@factuurstroom/eventsourcing'
import { isLeft, left, right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { type FactuurEvent, huidigeOpdracht, magJournaliseren } from '../../factuur'
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
    const { administratie, factuurId } = decoded.right
    const state = await w.laadFactuur(administratie, factuurId)
    const fout = magJournaliseren(state, factuurId)
    if (fout) return left(fout)
    const { btw, integratiesoort, factuurnummer } = state
    if (!btw || !integratiesoort || factuurnummer === undefined) throw new Error(`Factuur ${factuurId} is incomplete`)
    const opdracht = huidigeOpdracht(state)
    const boekdatum = decoded.right.boekdatum ?? opdracht.factuurdatum
    const vraag: Journaliseringsvraag = {
      administratie,
      factuurId,
      integratiesoort,
      opdracht,
      factuurnummer,
      boekdatum,
      btw,
      ...(state.creditnota ? { creditnota: state.creditnota } : {}),
    }
    return boek(w, vraag, context)
  }

/**
 * The dagboek's journaalpost and the invoice's `FactuurGejournaliseerd` in one append when the port can decide
 * without appending (`beslisJournaalpost`); otherwise the dagboek first, then the invoice.
 */
const boek = async (
  w: CockpitWiring,
  vraag: Journaliseringsvraag,
  context: CommandContext,
): Cockpituitkomst<HandledCommand<FactuurEvent>> => {
  const { administratie, factuurId, boekdatum } = vraag
  const journalisering = w.deps.journalisering
  // One command id per invoice: after a crash between the dagboek and the invoice the retry gets the first post.
  const dagboekContext = stap(context, `journaliseer:${administratie}:${factuurId}`)
  const journaliseer = ({ dagboek }: Boeking) =>
    ({ type: 'JournaliseerFactuur', administratie, factuurId, dagboek, boekdatum }) as const
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
