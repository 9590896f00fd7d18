import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import { stap } from '../../gedeeld/stap'
import type { CockpitServiceFout, GemaakteFactuur } from '../resultaten'
import type { CockpitWiring } from '../wiring'

/** Marks per append: ~300 bytes each with metadata, so a batch stays far under the append maximum. */
export const MARKEREN_PER_APPEND = 200

/** Marks numbered invoices in the staging stream, up to `MARKEREN_PER_APPEND` per append. */
export const markeer = async (
  w: CockpitWiring,
  administratie: string,
  facturen: readonly GemaakteFactuur[],
  context: CommandContext,
): Promise<Either<CockpitServiceFout, void>> => {
  for (let i = 0; i < facturen.length; i += MARKEREN_PER_APPEND) {
    const deel = facturen.slice(i, i + MARKEREN_PER_APPEND)
    const eerste = deel[0]?.factuurId
    const laatste = deel.at(-1)?.factuurId
    const gemarkeerd = await w.staging(
      {
        type: 'MarkeerGefactureerd',
        administratie,
        facturen: deel.map(({ factuurId, factuurnummer }) => ({ factuurId, factuurnummer })),
      },
      stap(context, `markeer:${administratie}:${eerste}..${laatste}:${deel.length}`),
    )
    if (isLeft(gemarkeerd)) return gemarkeerd
  }
  return right(undefined)
}
