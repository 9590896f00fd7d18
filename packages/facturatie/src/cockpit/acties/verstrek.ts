import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { huidigeOpdracht } from '../../factuur'
import { Code } from '../../gedeeld/codecs'
import type { Cockpituitkomst } from '../resultaten'
import { stap } from '../run/stap'
import { verstrekVia } from '../verstrek-via'
import type { CockpitWiring } from '../wiring'

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
    const state = await w.laadFactuur(administratie, factuurId)
    if (w.deps.uitvoer && state.aangemaakt && state.factuurnummer !== undefined) {
      const factuurInfo = {
        administratie,
        factuurId,
        factuurnummer: state.factuurnummer,
        opdracht: huidigeOpdracht(state),
      }
      for (const verstrekking of state.verstrekkingen) {
        if (state.verstrekt.has(verstrekking.rapport)) continue
        if (rapporten && !rapporten.includes(verstrekking.rapport)) continue
        const uit = await verstrekVia(w.deps.uitvoer, factuurInfo, verstrekking)
        if (isLeft(uit)) return uit
        // Recorded per report at once: a retry after a later report failed does not issue this one again.
        const vastgelegd = await w.factuur(
          {
            type: 'VerstrekFactuur',
            administratie,
            factuurId,
            tijdstip: context.occurredAt,
            rapporten: [verstrekking.rapport],
          },
          stap(context, `${context.commandId}:${verstrekking.rapport}`),
        )
        if (isLeft(vastgelegd)) return vastgelegd
      }
    }
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
