import { type Either, left, right } from 'fp-ts/lib/Either.js'
import { afrondingZonderVerdichting, type ConceptFout, conceptBestaatNiet, conceptNietActief } from './errors'
import type { ProjectInstellingen } from './instellingen'
import { type ConceptKop, type ConceptState, isActief } from './state'

/** R8: project settings that cannot work together. */
export const controleerInstellingen = (instellingen: ProjectInstellingen): ConceptFout | undefined =>
  instellingen.afronding !== undefined && instellingen.verdichting === 'geen' ? afrondingZonderVerdichting() : undefined

/** The concept's header, if it is active (R11). */
export const actieveKop = (state: ConceptState, conceptId: string): Either<ConceptFout, ConceptKop> => {
  if (state.kop === undefined) return left(conceptBestaatNiet(conceptId))
  if (!isActief(state)) return left(conceptNietActief(conceptId, state.status))
  return right(state.kop)
}
