import type { ProjectFacturering } from '../concept/instellingen'
import type { Factuuropdracht, FactuurregelHerkomst } from '../gedeeld/factuuropdracht'

/**
 * A concept's hand-over (the data of `ConceptGefactureerd`, R1): the invoice as the concept made it, its factuurId,
 * per printed line the conceptregels it totals, and its projects' "apart factureren" (R16).
 */
export interface Conceptfactuur {
  readonly administratie: string
  readonly conceptId: string
  readonly factuurId: string
  readonly factuuropdracht: Factuuropdracht
  readonly herkomst: FactuurregelHerkomst[]
  readonly projecten: ProjectFacturering[]
}
