import { type CommandContext, retryOnConflict } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { ConceptFout } from '../errors'
import {
  type VoorschotclaimCommand,
  voorschotclaimDecider,
  voorschotclaimRegistry,
  voorschotclaimStreamId,
} from '../voorschotclaim'
import type { ConceptWiring } from '../wiring'

/** R9: an advance invoice one command puts on a concept, claimed once the concept has accepted it. */
export type Voorschotclaim = Omit<VoorschotclaimCommand, 'type'>

/** R9: claims (or releases) an advance invoice for one command; idempotent through the claim's state. */
const voorschotclaim = (
  w: ConceptWiring,
  type: VoorschotclaimCommand['type'],
  claim: Voorschotclaim,
  context: CommandContext,
): Promise<Either<ConceptFout, void>> => {
  const streamId = voorschotclaimStreamId(claim.administratie, claim.factuurnummer)
  return retryOnConflict(streamId, w.retry, async () => {
    const beslist = await w.beslisOp(
      streamId,
      voorschotclaimDecider,
      voorschotclaimRegistry,
      { type, ...claim },
      context,
    )
    return isLeft(beslist) ? beslist : right(undefined)
  })
}

/** Claims the command's advance (a no-op when it already holds it, or has none). */
export const claimVoorschot = (
  w: ConceptWiring,
  claim: Voorschotclaim | undefined,
  context: CommandContext,
): Promise<Either<ConceptFout, void>> =>
  claim ? voorschotclaim(w, 'Claim', claim, context) : Promise.resolve(right(undefined))

/**
 * A refused command gives up its advance claim, if it holds one (only after a race: the claim is taken just before
 * the concept's append, which may then conflict and be decided again). Without a claim this writes nothing.
 */
export const laatVoorschotLos = async (
  w: ConceptWiring,
  claim: Voorschotclaim | undefined,
  refused: Either<ConceptFout, never>,
  context: CommandContext,
): Promise<Either<ConceptFout, never>> => {
  if (claim) await voorschotclaim(w, 'GeefVrij', claim, context)
  return refused
}
