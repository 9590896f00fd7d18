import type { Conceptsleutel } from '../events'
import type { ConceptState } from '../state'
import type { ConceptWiring } from '../wiring'

/** The concept's folded state, for hosts and tests. */
export const laad =
  (w: ConceptWiring) =>
  async (administratie: string, conceptId: string): Promise<ConceptState> =>
    (await w.laadConcept(administratie, conceptId)).state

/** Which concept holds a key now (R3), read from the key stream itself. */
export const houderVan =
  (w: ConceptWiring) =>
  async (sleutel: Conceptsleutel): Promise<string | undefined> =>
    (await w.laadSleutel(sleutel)).state.houder
