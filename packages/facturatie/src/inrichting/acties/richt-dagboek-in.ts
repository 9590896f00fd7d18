import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { RichtDagboekIn } from '../commands'
import type { InrichtingResultaat, InrichtingWiring } from '../wiring'
import { viaOmgeving } from './via-omgeving'

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
    const { administratie, dagboek, dagboektype, reeks } = command
    return viaOmgeving(
      w,
      command,
      (state) =>
        reeks && state.administratie
          ? {
              type: 'ReserveerNummerreeks',
              omgeving: state.administratie.omgeving,
              administratie,
              dagboek,
              dagboektype,
              reeks,
            }
          : undefined,
      context,
    )
  }
