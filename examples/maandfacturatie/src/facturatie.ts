/** The parts of @factuurstroom/facturatie this job uses, named once from the package's public index. */
import { cockpit, concept, dagboek, factuur, inrichting, type journalisering } from '@factuurstroom/facturatie'

export { weergaven } from '@factuurstroom/facturatie'

export const facturatiecockpit = cockpit.facturatiecockpit
export const dagboekPoorten = cockpit.dagboekPoorten
export const conceptPoort = cockpit.conceptPoort
export type Conceptfacturering = cockpit.Conceptfacturering
export type Facturatiecockpit = cockpit.Facturatiecockpit
export type Verkooprelatieprofiel = cockpit.Verkooprelatieprofiel
export const conceptService = concept.conceptService
export type ConceptService = concept.ConceptService
export type BtwCodeRegel = concept.BtwCodeRegel
export type ProjectInstellingen = concept.ProjectInstellingen
export type VerkooprelatieInstellingen = concept.VerkooprelatieInstellingen
export const dagboekService = dagboek.dagboekService
export const dagboekRegistry = dagboek.dagboekRegistry
export type DagboekEvent = dagboek.DagboekEvent
export const conceptRegistry = concept.conceptRegistry
export type ConceptEvent = concept.ConceptEvent
export const factuurRegistry = factuur.factuurRegistry
export type FactuurEvent = factuur.FactuurEvent
export type Verstrekkingswijze = factuur.Verstrekkingswijze
export const inrichtingService = inrichting.inrichtingService
export type InrichtingService = inrichting.InrichtingService
export type Integratiesoort = journalisering.Integratiesoort
export type OpenstaandePost = journalisering.OpenstaandePost
