import {
  type AppendPart,
  appendPart,
  type CommandContext,
  decisionEvents,
  decisionWarnings,
  decodeWith,
  foldEvents,
  retryOnConflict,
  traceCommand,
} from '@factuurstroom/eventsourcing'
import { isLeft, right } from 'fp-ts/lib/Either.js'
import { FactureerConceptInput } from '../commands'
import { conceptDecider } from '../decide'
import { conceptRegistry } from '../events'
import { conceptStreamId, sleutelDecider, sleutelRegistry, sleutelStreamId, sleutelVan } from '../sleutel'
import { type ConceptState, isActief } from '../state'
import { type Resultaat, uitkomst } from '../uitkomst'
import type { ConceptWiring } from '../wiring'
import { geefSleutelVanGeslotenConceptVrij } from './sleutel'

/**
 * R1, R6–R12: invoices the concept into a ConceptGefactureerd hand-over; a concept it closes frees its key (R3) in
 * the same append: the concept's events, then the key's, in one transaction where the store can. A repeated command
 * id, or a decision that writes nothing, frees the key on its own afterwards, as after a crash between the two
 * appends on a store without multi-stream appends.
 */
export const factureer =
  (w: ConceptWiring) =>
  async (input: unknown, context: CommandContext): Resultaat => {
    const decoded = decodeWith(FactureerConceptInput, 'FactureerConcept', input)
    if (isLeft(decoded)) return decoded
    const { administratie, conceptId } = decoded.right
    const streamId = conceptStreamId(administratie, conceptId)
    const command = { type: 'FactureerConcept', ...decoded.right } as const
    const poging = async () => {
      const concept = await w.laadConcept(administratie, conceptId)
      const eerder = concept.eventsByCommandId.get(context.commandId)
      if (eerder) return right({ uitkomst: uitkomst(conceptId, eerder, true), duplicate: true, sleutelGedaan: false })
      const decision = conceptDecider.decide(command, concept.state)
      if (isLeft(decision)) return decision
      const events = decisionEvents(decision.right)
      const gemaakt = uitkomst(conceptId, events, false, decisionWarnings(decision.right))
      if (events.length === 0) return right({ uitkomst: gemaakt, duplicate: false, sleutelGedaan: false })
      const sleutel = await sleutelVrijgave(w, foldEvents(conceptDecider, concept.state, events), conceptId, context)
      const keptIn = { decider: conceptDecider, cache: w.options.cache }
      const conceptDeel = appendPart(streamId, conceptRegistry, events, concept.expectedRevision, context, keptIn)
      await w.appendAtomisch(sleutel ? [conceptDeel, sleutel] : [conceptDeel])
      return right({ uitkomst: gemaakt, duplicate: false, sleutelGedaan: true })
    }
    // The command's span, as the command handler gives every other concept command.
    const gedaan = await traceCommand(streamId, command, (telPoging) =>
      retryOnConflict(streamId, w.retry, poging, telPoging),
    )
    if (isLeft(gedaan)) return gedaan
    if (!gedaan.right.sleutelGedaan) await geefSleutelVanGeslotenConceptVrij(w, administratie, conceptId, context)
    return right(gedaan.right.uitkomst)
  }

/** The key's part of the append when the invoiced concept `na` is closed and still holds its key; else none. */
const sleutelVrijgave = async (
  w: ConceptWiring,
  na: ConceptState,
  conceptId: string,
  context: CommandContext,
): Promise<AppendPart | undefined> => {
  if (na.kop === undefined || isActief(na)) return undefined
  const sleutel = sleutelVan(na.kop, na.btwPlicht as string)
  if (sleutel === undefined) return undefined
  const stand = await w.laadSleutel(sleutel)
  const vrij = sleutelDecider.decide({ type: 'GeefSleutelVrij', sleutel, conceptId }, stand.state)
  const events = isLeft(vrij) ? [] : decisionEvents(vrij.right)
  if (events.length === 0) return undefined
  const keptIn = { decider: sleutelDecider, cache: w.options.cache }
  return appendPart(sleutelStreamId(sleutel), sleutelRegistry, events, stand.expectedRevision, context, keptIn)
}
