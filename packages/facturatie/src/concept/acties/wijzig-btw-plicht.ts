import { type CommandContext, decodeWith, retryOnConflict } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { type ConceptCommand, WijzigBtwPlichtInput } from '../commands'
import { conceptDecider } from '../decide'
import { sleutelStreamId, sleutelVan } from '../sleutel'
import type { ConceptKop } from '../state'
import type { Resultaat } from '../uitkomst'
import type { ConceptWiring } from '../wiring'
import { claimSleutel, geefSleutelVrij, sleutelStand } from './sleutel'

/** R5: changes a concept's btw-plicht, only when no other active concept holds the new key. */
export const wijzigBtwPlicht =
  (w: ConceptWiring) =>
  async (input: unknown, context: CommandContext): Resultaat => {
    const decoded = decodeWith(WijzigBtwPlichtInput, 'WijzigBtwPlicht', input)
    if (isLeft(decoded)) return decoded
    const { administratie, conceptId, btwPlicht } = decoded.right
    const command: ConceptCommand = { type: 'WijzigBtwPlicht', ...decoded.right }
    const concept = await w.laadConcept(administratie, conceptId)
    const proef = conceptDecider.decide(command, concept.state)
    if (isLeft(proef) && !concept.eventsByCommandId.has(context.commandId)) return proef
    const kop = concept.state.kop as ConceptKop
    // The new key first: a concept never lets go of its key before it holds the next one.
    const nieuw = sleutelVan(kop, btwPlicht)
    if (nieuw !== undefined) {
      const claim = await retryOnConflict(sleutelStreamId(nieuw), w.retry, async () =>
        claimSleutel(w, await sleutelStand(w, administratie, nieuw), nieuw, conceptId, context),
      )
      if (isLeft(claim)) return claim
    }
    const gedaan = await w.opConcept(command, context)
    if (isLeft(gedaan)) return gedaan
    const oud = sleutelVan(kop, concept.state.btwPlicht as string)
    if (oud !== undefined && nieuw !== undefined && sleutelStreamId(oud) !== sleutelStreamId(nieuw)) {
      await geefSleutelVrij(w, oud, conceptId, context)
    }
    return gedaan
  }
