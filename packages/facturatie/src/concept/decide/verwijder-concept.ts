import { left, right } from 'fp-ts/lib/Either.js'
import { conceptHeeftVoorschotregels } from '../errors'
import { actieveKop } from '../kop'
import type { ConceptState } from '../state'
import type { Beslissing, Commando } from './beslissing'

/** R11: an active concept without voorschotregels is deleted; its nacalculatie lines are free again. */
export const verwijderConcept = (command: Commando<'VerwijderConcept'>, state: ConceptState): Beslissing => {
  const kop = actieveKop(state, command.conceptId)
  if (kop._tag === 'Left') return kop
  if ([...state.regels.values()].some((regel) => regel.herkomst === 'voorschot')) {
    return left(conceptHeeftVoorschotregels(command.conceptId))
  }
  return right([
    {
      type: 'ConceptVerwijderd',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        reden: command.reden,
        vrijgegevenNacalculatieRegels: [...state.nacalculatieRegels],
      },
    },
  ])
}
