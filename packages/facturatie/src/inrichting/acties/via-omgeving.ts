import type { CommandContext } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import type { InrichtingCommand } from '../commands'
import { inrichtingDecider } from '../decider'
import type { OmgevingCommand } from '../omgeving/commands'
import type { InrichtingState } from '../state'
import type { InrichtingResultaat, InrichtingWiring } from '../wiring'

/**
 * A set-up command with a part in the omgeving's stream: checked against the current set-up first, so a refusal
 * writes nowhere; then the omgeving's part (when `omgevingsdeel` names one), then the administratie's own.
 */
export const viaOmgeving = async (
  w: InrichtingWiring,
  command: InrichtingCommand,
  omgevingsdeel: (state: InrichtingState) => OmgevingCommand | undefined,
  context: CommandContext,
): Promise<InrichtingResultaat> => {
  const state = await w.laad(command.administratie)
  const vooraf = inrichtingDecider.decide(command, state)
  if (isLeft(vooraf)) return vooraf
  const deel = omgevingsdeel(state)
  if (deel) {
    const vastgelegd = await w.omgeving(deel, context)
    if (isLeft(vastgelegd)) return vastgelegd
  }
  return w.voerUit(command, context)
}
