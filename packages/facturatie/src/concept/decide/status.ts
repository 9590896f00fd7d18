import { right } from 'fp-ts/lib/Either.js'
import { actieveKop } from '../kop'
import type { ConceptState } from '../state'
import type { Beslissing, Commando } from './beslissing'

/** R11: an active concept becomes factureerbaar (once). */
export const stelFactureerbaar = (command: Commando<'StelFactureerbaar'>, state: ConceptState): Beslissing => {
  const kop = actieveKop(state, command.conceptId)
  if (kop._tag === 'Left') return kop
  const data = { administratie: command.administratie, conceptId: command.conceptId }
  return right(state.status === 'factureerbaar' ? [] : [{ type: 'ConceptFactureerbaarGesteld', data }])
}

/** R11: an active concept becomes niet factureerbaar (once). */
export const stelNietFactureerbaar = (command: Commando<'StelNietFactureerbaar'>, state: ConceptState): Beslissing => {
  const kop = actieveKop(state, command.conceptId)
  if (kop._tag === 'Left') return kop
  const data = { administratie: command.administratie, conceptId: command.conceptId }
  return right(state.status === 'nietFactureerbaar' ? [] : [{ type: 'ConceptNietFactureerbaarGesteld', data }])
}

/** R11: an active concept is deferred, optionally until a date and with a reason. */
export const stelUit = (command: Commando<'StelUit'>, state: ConceptState): Beslissing => {
  const kop = actieveKop(state, command.conceptId)
  if (kop._tag === 'Left') return kop
  return right([
    {
      type: 'ConceptUitgesteld',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        ...(command.totDatum === undefined ? {} : { totDatum: command.totDatum }),
        ...(command.reden === undefined ? {} : { reden: command.reden }),
      },
    },
  ])
}
