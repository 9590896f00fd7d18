import type { DagboekWiring } from '../wiring'

/** The number a dagboek gave an invoice, if any; whether it is journalised (frozen); the dagboek's last number. */
export const factuurStatus =
  (w: DagboekWiring) => async (administratie: string, dagboek: string, factuurId: string) => {
    const state = await w.laad(administratie, dagboek)
    const toegekend = state.toegekend.get(factuurId)
    return {
      factuurnummer: toegekend?.factuurnummer,
      volgnummer: toegekend?.volgnummer,
      gejournaliseerd: state.gejournaliseerd.has(factuurId),
      laatsteVolgnummer: state.laatsteVolgnummer,
    }
  }
