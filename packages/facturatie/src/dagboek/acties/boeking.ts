import type { GejournaliseerdData } from '../events'
import type { DagboekWiring } from '../wiring'

/**
 * R24: the booking a dagboek recorded for an invoice (its `Gejournaliseerd`: journaalpost, openstaande post and the
 * set-up that shaped them), read back from the stream at the place the dagboek's state keeps; `undefined` when the
 * dagboek did not journalise it.
 */
export const boeking =
  (w: DagboekWiring) =>
  async (administratie: string, dagboek: string, factuurId: string): Promise<GejournaliseerdData | undefined> => {
    const plaats = (await w.laad(administratie, dagboek)).gejournaliseerd.get(factuurId)
    if (plaats === undefined) return undefined
    const event = await w.leesEvent(administratie, dagboek, plaats.revisie)
    if (event?.type === 'Gejournaliseerd' && event.data.factuurId === factuurId) return event.data
    // The state was folded from this stream, so only a stream rewritten under this process gets here.
    throw new Error(`Invariant broken: dagboek ${dagboek} has no booking of ${factuurId} at revision ${plaats.revisie}`)
  }
