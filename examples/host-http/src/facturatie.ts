/** The parts of @factuurstroom/facturatie this host uses, named once from the package's public index. */
import { cockpit, codecs, concept, dagboek, inrichting, relatie } from '@factuurstroom/facturatie'

export { weergaven } from '@factuurstroom/facturatie'

export const facturatiecockpit = cockpit.facturatiecockpit
export const dagboekPoorten = cockpit.dagboekPoorten
export const conceptPoort = cockpit.conceptPoort
export type ConceptStamgegevens = concept.Conceptstamgegevens
export type Verkooprelatieprofiel = cockpit.Verkooprelatieprofiel
export const Code = codecs.Code
export const Datum = codecs.Datum
export const conceptService = concept.conceptService
export const NacalculatieRegelInput = concept.NacalculatieRegelInput
export type BtwCodeRegel = concept.BtwCodeRegel
export type ProjectInstellingen = concept.ProjectInstellingen
export type VerkooprelatieInstellingen = concept.VerkooprelatieInstellingen
export const dagboekService = dagboek.dagboekService
export const inrichtingService = inrichting.inrichtingService
export type InrichtingService = inrichting.InrichtingService
export const relatieService = relatie.relatieService
