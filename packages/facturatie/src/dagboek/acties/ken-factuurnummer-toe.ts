import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft, right } from 'fp-ts/lib/Either.js'
import type { NummerendDagboek } from '../../inrichting/snapshot'
import { type KenFactuurnummerToe, VraagFactuurnummer } from '../commands'
import type { Dagboekuitkomst, Factuurnummer } from '../resultaten'
import type { DagboekWiring, Schrijf } from '../wiring'
import { nummer } from './nummer'

/** The dagboek that numbers the invoice the request names (by its flow or by dagboek), and the command to send it. */
const vraagOm = async (
  w: DagboekWiring,
  input: unknown,
): Dagboekuitkomst<{ doel: NummerendDagboek; factuurId: string; command: KenFactuurnummerToe }> => {
  const decoded = decodeWith(VraagFactuurnummer, 'KenFactuurnummerToe', input)
  if (isLeft(decoded)) return decoded
  const vraag = decoded.right
  const doel =
    'integratiesoort' in vraag
      ? await w.inrichting.integratiedagboek(vraag.administratie, vraag.integratiesoort, vraag.creditnota ?? false)
      : await w.inrichting.nummerendDagboek(vraag.administratie, vraag.dagboek)
  if (isLeft(doel)) return doel
  const { factuurId } = vraag
  return right({
    doel: doel.right,
    factuurId,
    command: { type: 'KenFactuurnummerToe' as const, ...doel.right, factuurId },
  })
}

/**
 * R27: the invoice's number from its integratie-dagboek (or a named dagboek). Idempotent per factuurId: call it
 * again after a crash and the same number comes back.
 */
export const kenFactuurnummerToe =
  (w: DagboekWiring) =>
  async (input: unknown, context: CommandContext): Dagboekuitkomst<Factuurnummer> => {
    const vraag = await vraagOm(w, input)
    if (isLeft(vraag)) return vraag
    const { doel, factuurId, command } = vraag.right
    return nummer(w, doel, factuurId, command, context, w.schrijfZelf)
  }

/**
 * As `kenFactuurnummerToe`, deciding the number without appending it: `schrijf` gets the number and the dagboek's
 * part (none when the invoice had its number already) and appends that part first, with the invoice's.
 */
export const beslisFactuurnummer =
  (w: DagboekWiring) =>
  async <R>(input: unknown, context: CommandContext, schrijf: Schrijf<Factuurnummer, R>): Dagboekuitkomst<R> => {
    const vraag = await vraagOm(w, input)
    if (isLeft(vraag)) return vraag
    const { doel, factuurId, command } = vraag.right
    return nummer(w, doel, factuurId, command, context, schrijf)
  }
