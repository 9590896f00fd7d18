import { type CommandContext, decodeWith, type EventStore } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { beslisser } from '../../gedeeld/beslisser'
import { Code } from '../../gedeeld/codecs'
import { schrijfPerStroom } from '../../gedeeld/schrijf-per-stroom'
import { stap } from '../../gedeeld/stap'
import { UniekeCodes } from '../../gedeeld/unieke-codes'
import type { ConceptCommand } from '../commands'
import { conceptDecider } from '../decide'
import { conceptRegistry } from '../events'
import { conceptStreamId } from '../sleutel'
import { type ConceptServiceFout, type ConceptUitkomst, uitkomst } from '../uitkomst'
import type { ConceptWiring } from '../wiring'

const StelFactureerbaarAlleInput = t.type({ administratie: Code, conceptIds: UniekeCodes })

/** What `stelFactureerbaarAlle` answers for one concept: what `stelFactureerbaar` would have answered for it. */
export interface Factureerbaaruitkomst {
  readonly conceptId: string
  readonly uitkomst: Either<ConceptServiceFout, ConceptUitkomst>
}

/** The result of `stelFactureerbaarAlle`: a decode error for bad input, else one answer per concept, in order. */
export type FactureerbaarResultaat = Promise<Either<ConceptServiceFout, readonly Factureerbaaruitkomst[]>>

/**
 * R11 for many concepts at once (the reviewer's selection): each concept is set factureerbaar exactly as
 * `stelFactureerbaar` sets it, under its own command id `<commandId>:<conceptId>` (so sending the batch again is a
 * duplicate per concept), and the selection's events are appended together, up to `delenPerAppend` concepts per
 * append. One concept's refusal is its own answer; the others go on.
 */
export const stelFactureerbaarAlle =
  (w: ConceptWiring, store: EventStore) =>
  async (input: unknown, context: CommandContext): FactureerbaarResultaat => {
    const decoded = decodeWith(StelFactureerbaarAlleInput, 'StelFactureerbaarAlle', input)
    if (isLeft(decoded)) return decoded
    const { administratie, conceptIds } = decoded.right
    const opdrachten = conceptIds.map((conceptId) => {
      const streamId = conceptStreamId(administratie, conceptId)
      const command: ConceptCommand = { type: 'StelFactureerbaar', administratie, conceptId }
      return {
        streamId,
        beslis: beslisser(store, streamId, conceptDecider, conceptRegistry, w.options.cache),
        command,
        context: stap(context, `${context.commandId}:${conceptId}`),
      }
    })
    const gedaan = await schrijfPerStroom(store, opdrachten, w.retry)
    return right(
      gedaan.map((handled, i) => {
        const conceptId = conceptIds[i] as string
        return {
          conceptId,
          uitkomst: isLeft(handled)
            ? handled
            : right(uitkomst(conceptId, handled.right.events, handled.right.duplicate, handled.right.warnings)),
        }
      }),
    )
  }
