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

/**
 * R6: strict project settings block; otherwise the relatie's own minimum/maximum apply (the project's amounts when
 * the relatie has none) and only warn.
 */
export const minimumMaximum = (
  netto: string,
  project: ProjectInstellingen,
  relatie: VerkooprelatieInstellingen,
): Either<ConceptFout, DomainWarning[]> => {
  const bedrag = decimaal(netto)
  const minimum = project.striktMinimum
    ? project.minimumFactuurbedrag
    : (relatie.minimumFactuurbedrag ?? project.minimumFactuurbedrag)
  const maximum = project.striktMaximum
    ? project.maximumFactuurbedrag
    : (relatie.maximumFactuurbedrag ?? project.maximumFactuurbedrag)
  const onder = minimum !== undefined && bedrag.lessThan(minimum) ? minimum : undefined
  const boven = maximum !== undefined && bedrag.greaterThan(maximum) ? maximum : undefined
  if (onder !== undefined && project.striktMinimum) return left(factuurbedragOnderStriktMinimum(netto, onder))
  if (boven !== undefined && project.striktMaximum) return left(factuurbedragBovenStriktMaximum(netto, boven))
  return right([
    ...(onder === undefined ? [] : [factuurbedragOnderMinimum(netto, onder)]),
    ...(boven === undefined ? [] : [factuurbedragBovenMaximum(netto, boven)]),
  ])
}
