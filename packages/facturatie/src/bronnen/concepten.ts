import * as t from 'io-ts'
import { Code } from '../gedeeld/codecs'
import { Factuuropdracht, FactuurregelHerkomst } from '../gedeeld/factuuropdracht'

/**
 * A concept's hand-over (the data of `ConceptGefactureerd`, R1): the invoice as the concept made it, its factuurId,
 * and per printed line the conceptregels it totals.
 */
export const Conceptfactuur = t.type({
  administratie: Code,
  conceptId: Code,
  factuurId: Code,
  factuuropdracht: Factuuropdracht,
  herkomst: t.array(FactuurregelHerkomst),
})
export type Conceptfactuur = t.TypeOf<typeof Conceptfactuur>
