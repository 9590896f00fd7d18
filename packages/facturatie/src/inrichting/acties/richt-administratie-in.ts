import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { RichtAdministratieIn } from '../commands'
import { inrichtingDecider } from '../decider'
import type { InrichtingResultaat, InrichtingWiring } from '../wiring'

/**
 * Adds the administratie to its omgeving and records its settings (VAT rounding mode R33, verdichten per
 * projectfase). It is checked against the current set-up before the omgeving stream is touched, so a refusal
 * writes nowhere.
 */
export const richtAdministratieIn =
  (w: InrichtingWiring) =>
  async (input: unknown, context: CommandContext): Promise<InrichtingResultaat> => {
    const decoded = decodeWith(RichtAdministratieIn, 'RichtAdministratieIn', input)
    if (isLeft(decoded)) return decoded
    const command = { type: 'RichtAdministratieIn' as const, ...decoded.right }
    const vooraf = inrichtingDecider.decide(command, await w.laad(command.administratie))
    if (isLeft(vooraf)) return vooraf
    const toegevoegd = await w.omgeving(
      {
        type: 'VoegAdministratieToe',
        omgeving: command.omgeving,
        administratie: command.administratie,
        naam: command.naam,
      },
      context,
    )
    if (isLeft(toegevoegd)) return toegevoegd
    return w.voerUit(command, context)
  }
