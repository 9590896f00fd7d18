import type { CommandContext } from '@factuurstroom/eventsourcing'
import type { NummerendDagboek } from '../../inrichting/snapshot'
import type { DagboekCommand } from '../commands'
import type { Dagboekuitkomst, Factuurnummer } from '../resultaten'
import type { DagboekWiring } from '../wiring'

/** Sends a numbering command to the dagboek and answers with the number `id` has there, new or given before. */
export const nummer = async (
  w: DagboekWiring,
  doel: NummerendDagboek,
  id: string,
  command: DagboekCommand,
  context: CommandContext,
): Dagboekuitkomst<Factuurnummer> =>
  w.voerUit(doel.administratie, doel.dagboek, command, context, (state, events) => {
    const nieuw = events.find((e) => e.type === 'FactuurnummerToegekend')
    const toekenning =
      nieuw?.type === 'FactuurnummerToegekend'
        ? { volgnummer: nieuw.data.volgnummer, factuurnummer: nieuw.data.factuurnummer }
        : state.toegekend.get(id)
    if (!toekenning) throw new Error(`No number for ${id} after deciding`)
    return { administratie: doel.administratie, dagboek: doel.dagboek, factuurId: id, ...toekenning, nieuw: !!nieuw }
  })
