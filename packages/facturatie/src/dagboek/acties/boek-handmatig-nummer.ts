import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { VraagHandmatigNummer } from '../commands'
import type { Dagboekuitkomst, Factuurnummer } from '../resultaten'
import type { DagboekWiring } from '../wiring'
import { nummer } from './nummer'

/** A manual booking that asks for a specific number: only the next free one is granted (R27). */
export const boekHandmatigNummer =
  (w: DagboekWiring) =>
  async (input: unknown, context: CommandContext): Dagboekuitkomst<Factuurnummer> => {
    const decoded = decodeWith(VraagHandmatigNummer, 'BoekHandmatigNummer', input)
    if (isLeft(decoded)) return decoded
    const { administratie, dagboek, boekingId, volgnummer } = decoded.right
    const doel = await w.inrichting.nummerendDagboek(administratie, dagboek)
    if (isLeft(doel)) return doel
    return nummer(
      w,
      doel.right,
      boekingId,
      { type: 'BoekHandmatigNummer', ...doel.right, boekingId, volgnummer },
      context,
      w.schrijfZelf,
    )
  }
