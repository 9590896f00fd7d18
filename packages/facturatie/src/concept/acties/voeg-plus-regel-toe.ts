import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { VoegPlusRegelToeInput } from '../commands'
import type { Resultaat } from '../uitkomst'
import type { ConceptWiring } from '../wiring'
import { metVrijeVelden, plusRegel } from './opdracht'

/** R7: a manual line on a concept the host names; with verdichting it is a new verdichte regel. */
export const voegPlusRegelToe =
  (w: ConceptWiring) =>
  async (input: unknown, context: CommandContext): Resultaat => {
    const decoded = decodeWith(VoegPlusRegelToeInput, 'VoegPlusRegelToe', input)
    if (isLeft(decoded)) return decoded
    const { administratie, conceptId } = decoded.right
    const regel = metVrijeVelden(w, plusRegel(decoded.right.regel))
    if (isLeft(regel)) return regel
    return w.opConcept({ type: 'VoegPlusRegelToe', administratie, conceptId, regel: regel.right }, context)
  }
