import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import { huidigeOpdracht } from '../../factuur'
import { stap } from '../../gedeeld/stap'
import type { CockpitServiceFout } from '../resultaten'
import { verstrekVia } from '../verstrek-via'
import type { CockpitWiring } from '../wiring'

/**
 * R22 through the host's output (when it has one): each of the invoice's reports not yet issued (all, or those
 * named) goes out by the relatie's verstrekkingswijze and is recorded as issued right after, on its own; what is left
 * is recording the whole as issued.
 */
export const verstrekRapporten = async (
  w: CockpitWiring,
  administratie: string,
  factuurId: string,
  rapporten: readonly string[] | undefined,
  context: CommandContext,
): Promise<Either<CockpitServiceFout, void>> => {
  if (!w.deps.uitvoer) return right(undefined)
  const state = await w.laadFactuur(administratie, factuurId)
  if (!state.aangemaakt || state.factuurnummer === undefined) return right(undefined)
  const factuurInfo = { administratie, factuurId, factuurnummer: state.factuurnummer, opdracht: huidigeOpdracht(state) }
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
  return right(undefined)
}
