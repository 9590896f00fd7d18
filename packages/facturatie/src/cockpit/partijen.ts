import { type Either, left, right } from 'fp-ts/lib/Either.js'
import { type FactuurFout, r32GegevenOntbreekt } from '../factuur/errors'
import type { Factuuropdracht } from '../gedeeld/factuuropdracht'
import type { CockpitDeps } from './poorten'
import type { Verkooprelatieprofiel } from './profiel'

/**
 * R32: records both parties on the invoice as they stand now, the administratie's own from its set-up and the
 * factuurrelatie's from the host's master data, so replay and documents never need master data. Parties the
 * opdracht already carries (a credit note copies its original's) are kept.
 */
export const metPartijen = async (
  deps: Pick<CockpitDeps, 'partijen'>,
  factuurId: string,
  opdracht: Factuuropdracht,
  profiel: Verkooprelatieprofiel,
): Promise<Either<FactuurFout, Factuuropdracht>> => {
  if (opdracht.partijen || !deps.partijen) return right(opdracht)
  const leverancier = await deps.partijen.administratiepartij(opdracht.administratie)
  if (!leverancier) return right(opdracht)
  const afnemer = profiel.partij
  if (!afnemer) {
    return left(r32GegevenOntbreekt(factuurId, opdracht.factuurrelatie.nummer, 'partij', 'every invoice'))
  }
  return right({ ...opdracht, partijen: { leverancier, afnemer } })
}
