import { left, right } from 'fp-ts/lib/Either.js'
import { overboekenNaarZelfdeConcept, regelOnbekend, voorschotregelNietOverboekbaar } from '../errors'
import { alsRegelset, type ConceptRegel } from '../events'
import { actieveKop } from '../kop'
import type { ConceptState } from '../state'
import type { Beslissing, Commando } from './beslissing'

/** R5: the source's side of moving lines: it records the full lines it gives up (voorschotregels stay). */
export const boekRegelsOver = (command: Commando<'BoekRegelsOver'>, state: ConceptState): Beslissing => {
  const kop = actieveKop(state, command.conceptId)
  if (kop._tag === 'Left') return kop
  if (command.naarConceptId === command.conceptId) return left(overboekenNaarZelfdeConcept())
  const regels: ConceptRegel[] = []
  for (const regelId of command.regelIds) {
    const regel = state.regels.get(regelId)
    if (!regel) return left(regelOnbekend(command.conceptId, regelId))
    if (regel.herkomst === 'voorschot') return left(voorschotregelNietOverboekbaar(regelId))
    regels.push(regel)
  }
  return right([
    {
      type: 'ConceptRegelsOvergeboekt',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        naarConceptId: command.naarConceptId,
        ...alsRegelset(regels),
      },
    },
  ])
}
