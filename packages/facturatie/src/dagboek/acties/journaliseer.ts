import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { VraagJournalisering } from '../commands'
import type { DagboekEvent } from '../events'
import type { Dagboekuitkomst, Journaliseringsresultaat } from '../resultaten'
import type { DagboekWiring, Schrijf } from '../wiring'

/**
 * R30/R31 for input decoded already, deciding without appending: the invoice is journalised in the dagboek that
 * numbered it (the credit dagboek for a credit note) with the set-up in force; `schrijf` gets the outcome and the
 * dagboek's part (none for the first outcome of a repeated command id) and appends that part first, with what joins
 * it.
 */
export const beslisJournalisering = (w: DagboekWiring) => beslisJournaliseringMet(w, w.beslisUit)

/**
 * As `beslisJournalisering`, for a series (`DagboekWiring.reeks`): each invoice decided on the state the ones before
 * it leave, every part for the caller to append in order.
 */
export const journaliseringsreeks = (w: DagboekWiring) => () => beslisJournaliseringMet(w, w.reeks())

const beslisJournaliseringMet =
  (w: DagboekWiring, beslisUit: DagboekWiring['beslisUit']) =>
  async <R>(
    vraag: VraagJournalisering,
    context: CommandContext,
    schrijf: Schrijf<Journaliseringsresultaat, R>,
  ): Dagboekuitkomst<R> => {
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
    return beslisUit(
      administratie,
      dagboek,
      { type: 'Journaliseer', administratie, dagboek, factuurId, invoer, inrichting: instellingen.right },
      context,
      (_state, events, duplicate): Journaliseringsresultaat => {
        const event = events.find((e) => e.type === 'Gejournaliseerd' && e.data.factuurId === factuurId)
        if (event?.type !== 'Gejournaliseerd') throw new Error(`No journaalpost for ${factuurId} after deciding`)
        const { journaalpost, openstaandePost, factuurnummer } = event.data
        return { dagboek, factuurnummer, journaalpost, openstaandePost, gejournaliseerd: event.data, duplicate }
      },
      schrijf,
      vanDezeFactuur,
    )
  }

/**
 * R30/R31 for input decoded already: journalises the invoice in the dagboek that numbered it (the credit dagboek
 * for a credit note) with the set-up in force; the same command id returns the first outcome.
 */
export const journaliseerVraag = (w: DagboekWiring) => {
  const beslis = beslisJournalisering(w)
  return (vraag: VraagJournalisering, context: CommandContext): Dagboekuitkomst<Journaliseringsresultaat> =>
    beslis(vraag, context, w.schrijfZelf)
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
