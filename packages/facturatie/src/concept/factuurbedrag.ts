import type { DomainWarning } from '@factuurstroom/eventsourcing'
import { type Either, left, right } from 'fp-ts/lib/Either.js'
import { decimaal } from '../geld'
import {
  type ConceptFout,
  factuurbedragBovenMaximum,
  factuurbedragBovenStriktMaximum,
  factuurbedragOnderMinimum,
  factuurbedragOnderStriktMinimum,
} from './errors'
import type { ProjectInstellingen, VerkooprelatieInstellingen } from './instellingen'

/** R6: a minimum or maximum an invoice amount passes, and whether it is the project's strict one (which blocks). */
export interface Overschrijding {
  readonly grens: string
  readonly strikt: boolean
}

/**
 * R6: the minimum the amount is below and the maximum it is above, if any. Strict project settings apply as they
 * are; otherwise the relatie's own minimum/maximum apply (the project's amounts when the relatie has none).
 */
export const overschrijdingen = (
  netto: string,
  project: ProjectInstellingen,
  relatie: VerkooprelatieInstellingen,
): { readonly onder?: Overschrijding; readonly boven?: Overschrijding } => {
  const bedrag = decimaal(netto)
  const minimum = project.striktMinimum
    ? project.minimumFactuurbedrag
    : (relatie.minimumFactuurbedrag ?? project.minimumFactuurbedrag)
  const maximum = project.striktMaximum
    ? project.maximumFactuurbedrag
    : (relatie.maximumFactuurbedrag ?? project.maximumFactuurbedrag)
  return {
    ...(minimum !== undefined && bedrag.lessThan(minimum)
      ? { onder: { grens: minimum, strikt: project.striktMinimum } }
      : {}),
    ...(maximum !== undefined && bedrag.greaterThan(maximum)
      ? { boven: { grens: maximum, strikt: project.striktMaximum } }
      : {}),
  }
}

/** R6 on invoicing: a strict minimum/maximum passed blocks; any other only warns. */
export const minimumMaximum = (
  netto: string,
  project: ProjectInstellingen,
  relatie: VerkooprelatieInstellingen,
): Either<ConceptFout, DomainWarning[]> => {
  const { onder, boven } = overschrijdingen(netto, project, relatie)
  if (onder?.strikt) return left(factuurbedragOnderStriktMinimum(netto, onder.grens))
  if (boven?.strikt) return left(factuurbedragBovenStriktMaximum(netto, boven.grens))
  return right([
    ...(onder === undefined ? [] : [factuurbedragOnderMinimum(netto, onder.grens)]),
    ...(boven === undefined ? [] : [factuurbedragBovenMaximum(netto, boven.grens)]),
  ])
}
