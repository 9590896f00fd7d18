import type { Factuuropdracht } from './factuuropdracht'
import { isVelden, metStandaarden, perItem, type Velden, zonderStandaarden } from './opslag'
import { alsTabel, uitTabel } from './tabel-opslag'

/** The fields of a Factuuropdracht its event also holds at the top: `administratie`, `bron`, `bronId`. */
export type Opdrachtkop = { readonly administratie: unknown; readonly bron: unknown; readonly bronId: unknown }

/**
 * A Factuuropdracht as stored inside an event: without the `kop` fields where they equal the event's, and without a
 * line's `project` where it is the opdracht's (`null` for a line without one on an invoice with one); its lines as a
 * table (`alsTabel`).
 */
export const compacteOpdracht = (opdracht: Factuuropdracht, kop: Opdrachtkop): Velden => {
  const project = { project: opdracht.project }
  return {
    ...zonderStandaarden(opdracht, kop),
    regels: alsTabel(opdracht.regels.map((regel) => zonderStandaarden(regel, project))),
  }
}

/**
 * The inverse of `compacteOpdracht`; data of another shape is left as it is, for validation to name. `pad` is where
 * the opdracht is in the event, for a bad table's DecodeError.
 */
export const volledigeOpdracht = (opgeslagen: unknown, kop: Opdrachtkop, pad: string): unknown => {
  if (!isVelden(opgeslagen)) return opgeslagen
  const project = { project: opgeslagen.project }
  return {
    ...metStandaarden(opgeslagen, kop),
    regels: perItem(uitTabel(opgeslagen.regels, `${pad}.regels`), (regel) => (isVelden(regel) ? metStandaarden(regel, project) : regel)),
  }
}

/** The `regelId` of line `index` of an (expanded) opdracht, if it has one: a standaard for what refers to it. */
export const regelIdVan = (opdracht: unknown, index: number): unknown => {
  const regels = isVelden(opdracht) ? opdracht.regels : undefined
  const regel = Array.isArray(regels) ? regels[index] : undefined
  return isVelden(regel) ? regel.regelId : undefined
}
