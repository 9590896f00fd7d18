/**
 * The parts of @factuurstroom/facturatie this host uses, in one place. Concept, set-up, dagboek and the views come
 * from the package's public index; the cockpit and the concept hand-over type are not exported there yet, so they
 * are taken from the package source until they are.
 */
import { concept, dagboek, inrichting } from '@factuurstroom/facturatie'

export { weergaven } from '@factuurstroom/facturatie'
export type { Conceptfactuur } from '../../../packages/facturatie/src/bronnen'
export {
  dagboekPoorten,
  type Facturatiecockpit,
  facturatiecockpit,
  type Verkooprelatieprofiel,
} from '../../../packages/facturatie/src/cockpit'

export const conceptService = concept.conceptService
export const NacalculatieRegelInput = concept.NacalculatieRegelInput
export type BtwCodeRegel = concept.BtwCodeRegel
export type ProjectInstellingen = concept.ProjectInstellingen
export type VerkooprelatieInstellingen = concept.VerkooprelatieInstellingen
export const dagboekService = dagboek.dagboekService
export const inrichtingService = inrichting.inrichtingService
export type InrichtingService = inrichting.InrichtingService
