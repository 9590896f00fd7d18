import type { CommandContext } from '@factuurstroom/eventsourcing'
import type { NummerendDagboek } from '../../inrichting/snapshot'
import type { DagboekCommand } from '../commands'
import type { Dagboekuitkomst, Factuurnummer } from '../resultaten'
import type { DagboekWiring, Lees, Schrijf } from '../wiring'

/** Reads the number `id` has in the dagboek right after a numbering command: new, or given before. */
const leesNummer =
  (doel: NummerendDagboek, id: string): Lees<Factuurnummer> =>
  (state, events) => {
    const nieuw = events.find((e) => e.type === 'FactuurnummerToegekend')
    const toekenning =
      nieuw?.type === 'FactuurnummerToegekend'
        ? { volgnummer: nieuw.data.volgnummer, factuurnummer: nieuw.data.factuurnummer }
        : state.toegekend.get(id)
    if (!toekenning) throw new Error(`No number for ${id} after deciding`)
    return { administratie: doel.administratie, dagboek: doel.dagboek, factuurId: id, ...toekenning, nieuw: !!nieuw }
  }

/**
 * Sends a numbering command to the dagboek; `schrijf` gets the number `id` has there (new or given before) with the
 * dagboek's part to append (`w.schrijfZelf` appends it alone), and its outcome is the answer.
 */
export const nummer = async <R>(
  w: DagboekWiring,
  doel: NummerendDagboek,
  id: string,
  command: DagboekCommand,
  context: CommandContext,
  schrijf: Schrijf<Factuurnummer, R>,
): Dagboekuitkomst<R> => w.beslisUit(doel.administratie, doel.dagboek, command, context, leesNummer(doel, id), schrijf)
