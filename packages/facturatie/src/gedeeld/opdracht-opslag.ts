import type { Factuuropdracht, Factuurregel } from './factuuropdracht'
import { isVelden, metStandaarden, perItem, type Velden, zonderStandaarden } from './opslag'
import { alsTabel, uitTabel } from './tabel-opslag'

/** The fields of a Factuuropdracht its event also holds at the top: `administratie`, `bron`, `bronId`. */
export type Opdrachtkop = { readonly administratie: unknown; readonly bron: unknown; readonly bronId: unknown }

/**
 * A line as stored: without the opdracht's `project` and, where its id is `voorvoegsel` and the source line's id,
 * with only that source line's id as `bronRegelId` (unless the line has a `bronRegelId` of its own).
 */
const compacteRegel = (regel: Factuurregel, project: Velden, voorvoegsel: string | undefined): Velden => {
  const eigen = voorvoegsel !== undefined && regel.regelId.startsWith(voorvoegsel) && !('bronRegelId' in regel)
  if (!eigen) return zonderStandaarden(regel, project)
  // The id is left out as equal to itself; the source line's id stands in for it.
  const bronRegelId = regel.regelId.slice(voorvoegsel.length)
  return { bronRegelId, ...zonderStandaarden(regel, { ...project, regelId: regel.regelId }) }
}

const volledigeRegel = (opgeslagen: unknown, project: Velden, voorvoegsel: string | undefined): unknown => {
  if (!isVelden(opgeslagen)) return opgeslagen
  const { regelId, bronRegelId } = opgeslagen
  if (regelId !== undefined || typeof bronRegelId !== 'string' || voorvoegsel === undefined) {
    return metStandaarden(opgeslagen, project)
  }
  const regel: Velden = { regelId: `${voorvoegsel}${bronRegelId}` }
  for (const veld in opgeslagen) if (veld !== 'bronRegelId') regel[veld] = opgeslagen[veld]
  return metStandaarden(regel, project)
}

/** The opdracht's fields that hold, unless it says otherwise, the event's `kop` and its own verkooprelatie. */
const standaarden = (kop: Opdrachtkop, verkooprelatie: unknown): Velden => ({ ...kop, factuurrelatie: verkooprelatie })

/**
 * A Factuuropdracht as stored inside an event: without the `kop` fields where they equal the event's, without its
 * `factuurrelatie` where it is its verkooprelatie (R12: most relaties are invoiced themselves), and without a
 * line's `project` where it is the opdracht's (`null` for a line without one on an invoice with one); a line whose
 * id starts with `voorvoegsel` (e.g. `<bron>:<bronId>:`) holds only the rest, as `bronRegelId`. Its lines as a
 * table (`alsTabel`).
 */
export const compacteOpdracht = (opdracht: Factuuropdracht, kop: Opdrachtkop, voorvoegsel?: string): Velden => {
  const project = { project: opdracht.project }
  return {
    ...zonderStandaarden(opdracht, standaarden(kop, opdracht.verkooprelatie)),
    regels: alsTabel(opdracht.regels.map((regel) => compacteRegel(regel, project, voorvoegsel))),
  }
}

/**
 * The inverse of `compacteOpdracht`; data of another shape is left as it is, for validation to name. `pad` is where
 * the opdracht is in the event, for a bad table's DecodeError.
 */
export const volledigeOpdracht = (
  opgeslagen: unknown,
  kop: Opdrachtkop,
  pad: string,
  voorvoegsel?: string,
): unknown => {
  if (!isVelden(opgeslagen)) return opgeslagen
  const project = { project: opgeslagen.project }
  return {
    ...metStandaarden(opgeslagen, standaarden(kop, opgeslagen.verkooprelatie)),
    regels: perItem(uitTabel(opgeslagen.regels, `${pad}.regels`), (regel) =>
      volledigeRegel(regel, project, voorvoegsel),
    ),
  }
}

/** The `regelId` of line `index` of an (expanded) opdracht, if it has one: a standaard for what refers to it. */
export const regelIdVan = (opdracht: unknown, index: number): unknown => {
  const regels = isVelden(opdracht) ? opdracht.regels : undefined
  const regel = Array.isArray(regels) ? regels[index] : undefined
  return isVelden(regel) ? regel.regelId : undefined
}
