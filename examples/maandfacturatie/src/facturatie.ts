/**
 * The parts of @factuurstroom/facturatie this host uses, in one place. Concept, set-up, dagboek and the views come
 * from the package's public index; the cockpit, the Factuur aggregate and the sources are not exported there yet,
 * so they are taken from the package source until they are (then those three lines become index imports too).
 */
import { concept, dagboek, inrichting, type journalisering } from '@factuurstroom/facturatie'

export { journalisering, weergaven } from '@factuurstroom/facturatie'
export type { Conceptfactuur } from '../../../packages/facturatie/src/bronnen'
export {
  dagboekPoorten,
  type Facturatiecockpit,
  facturatiecockpit,
  type Verkooprelatieprofiel,
} from '../../../packages/facturatie/src/cockpit'
export { type FactuurEvent, factuurRegistry, type Verstrekkingswijze } from '../../../packages/facturatie/src/factuur'

export const conceptService = concept.conceptService
export type ConceptService = concept.ConceptService
export type BtwCodeRegel = concept.BtwCodeRegel
export type ProjectInstellingen = concept.ProjectInstellingen
export type VerkooprelatieInstellingen = concept.VerkooprelatieInstellingen
export const dagboekService = dagboek.dagboekService
export const dagboekRegistry = dagboek.dagboekRegistry
export type DagboekEvent = dagboek.DagboekEvent
export const inrichtingService = inrichting.inrichtingService
export type InrichtingService = inrichting.InrichtingService
export type Integratiesoort = journalisering.Integratiesoort
export type OpenstaandePost = journalisering.OpenstaandePost
