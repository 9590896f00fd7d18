import { left, right } from 'fp-ts/lib/Either.js'
import { actieveKop } from '../kop'
import type { ConceptState } from '../state'
import type { Beslissing, Commando } from './beslissing'
import { maakRegels, regelsToegevoegd } from './nieuwe-regels'
import { openOfControleer, perRegelGesloten } from './openen'

/** R7: a manual line on a named concept, or (with a header) on the concept of its key, opening it when new. */
export const voegPlusRegelToe = (command: Commando<'VoegPlusRegelToe'>, state: ConceptState): Beslissing => {
  const geopend =
    command.kop === undefined ? actieveKop(state, command.conceptId) : openOfControleer(state, command, command.kop)
  if (geopend._tag === 'Left') return geopend
  const { kop, geopend: opening } = 'geopend' in geopend.right ? geopend.right : { kop: geopend.right, geopend: [] }
  const perRegel = perRegelGesloten(kop, state, command.conceptId)
  if (perRegel) return left(perRegel)
  const regels = maakRegels(state, kop, [command.regel], 'plusregel')
  if (regels._tag === 'Left') return regels
  return right(regelsToegevoegd(command, opening, regels.right))
}
