import type { StoredForm } from '@factuurstroom/eventsourcing'
import type { Factuuropdracht, FactuurregelHerkomst } from '../gedeeld/factuuropdracht'
import { compacteOpdracht, regelIdVan, volledigeOpdracht } from '../gedeeld/opdracht-opslag'
import { isVelden, metStandaarden, perItem, zonderStandaarden } from '../gedeeld/opslag'
import { alsTabel, uitTabel } from '../gedeeld/tabel-opslag'

/** The part of ConceptGefactureerd's data its stored form works on; the rest is stored as it is. */
interface Gefactureerd {
  readonly administratie: string
  readonly conceptId: string
  readonly factuuropdracht: Factuuropdracht
  readonly herkomst: readonly FactuurregelHerkomst[]
}

/**
 * ConceptGefactureerd as stored (version 4): the factuuropdracht without its administratie, bron (`concept`) and
 * bronId (the concept) where they are the event's, and without the invoice's project on each line; each herkomst
 * without its `factuurregelId` where it is the id of the opdracht line at the same position. What differs stays.
 * The opdracht's lines and the herkomst are stored as tables (`alsTabel`).
 */
export const conceptGefactureerdOpslag: StoredForm = {
  compact: (encoded) => {
    const data = encoded as Gefactureerd
    const opdracht = data.factuuropdracht
    return {
      ...data,
      factuuropdracht: compacteOpdracht(opdracht, {
        administratie: data.administratie,
        bron: 'concept',
        bronId: data.conceptId,
      }),
      herkomst: alsTabel(
        data.herkomst.map((h, i) => zonderStandaarden(h, { factuurregelId: opdracht.regels[i]?.regelId })),
      ),
    }
  },
  expand: (stored) => {
    if (!isVelden(stored)) return stored
    const kop = { administratie: stored.administratie, bron: 'concept', bronId: stored.conceptId }
    const opdracht = volledigeOpdracht(stored.factuuropdracht, kop, 'factuuropdracht')
    return {
      ...stored,
      factuuropdracht: opdracht,
      herkomst: perItem(uitTabel(stored.herkomst, 'herkomst'), (h, i) =>
        isVelden(h) ? metStandaarden(h, { factuurregelId: regelIdVan(opdracht, i) }) : h,
      ),
    }
  },
}
