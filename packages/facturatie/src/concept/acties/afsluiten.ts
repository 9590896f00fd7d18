import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type ConceptRefInput, FactureerConceptInput, VerwijderConceptInput } from '../commands'
import type { ConceptWiring } from '../wiring'
import { conceptCommando } from './concept-commando'
import { geefSleutelVanGeslotenConceptVrij } from './sleutel'

const geefSleutelVrij = (w: ConceptWiring, input: ConceptRefInput, context: CommandContext) =>
  geefSleutelVanGeslotenConceptVrij(w, input.administratie, input.conceptId, context)

/** R1, R6–R12: invoices the concept into a ConceptGefactureerd hand-over; a closed concept frees its key. */
export const factureer = conceptCommando(
  FactureerConceptInput,
  'FactureerConcept',
  (input) => ({ type: 'FactureerConcept', ...input }),
  geefSleutelVrij,
)

/** R11: deletes the concept; its nacalculatie lines are free again and its key is released. */
export const verwijder = conceptCommando(
  VerwijderConceptInput,
  'VerwijderConcept',
  (input) => ({ type: 'VerwijderConcept', ...input }),
  geefSleutelVrij,
)
