import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft, right } from 'fp-ts/lib/Either.js'
import { RichtTellerReeksInInput } from '../teller'
import type { Ingericht } from '../uitkomst'
import type { ConceptWiring } from '../wiring'

/** R14: sets up a concept teller reeks. */
export const richtTellerReeksIn =
  (w: ConceptWiring) =>
  async (input: unknown, context: CommandContext): Ingericht => {
    const decoded = decodeWith(RichtTellerReeksInInput, 'RichtTellerReeksIn', input)
    if (isLeft(decoded)) return decoded
    const handled = await w.opTeller({ type: 'RichtReeksIn', ...decoded.right }, context)
    return isLeft(handled) ? handled : right(undefined)
  }
