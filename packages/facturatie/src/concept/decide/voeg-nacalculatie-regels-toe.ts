import { left, right } from 'fp-ts/lib/Either.js'
import { conceptPerRegelEenRegel } from '../errors'
import type { ConceptState } from '../state'
import type { Beslissing, Commando } from './beslissing'
import { maakRegels, regelsToegevoegd } from './nieuwe-regels'
import { openOfControleer, perRegelGesloten } from './openen'

/** R2, R3, R5, R7: nacalculatie lines onto the concept of their key, opening it when it is new. */
export const voegNacalculatieRegelsToe = (
  command: Commando<'VoegNacalculatieRegelsToe'>,
  state: ConceptState,
): Beslissing => {
  const geopend = openOfControleer(state, command, command.kop)
  if (geopend._tag === 'Left') return geopend
  const { kop } = geopend.right
  const perRegel = perRegelGesloten(kop, state, command.conceptId)
  if (perRegel) return left(perRegel)
  if (kop.conceptmethode === 'perRegel' && command.regels.length > 1) {
    return left(conceptPerRegelEenRegel(command.conceptId, command.regels.length))
  }
  const regels = maakRegels(state, kop, command.regels, 'nacalculatie')
  if (regels._tag === 'Left') return regels
  return right(regelsToegevoegd(command, geopend.right.geopend, regels.right))
}
