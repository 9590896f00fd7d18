/**
 * The parts of @factuurstroom/facturatie this host uses. The package's public index does not export the concept,
 * set-up, dagboek and cockpit modules yet, so they are taken from the package source here, in this one file; once
 * the index exports them this file becomes a plain re-export from '@factuurstroom/facturatie'.
 */
export type { Conceptfactuur } from '../../../packages/facturatie/src/bronnen'
export {
  dagboekPoorten,
  type Facturatiecockpit,
  facturatiecockpit,
  type Verkooprelatieprofiel,
} from '../../../packages/facturatie/src/cockpit'
export {
  type BtwCodeRegel,
  type ConceptService,
  conceptService,
  NacalculatieRegelInput,
  type ProjectInstellingen,
  type VerkooprelatieInstellingen,
} from '../../../packages/facturatie/src/concept'
export { type DagboekEvent, dagboekRegistry, dagboekService } from '../../../packages/facturatie/src/dagboek'
export { type FactuurEvent, factuurRegistry } from '../../../packages/facturatie/src/factuur'
export { type InrichtingService, inrichtingService } from '../../../packages/facturatie/src/inrichting'
