import type { ProjectInstellingen, VerkooprelatieInstellingen } from '../concept/instellingen'
import { decimaal } from '../geld'

/** R6 as the overview shows it: a warning, or `blokkeert` where a strict project minimum/maximum applies. */
export interface ConceptWaarschuwing {
  readonly code:
    | 'FACTUURBEDRAG_ONDER_MINIMUM'
    | 'FACTUURBEDRAG_BOVEN_MAXIMUM'
    | 'FACTUURBEDRAG_ONDER_STRIKT_MINIMUM'
    | 'FACTUURBEDRAG_BOVEN_STRIKT_MAXIMUM'
  readonly grens: string
  readonly blokkeert: boolean
}

/** R6 as the concept decider applies it when invoicing (see concept/facturering.ts). */
export const r6Waarschuwingen = (
  netto: string,
  project: ProjectInstellingen,
  relatie: VerkooprelatieInstellingen,
): ConceptWaarschuwing[] => {
  const bedrag = decimaal(netto)
  const uit: ConceptWaarschuwing[] = []
  const minimum = project.striktMinimum
    ? project.minimumFactuurbedrag
    : (relatie.minimumFactuurbedrag ?? project.minimumFactuurbedrag)
  if (minimum !== undefined && bedrag.lessThan(minimum)) {
    uit.push({
      code: project.striktMinimum ? 'FACTUURBEDRAG_ONDER_STRIKT_MINIMUM' : 'FACTUURBEDRAG_ONDER_MINIMUM',
      grens: minimum,
      blokkeert: project.striktMinimum,
    })
  }
  const maximum = project.striktMaximum
    ? project.maximumFactuurbedrag
    : (relatie.maximumFactuurbedrag ?? project.maximumFactuurbedrag)
  if (maximum !== undefined && bedrag.greaterThan(maximum)) {
    uit.push({
      code: project.striktMaximum ? 'FACTUURBEDRAG_BOVEN_STRIKT_MAXIMUM' : 'FACTUURBEDRAG_BOVEN_MAXIMUM',
      grens: maximum,
      blokkeert: project.striktMaximum,
    })
  }
  return uit
}
