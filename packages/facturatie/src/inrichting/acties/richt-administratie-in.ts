import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { RichtAdministratieIn } from '../commands'
import type { InrichtingResultaat, InrichtingWiring } from '../wiring'
import { viaOmgeving } from './via-omgeving'

/**
 * Adds the administratie to its omgeving and records its settings (VAT rounding mode R33, verdichten per
 * projectfase).
 */
export const richtAdministratieIn =
  (w: InrichtingWiring) =>
  async (input: unknown, context: CommandContext): Promise<InrichtingResultaat> => {
    const decoded = decodeWith(RichtAdministratieIn, 'RichtAdministratieIn', input)
    if (isLeft(decoded)) return decoded
    const command = { type: 'RichtAdministratieIn' as const, ...decoded.right }
    const { omgeving, administratie, naam } = command
    return viaOmgeving(w, command, () => ({ type: 'VoegAdministratieToe', omgeving, administratie, naam }), context)
  }
