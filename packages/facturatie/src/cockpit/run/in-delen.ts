import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import { stap } from '../../gedeeld/stap'
import type { CockpitServiceFout } from '../resultaten'
import type { TeFacturerenCommand, TeFacturerenEvent } from '../te-factureren'
import type { CockpitWiring } from '../wiring'

/**
 * Sends a staging command until its run is recorded completely: each decision records at most a bounded number of
 * parts (one append stays under the store's maximum), the next pass continues where the last stopped. Pass n has
 * command id `<id>:<n>`, so a retried action replays the passes it already made and continues with the rest.
 */
export const inDelen = async (
  w: CockpitWiring,
  command: TeFacturerenCommand,
  commandId: string,
  context: CommandContext,
  perEvent: (event: TeFacturerenEvent) => void | Promise<void>,
): Promise<Either<CockpitServiceFout, void>> => {
  for (let pass = 1; ; pass++) {
    const uitkomst = await w.staging(command, stap(context, `${commandId}:${pass}`))
    if (isLeft(uitkomst)) return uitkomst
    for (const event of uitkomst.right.events) await perEvent(event)
    const laatste = uitkomst.right.events.at(-1)
    if (!laatste || laatste.type === 'TeFacturerenRegelsGefactureerd' || laatste.data.laatste) return right(undefined)
  }
}
