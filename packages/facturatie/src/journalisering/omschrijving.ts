import * as t from 'io-ts'
import type { Factuuropdracht } from '../gedeeld/factuuropdracht'
import { type Integratiesoort, kentProjecten } from './integratiesoort'

/** The seven ways to build the journaalpost's description (R28), in the seed's order. */
export const OmschrijvingFinancieel = t.keyof({
  bronOmschrijvingBron: null,
  bronNaamFactuurrelatie: null,
  bronNummerNaamFactuurrelatie: null,
  bronOmschrijvingProject: null,
  bronProjectnummerOmschrijvingProject: null,
  bronWeekLevering: null,
  bronProjectnummerProjectfaseOmschrijvingProjectfase: null,
})
export type OmschrijvingFinancieel = t.TypeOf<typeof OmschrijvingFinancieel>

const projectTemplates: ReadonlySet<OmschrijvingFinancieel> = new Set([
  'bronOmschrijvingProject',
  'bronProjectnummerOmschrijvingProject',
  'bronProjectnummerProjectfaseOmschrijvingProjectfase',
])

/**
 * Which templates an integratiesoort may choose ("afhankelijk van de gekozen integratiesoort"): project templates
 * only for flows that carry projects, week levering only for ordermanagement, the projectfase template only with
 * "journaliseren verkoopfacturen verdichten per projectfase" on.
 */
export const omschrijvingToegestaan = (
  template: OmschrijvingFinancieel,
  soort: Integratiesoort,
  verdichtenPerProjectfase: boolean,
): boolean => {
  if (template === 'bronProjectnummerProjectfaseOmschrijvingProjectfase' && !verdichtenPerProjectfase) return false
  if (projectTemplates.has(template)) return kentProjecten(soort)
  if (template === 'bronWeekLevering') return soort === 'ordermanagement'
  return true
}

export interface OmschrijvingContext {
  readonly bron: string
  readonly verdichtenPerProjectfase: boolean
}

/**
 * Builds the omschrijving financieel. Fallbacks, so a description is never empty:
 * - a project template on an invoice without one project (invoicing per verkooprelatie) → bron + naam factuurrelatie
 *   (the seed's rule);
 * - the projectfase template without a fase on the project, or with verdichten per projectfase switched off since
 *   → bron + projectnummer + omschrijving project;
 * - omschrijving bron without `bronOmschrijving` → bron + the source id; week levering without `leverdatum` → the
 *   week of the factuurdatum.
 */
export const maakOmschrijving = (
  template: OmschrijvingFinancieel,
  opdracht: Factuuropdracht,
  context: OmschrijvingContext,
): string => {
  const { bron } = context
  const relatie = opdracht.factuurrelatie
  const project = opdracht.project
  switch (template) {
    case 'bronOmschrijvingBron':
      return `${bron} ${opdracht.bronOmschrijving ?? opdracht.bronId}`
    case 'bronNaamFactuurrelatie':
      return `${bron} ${relatie.naam}`
    case 'bronNummerNaamFactuurrelatie':
      return `${bron} ${relatie.nummer}-${relatie.naam}`
    case 'bronOmschrijvingProject':
      return project ? `${bron} ${project.omschrijving}` : `${bron} ${relatie.naam}`
    case 'bronProjectnummerOmschrijvingProject':
      return project ? `${bron} ${project.nummer}-${project.omschrijving}` : `${bron} ${relatie.naam}`
    case 'bronWeekLevering':
      return `${bron} ${isoWeek(opdracht.leverdatum ?? opdracht.factuurdatum)}`
    case 'bronProjectnummerProjectfaseOmschrijvingProjectfase':
      if (!project) return `${bron} ${relatie.naam}`
      if (!project.fase || !context.verdichtenPerProjectfase) return `${bron} ${project.nummer}-${project.omschrijving}`
      return `${bron} ${project.nummer}-${project.fase.code}-${project.fase.omschrijving}`
  }
}

/** ISO-8601 week of a `YYYY-MM-DD` date, as `2026-W05`. */
export const isoWeek = (datum: string): string => {
  const date = new Date(`${datum}T00:00:00.000Z`)
  const weekday = date.getUTCDay() || 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday)
  const year = date.getUTCFullYear()
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7)
  return `${year}-W${String(week).padStart(2, '0')}`
}
