import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { Code } from '../../gedeeld/codecs'
import type { Cockpituitkomst } from '../resultaten'
import type { CockpitWiring } from '../wiring'
import { verstrekRapporten } from './verstrek-rapporten'

const Verstrekopdracht = t.intersection([
  t.type({ administratie: Code, factuurId: Code }),
  t.partial({ rapporten: t.array(Code) }),
])

/**
 * R22: issues the invoice's reports (all, or those named) by the relatie's verstrekkingswijze through the host's
 * output, each recorded as issued right after it went out, then records the whole as issued.
 */
export const verstrek =
  (w: CockpitWiring) =>
  async (input: unknown, context: CommandContext): Cockpituitkomst<unknown> => {
    const decoded = decodeWith(Verstrekopdracht, 'Verstrek', input)
    if (isLeft(decoded)) return decoded
    const { administratie, factuurId, rapporten } = decoded.right
    const uitgegaan = await verstrekRapporten(w, administratie, factuurId, rapporten, context)
    if (isLeft(uitgegaan)) return uitgegaan
    return w.factuur(
      {
        type: 'VerstrekFactuur',
        administratie,
        factuurId,
        tijdstip: context.occurredAt,
        ...(rapporten ? { rapporten } : {}),
      },
      context,
    )
  }
