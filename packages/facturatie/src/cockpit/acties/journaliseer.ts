import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft, left } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { huidigeOpdracht, magJournaliseren } from '../../factuur'
import { Code, Datum } from '../../gedeeld/codecs'
import type { Cockpituitkomst } from '../resultaten'
import { stap } from '../run/stap'
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
    // One command id per invoice: after a crash between the dagboek and the invoice the retry gets the first post.
    const geboekt = await w.deps.journalisering.journaliseer(
      {
        administratie,
        factuurId,
        integratiesoort,
        opdracht,
        factuurnummer,
        boekdatum,
        btw,
        ...(state.creditnota ? { creditnota: state.creditnota } : {}),
      },
      stap(context, `journaliseer:${administratie}:${factuurId}`),
    )
    if (isLeft(geboekt)) return geboekt
    return w.factuur({ type: 'JournaliseerFactuur', administratie, factuurId, boekdatum, ...geboekt.right }, context)
  }
