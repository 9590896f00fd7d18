import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import type { InrichtingCommand } from '../commands'
import type { InrichtingResultaat, InrichtingWiring } from '../wiring'

/** A set-up command that touches only the administratie's own stream: decode, then decide and append there. */
export const legVast =
  <A>(codec: t.Type<A, unknown, unknown>, subject: string, command: (invoer: A) => InrichtingCommand) =>
  (w: InrichtingWiring) =>
  async (input: unknown, context: CommandContext): Promise<InrichtingResultaat> => {
    const decoded = decodeWith(codec, subject, input)
    return isLeft(decoded) ? decoded : w.voerUit(command(decoded.right), context)
  }
