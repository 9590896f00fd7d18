import { ConceptRefInput, StelUitInput } from '../commands'
import { conceptCommando } from './concept-commando'

/** R11: the concept is reviewed and may be invoiced. */
export const stelFactureerbaar = conceptCommando(ConceptRefInput, 'StelFactureerbaar', (input) => ({
  type: 'StelFactureerbaar',
  ...input,
}))

/** R11: the concept is not to be invoiced yet. */
export const stelNietFactureerbaar = conceptCommando(ConceptRefInput, 'StelNietFactureerbaar', (input) => ({
  type: 'StelNietFactureerbaar',
  ...input,
}))

/** R11: the concept is deferred, optionally until a date and with a reason. */
export const stelUit = conceptCommando(StelUitInput, 'StelUit', (input) => ({ type: 'StelUit', ...input }))
