import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { VraagFactuurnummer } from '../commands'
import type { Dagboekuitkomst, Factuurnummer } from '../resultaten'
import type { DagboekWiring } from '../wiring'
import { nummer } from './nummer'

/**
 * R27: the invoice's number from its integratie-dagboek (or a named dagboek). Idempotent per factuurId: call it
 * again after a crash and the same number comes back.
 */
export const kenFactuurnummerToe =
  (w: DagboekWiring) =>
  async (input: unknown, context: CommandContext): Dagboekuitkomst<Factuurnummer> => {
    const decoded = decodeWith(VraagFactuurnummer, 'KenFactuurnummerToe', input)
    if (isLeft(decoded)) return decoded
    const vraag = decoded.right
    const doel =
      'integratiesoort' in vraag
        ? await w.inrichting.integratiedagboek(vraag.administratie, vraag.integratiesoort, vraag.creditnota ?? false)
        : await w.inrichting.nummerendDagboek(vraag.administratie, vraag.dagboek)
    if (isLeft(doel)) return doel
    const { factuurId } = vraag
    return nummer(w, doel.right, factuurId, { type: 'KenFactuurnummerToe', ...doel.right, factuurId }, context)
  }
