import { type Either, left, right } from 'fp-ts/lib/Either.js'
import type { Factuurbron } from '../gedeeld/factuuropdracht'
import { type ConceptFout, factuurrelatieNietToegestaan, projectfactuurAlleenViaConcept } from './errors'
import type { ProjectInstellingen } from './instellingen'

/**
 * R1: with "factureren op basis van concepten" on, a project invoice only comes from a concept. The Factuur side
 * calls this for every project invoice (`project` set) before accepting it.
 */
export const controleerProjectfactuurBron = (
  instellingen: Pick<ProjectInstellingen, 'facturerenOpBasisVanConcepten'>,
  bron: Factuurbron,
  isVoorschot = false,
): Either<ConceptFout, void> =>
  instellingen.facturerenOpBasisVanConcepten && bron !== 'concept' && !isVoorschot
    ? left(projectfactuurAlleenViaConcept(bron))
    : right(undefined)

/**
 * R13: a manual project invoice goes to the project's own debiteur, unless "projecten factureren aan alle
 * verkooprelaties" is on.
 */
export const controleerHandmatigeProjectfactuurRelatie = (
  instellingen: Pick<ProjectInstellingen, 'projectenFacturerenAanAlleVerkooprelaties'>,
  projectDebiteur: string,
  factuurrelatie: string,
): Either<ConceptFout, void> =>
  instellingen.projectenFacturerenAanAlleVerkooprelaties || projectDebiteur === factuurrelatie
    ? right(undefined)
    : left(factuurrelatieNietToegestaan(projectDebiteur, factuurrelatie))

/** R16: how a relatie profile collects invoices. */
export type Verzamelmethode = 'perVerkooprelatie' | 'perProject' | 'perConceptdebiteur' | 'perOrder'
/** R16: over which period a relatie profile collects invoices (`niet`: not per period). */
export type Verzamelperiode = 'niet' | 'week' | 'maand' | 'vierWeken'

/**
 * R16: how concept invoices are collected. With concepts on, the profile's method and period are fixed to per
 * verkooprelatie / not per period, except "per conceptdebiteur", which also overrides a project's "apart
 * factureren" so every project lands on one collective invoice.
 */
export const verzamelingBijConcepten = (profiel: {
  readonly conceptfacturering: boolean
  readonly verzamelmethode: Verzamelmethode
  readonly verzamelperiode: Verzamelperiode
  readonly projectApartFactureren: boolean
}): { verzamelmethode: Verzamelmethode; verzamelperiode: Verzamelperiode; apartFactureren: boolean } => {
  if (!profiel.conceptfacturering) {
    return {
      verzamelmethode: profiel.verzamelmethode,
      verzamelperiode: profiel.verzamelperiode,
      apartFactureren: profiel.projectApartFactureren,
    }
  }
  if (profiel.verzamelmethode === 'perConceptdebiteur') {
    return { verzamelmethode: 'perConceptdebiteur', verzamelperiode: 'niet', apartFactureren: false }
  }
  return {
    verzamelmethode: 'perVerkooprelatie',
    verzamelperiode: 'niet',
    apartFactureren: profiel.projectApartFactureren,
  }
}
