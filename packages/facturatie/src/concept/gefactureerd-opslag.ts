import type { StoredForm } from '@factuurstroom/eventsourcing'
import type { Factuuropdracht, FactuurregelHerkomst } from '../gedeeld/factuuropdracht'
import { compacteOpdracht, regelIdVan, volledigeOpdracht } from '../gedeeld/opdracht-opslag'
import { isVelden, metStandaarden, perItem, type Velden, zonderStandaarden } from '../gedeeld/opslag'
import { alsTabel, uitTabel } from '../gedeeld/tabel-opslag'

/** The part of ConceptGefactureerd's data its stored form works on; the rest is stored as it is. */
interface Gefactureerd {
  readonly administratie: string
  readonly conceptId: string
  readonly factuurId: string
  readonly factuuropdracht: Factuuropdracht
  readonly herkomst: readonly FactuurregelHerkomst[]
}

/** The id of the rounding line (R8) of printed line `regelId` on invoice `factuurId`, as the concept makes it. */
const afrondingsregelId = (factuurId: unknown, regelId: unknown): string | undefined =>
  typeof factuurId === 'string' && typeof regelId === 'string' ? `afronding:${factuurId}:${regelId}` : undefined

/** A herkomst without its line's id, and with its line's rounding line as `null` (an id is text, never null). */
const compacteHerkomst = (herkomst: FactuurregelHerkomst, regelId: string | undefined, factuurId: string): Velden => {
  const uit = zonderStandaarden(herkomst, { factuurregelId: regelId })
  const afronding = afrondingsregelId(factuurId, regelId)
  if (afronding === undefined || !herkomst.conceptregelIds.includes(afronding)) return uit
  return { ...uit, conceptregelIds: herkomst.conceptregelIds.map((id) => (id === afronding ? null : id)) }
}

const volledigeHerkomst = (opgeslagen: unknown, regelId: unknown, factuurId: unknown): unknown => {
  if (!isVelden(opgeslagen)) return opgeslagen
  const herkomst = metStandaarden(opgeslagen, { factuurregelId: regelId })
  const afronding = afrondingsregelId(factuurId, regelId)
  if (afronding === undefined) return herkomst
  return { ...herkomst, conceptregelIds: perItem(herkomst.conceptregelIds, (id) => (id === null ? afronding : id)) }
}

/**
 * ConceptGefactureerd as stored in version 4 (and within version 5): the factuuropdracht without its administratie,
 * bron (`concept`) and bronId (the concept) where they are the event's, and without the invoice's project on each
 * line; each herkomst without its `factuurregelId` where it is the id of the opdracht line at the same position, and
 * with the id of that line's rounding line (`afronding:<factuurId>:<regelId>`) as `null`. What differs stays. The
 * opdracht's lines and the herkomst are stored as tables (`alsTabel`).
 */
export const gefactureerdOpslagVersie4: StoredForm = {
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
      herkomst: alsTabel(data.herkomst.map((h, i) => compacteHerkomst(h, opdracht.regels[i]?.regelId, data.factuurId))),
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
        volledigeHerkomst(h, regelIdVan(opdracht, i), stored.factuurId),
      ),
    }
  },
}

/** The relatie settings' btw-plicht is left out where it is the invoice's. */
const btwPlichtVan = (data: Velden): Velden => ({
  btwPlicht: isVelden(data.factuuropdracht) ? data.factuuropdracht.btwPlicht : undefined,
})

/** An invoice that settles every line of its concept writes off, defers and makes invoiceable none. */
const geenAfhandeling = (): Velden => ({ afgeboekt: [], doorgeschoven: [], factureerbaarGesteld: [] })

/**
 * ConceptGefactureerd as stored (version 5): as in version 4 (`gefactureerdOpslagVersie4`), the relatie settings
 * without their btw-plicht where it is the invoice's, and the lists of written-off, deferred and invoiceable-made
 * lines left out where they are empty (`null` where absent).
 */
export const conceptGefactureerdOpslag: StoredForm = {
  compact: (encoded) => {
    const data = encoded as Velden
    const relatie = data.relatieInstellingen as Velden
    const compact = {
      ...(gefactureerdOpslagVersie4.compact(data) as Velden),
      relatieInstellingen: zonderStandaarden(relatie, btwPlichtVan(data)),
    }
    return zonderStandaarden(compact, geenAfhandeling())
  },
  expand: (stored) => {
    if (!isVelden(stored)) return stored
    const relatie = stored.relatieInstellingen
    const data = gefactureerdOpslagVersie4.expand(metStandaarden(stored, geenAfhandeling())) as Velden
    if (!isVelden(relatie)) return data
    return { ...data, relatieInstellingen: metStandaarden(relatie, btwPlichtVan(stored)) }
  },
}
