import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type ConceptRefInput, VerwijderConceptInput } from '../commands'
import type { ConceptWiring } from '../wiring'
import { conceptCommando } from './concept-commando'
import { geefSleutelVanGeslotenConceptVrij } from './sleutel'

const geefSleutelVrij = (w: ConceptWiring, input: ConceptRefInput, context: CommandContext) =>
  geefSleutelVanGeslotenConceptVrij(w, input.administratie, input.conceptId, context)

/** R11: deletes the concept; its nacalculatie lines are free again and its key is released. */
export const verwijder = conceptCommando(
  VerwijderConceptInput,
  'VerwijderConcept',
  (input) => ({ type: 'VerwijderConcept', ...input }),
  geefSleutelVrij,
)
