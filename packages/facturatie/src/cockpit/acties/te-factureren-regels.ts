import type { Factuurgroep, KlaargezetteRegel } from '../te-factureren'
import type { CockpitWiring } from '../wiring'

/** What "factureren te factureren regels" would pick up, and the lines waiting for a verzamelfactuur. */
export const teFacturerenRegels =
  (w: CockpitWiring) =>
  async (administratie: string): Promise<{ facturen: Factuurgroep[]; wachtend: KlaargezetteRegel[] }> => {
    const state = await w.laadStaging(administratie)
    return {
      facturen: [...state.facturen.values()],
      wachtend: [...state.wachtend].map((id) => state.open.get(id)).filter((r) => r !== undefined),
    }
  }
