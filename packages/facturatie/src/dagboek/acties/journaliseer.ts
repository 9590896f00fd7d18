import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { VraagJournalisering } from '../commands'
import type { DagboekEvent } from '../events'
import type { Dagboekuitkomst, Journaliseringsresultaat } from '../resultaten'
import type { DagboekWiring } from '../wiring'

/**
 * R30/R31 for input decoded already: journalises the invoice in the dagboek that numbered it (the credit dagboek
 * for a credit note) with the set-up in force; the same command id returns the first outcome.
 */
export const journaliseerVraag =
  (w: DagboekWiring) =>
  async (vraag: VraagJournalisering, context: CommandContext): Dagboekuitkomst<Journaliseringsresultaat> => {
    const { administratie, factuurId, integratiesoort, ...invoer } = vraag
    const instellingen = await w.inrichting.journaliseringsInrichting(
      administratie,
      integratiesoort,
      invoer.creditnota !== undefined,
    )
    if (isLeft(instellingen)) return instellingen
    const dagboek = instellingen.right.dagboek
    const vanDezeFactuur = (events: readonly DagboekEvent[]) =>
      events.some((e) => e.type === 'Gejournaliseerd' && e.data.factuurId === factuurId)
    return w.voerUit(
      administratie,
      dagboek,
      { type: 'Journaliseer', administratie, dagboek, factuurId, invoer, inrichting: instellingen.right },
      context,
      (_state, events, duplicate) => {
        const event = events.find((e) => e.type === 'Gejournaliseerd' && e.data.factuurId === factuurId)
        if (event?.type !== 'Gejournaliseerd') throw new Error(`No journaalpost for ${factuurId} after deciding`)
        const { journaalpost, openstaandePost, factuurnummer } = event.data
        return { dagboek, factuurnummer, journaalpost, openstaandePost, gejournaliseerd: event.data, duplicate }
      },
      vanDezeFactuur,
    )
  }

/** R30/R31: decodes the request, then journalises as `journaliseerVraag`; once per invoice. */
export const journaliseer = (w: DagboekWiring) => {
  const vraag = journaliseerVraag(w)
  return async (input: unknown, context: CommandContext): Dagboekuitkomst<Journaliseringsresultaat> => {
    const decoded = decodeWith(VraagJournalisering, 'Journaliseer', input)
    if (isLeft(decoded)) return decoded
    return vraag(decoded.right, context)
  }
}
