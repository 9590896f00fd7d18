import * as t from 'io-ts'
import { ProjectFacturering } from '../concept/instellingen'
import { Code } from '../gedeeld/codecs'
import { Factuuropdracht, FactuurregelHerkomst } from '../gedeeld/factuuropdracht'

/**
 * A concept's hand-over (the data of `ConceptGefactureerd`, R1): the invoice as the concept made it, its factuurId,
 * per printed line the conceptregels it totals, and its projects' "apart factureren" (R16).
 */
export const Conceptfactuur = t.type({
  administratie: Code,
  conceptId: Code,
  factuurId: Code,
  factuuropdracht: Factuuropdracht,
  herkomst: t.array(FactuurregelHerkomst),
  projecten: t.array(ProjectFacturering),
})
export type Conceptfactuur = t.TypeOf<typeof Conceptfactuur>
