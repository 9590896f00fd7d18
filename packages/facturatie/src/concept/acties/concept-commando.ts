import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import type { ConceptCommand } from '../commands'
import type { Resultaat } from '../uitkomst'
import type { ConceptWiring } from '../wiring'

/** What follows a command once the concept took it (a closed concept frees its key). */
export type Daarna<A> = (w: ConceptWiring, input: A, context: CommandContext) => Promise<void>

/**
 * An action on one concept the host names: decode the input with its codec, hand the command to the concept (read,
 * decide, append), then what follows. The small look-alike actions are each one line with it.
 */
export const conceptCommando =
  <A, O>(codec: t.Type<A, O, unknown>, subject: string, command: (input: A) => ConceptCommand, daarna?: Daarna<A>) =>
  (w: ConceptWiring) =>
  async (input: unknown, context: CommandContext): Resultaat => {
    const decoded = decodeWith(codec, subject, input)
    if (isLeft(decoded)) return decoded
    const gedaan = await w.opConcept(command(decoded.right), context)
    if (isLeft(gedaan) || daarna === undefined) return gedaan
    await daarna(w, decoded.right, context)
    return gedaan
  }
