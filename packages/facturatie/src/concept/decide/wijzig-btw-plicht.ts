import { left, right } from 'fp-ts/lib/Either.js'
import { btwPlichtOngewijzigd } from '../errors'
import { actieveKop } from '../kop'
import type { ConceptState } from '../state'
import type { Beslissing, Commando } from './beslissing'

/** R5: an active concept changes its btw-plicht (the service moves its key). */
export const wijzigBtwPlicht = (command: Commando<'WijzigBtwPlicht'>, state: ConceptState): Beslissing => {
  const kop = actieveKop(state, command.conceptId)
  if (kop._tag === 'Left') return kop
  if (command.btwPlicht === state.btwPlicht) return left(btwPlichtOngewijzigd(command.conceptId, command.btwPlicht))
  return right([
    {
      type: 'ConceptBtwPlichtGewijzigd',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        van: state.btwPlicht as string,
        naar: command.btwPlicht,
      },
    },
  ])
}
