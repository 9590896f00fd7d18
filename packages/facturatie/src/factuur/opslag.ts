import type { StoredForm } from '@factuurstroom/eventsourcing'
import type { Factuuropdracht } from '../gedeeld/factuuropdracht'
import { compacteOpdracht, regelIdVan, volledigeOpdracht } from '../gedeeld/opdracht-opslag'
import { isVelden, metStandaarden, perItem, type Velden, zonderStandaarden } from '../gedeeld/opslag'
import { alsTabel, uitTabel } from '../gedeeld/tabel-opslag'
import { compacteBtw, volledigeBtw } from './btw-opslag'
import type { Regelherkomst, Regelstatus } from './commands'

type Regelinfo = { readonly regelId: string; readonly status: Regelstatus; readonly herkomst: Regelherkomst }

/** The part of FactuurAangemaakt's data its stored form works on; the rest is stored as it is. */
interface Aangemaakt {
  readonly bron: string
  readonly bronId: string
  readonly administratie: string
  readonly opdracht: Factuuropdracht
  readonly regels: readonly Regelinfo[]
  readonly btw: Velden
}

/** A staged line's id is `<bron>:<bronId>:<bronRegelId>`: the source line's id follows from it and the herkomst. */
const bronRegelIdVan = (regelId: unknown, herkomst: Velden): string | undefined => {
  const voorvoegsel = `${herkomst.bron}:${herkomst.bronId}:`
  return typeof regelId === 'string' && regelId.startsWith(voorvoegsel) ? regelId.slice(voorvoegsel.length) : undefined
}

/** The ids a line's herkomst holds unless it says otherwise: they follow from the line's id and the herkomst's source. */
const afgeleid = (regelId: unknown, herkomst: Velden): Velden => ({
  teFacturerenRegelId: regelId,
  bronRegelId: bronRegelIdVan(regelId, herkomst),
})

const compacteRegel = (info: Regelinfo, opdrachtRegelId: unknown, data: Aangemaakt): Velden => {
  const { herkomst, ...rest } = zonderStandaarden(info, { regelId: opdrachtRegelId })
  const bron = { bron: data.bron, bronId: data.bronId }
  const eigen = zonderStandaarden(info.herkomst, { ...bron, ...afgeleid(info.regelId, info.herkomst) })
  return Object.keys(eigen).length === 0 ? rest : { ...rest, herkomst: eigen }
}

const volledigeRegel = (opgeslagen: unknown, opdrachtRegelId: unknown, data: Velden): unknown => {
  if (!isVelden(opgeslagen)) return opgeslagen
  const info = metStandaarden(opgeslagen, { regelId: opdrachtRegelId })
  const herkomst = 'herkomst' in info ? info.herkomst : {}
  if (!isVelden(herkomst)) return info
  const bron = metStandaarden(herkomst, { bron: data.bron, bronId: data.bronId })
  return { ...info, herkomst: metStandaarden(bron, afgeleid(info.regelId, bron)) }
}

/**
 * FactuurAangemaakt as stored (version 3): the opdracht without the administratie, bron and bronId of the event and
 * without the invoice's project on each line, a line id `<bron>:<bronId>:<rest>` stored as `bronRegelId: <rest>`; each line's info without its `regelId` (the opdracht line's at the
 * same position) and a herkomst without what follows from the event and the line: bron and bronId (the event's),
 * `teFacturerenRegelId` (the line's id) and `bronRegelId` (that id without `<bron>:<bronId>:`). What differs stays.
 * Both lists of lines are stored as tables (`alsTabel`); the VAT computation keeps only what its lines do not give
 * (`compacteBtw`).
 */
export const factuurAangemaaktOpslag: StoredForm = {
  compact: (encoded) => {
    const data = encoded as Aangemaakt
    return {
      ...data,
      opdracht: compacteOpdracht(
        data.opdracht,
        { administratie: data.administratie, bron: data.bron, bronId: data.bronId },
        `${data.bron}:${data.bronId}:`,
      ),
      regels: alsTabel(data.regels.map((info, i) => compacteRegel(info, data.opdracht.regels[i]?.regelId, data))),
      btw: compacteBtw(data.btw, data.opdracht.regels),
    }
  },
  expand: (stored) => {
    if (!isVelden(stored)) return stored
    const { administratie, bron, bronId } = stored
    const voorvoegsel = typeof bron === 'string' && typeof bronId === 'string' ? `${bron}:${bronId}:` : undefined
    const opdracht = volledigeOpdracht(stored.opdracht, { administratie, bron, bronId }, 'opdracht', voorvoegsel)
    return {
      ...stored,
      opdracht,
      regels: perItem(uitTabel(stored.regels, 'regels'), (info, i) =>
        volledigeRegel(info, regelIdVan(opdracht, i), stored),
      ),
      btw: volledigeBtw(stored.btw, isVelden(opdracht) ? opdracht.regels : undefined),
    }
  },
}
