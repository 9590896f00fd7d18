import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { RichtDagboekIn } from '../commands'
import { inrichtingDecider } from '../decider'
import type { InrichtingResultaat, InrichtingWiring } from '../wiring'

/**
 * A dagboek; a number series is first reserved in the omgeving's stream (R27: refused when it could overlap any
 * other series there, sales or purchase, of any administratie), then the dagboek is recorded in the set-up.
 * A crash between the two is healed by calling again: the reservation is found and nothing is added twice.
 */
export const richtDagboekIn =
  (w: InrichtingWiring) =>
  async (input: unknown, context: CommandContext): Promise<InrichtingResultaat> => {
    const decoded = decodeWith(RichtDagboekIn, 'RichtDagboekIn', input)
    if (isLeft(decoded)) return decoded
    const command = { type: 'RichtDagboekIn' as const, ...decoded.right }
    const state = await w.laad(command.administratie)
    const vooraf = inrichtingDecider.decide(command, state)
    if (isLeft(vooraf)) return vooraf
    if (command.reeks && state.administratie) {
      const gereserveerd = await w.omgeving(
        {
          type: 'ReserveerNummerreeks',
          omgeving: state.administratie.omgeving,
          administratie: command.administratie,
          dagboek: command.dagboek,
          dagboektype: command.dagboektype,
          reeks: command.reeks,
        },
        context,
      )
      if (isLeft(gereserveerd)) return gereserveerd
    }
    return w.voerUit(command, context)
  }
