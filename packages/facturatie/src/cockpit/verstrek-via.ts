import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import type { Verstrekking } from '../factuur/commands'
import { type CockpitFout, verstrekkingMislukt } from './errors'
import type { PoortFout, Uitvoer } from './poorten'

/** One report through the host's output: a thrown error becomes `VERSTREKKING_MISLUKT`, a `left` stays as it is. */
export const verstrekVia = async (
  uitvoer: Uitvoer,
  factuur: Parameters<Uitvoer['verstrek']>[0],
  verstrekking: Verstrekking,
): Promise<Either<PoortFout | CockpitFout, void>> => {
  try {
    const uitkomst = await uitvoer.verstrek(factuur, verstrekking)
    return uitkomst && isLeft(uitkomst) ? uitkomst : right(undefined)
  } catch (error) {
    const oorzaak = error instanceof Error ? error.message : String(error)
    return left(verstrekkingMislukt(factuur.factuurId, verstrekking.rapport, verstrekking.wijze, oorzaak))
  }
}
