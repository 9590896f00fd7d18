import { type CommandContext, type DecodeError, decodeWith, type HandledCommand } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import type { FactuurEvent, FactuurFout } from '../../factuur'
import { Code } from '../../gedeeld/codecs'
import { Factuurregel } from '../../gedeeld/factuuropdracht'
import type { Cockpituitkomst } from '../resultaten'
import type { CockpitWiring } from '../wiring'

const Regelopdracht = t.type({ administratie: Code, factuurId: Code, regel: Factuurregel })

/** An edited line's outcome: the invoice's new events, or the decode error or rule that refused it. */
type Regeluitkomst = Cockpituitkomst<HandledCommand<FactuurEvent>, DecodeError | FactuurFout>

/** R23's line edits share their input and their way: decode, then the Factuur aggregate decides. */
const regelbewerking =
  (type: 'VoegFactuurregelToe' | 'WijzigFactuurregel') =>
  (w: CockpitWiring) =>
  async (input: unknown, context: CommandContext): Regeluitkomst => {
    const decoded = decodeWith(Regelopdracht, type, input)
    if (isLeft(decoded)) return decoded
    return w.factuur({ type, ...decoded.right }, context)
  }

/** R23: a manual line on an active invoice. */
export const voegRegelToe = regelbewerking('VoegFactuurregelToe')

/** R23: changes a line; only Actief lines, only while the invoice is active. */
export const wijzigRegel = regelbewerking('WijzigFactuurregel')
