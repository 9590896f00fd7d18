import { overschrijdingen } from '../concept/factuurbedrag'
import type { ProjectInstellingen, VerkooprelatieInstellingen } from '../concept/instellingen'

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

/** R6 with the limits the concept decider applies when invoicing (`overschrijdingen`), every one listed. */
export const r6Waarschuwingen = (
  netto: string,
  project: ProjectInstellingen,
  relatie: VerkooprelatieInstellingen,
): ConceptWaarschuwing[] => {
  const { onder, boven } = overschrijdingen(netto, project, relatie)
  const uit: ConceptWaarschuwing[] = []
  if (onder !== undefined) {
    const code = onder.strikt ? 'FACTUURBEDRAG_ONDER_STRIKT_MINIMUM' : 'FACTUURBEDRAG_ONDER_MINIMUM'
    uit.push({ code, grens: onder.grens, blokkeert: onder.strikt })
  }
  if (boven !== undefined) {
    const code = boven.strikt ? 'FACTUURBEDRAG_BOVEN_STRIKT_MAXIMUM' : 'FACTUURBEDRAG_BOVEN_MAXIMUM'
    uit.push({ code, grens: boven.grens, blokkeert: boven.strikt })
  }
  return uit
}
