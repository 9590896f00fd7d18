import { isLeft } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { Kenmerk } from '../gedeeld/codecs'
import { ProjectRef } from '../gedeeld/factuuropdracht'
import {
  type ConceptRegel,
  conceptregelExtras,
  conceptregelVelden,
  Herkomst,
  Item,
  VerdichteRegelRef,
  Verwerkingsmethode,
} from './conceptregel'

/** The verwerkingsmethode a line of each herkomst arrives with: a set line leaves it out when it is this one. */
export const eersteVerwerkingsmethode: Readonly<Record<Herkomst, Verwerkingsmethode>> = {
  nacalculatie: 'F',
  afronding: 'F',
  voorschotverrekening: 'F',
  plusregel: 'P',
  correctie: 'P',
  voorschot: 'V',
}

type VerdichteRegel = t.TypeOf<typeof VerdichteRegelRef>

const Positie = t.refinement(t.number, (n) => Number.isInteger(n) && n >= 0, 'Positie')

/**
 * A conceptregel as a `Regelset` records it. Left out when they say nothing new: `regelId` when it equals
 * `nacalculatieRegelId`, `herkomst` when `nacalculatie`, `verwerkingsmethode` when its herkomst's first
 * (`eersteVerwerkingsmethode`). `item`, `project` and `verdichteRegel` are positions in the set's tables.
 */
export const Setregel = t.intersection([
  t.type({ item: Positie, ...conceptregelVelden }),
  t.partial({
    regelId: Kenmerk,
    herkomst: Herkomst,
    verwerkingsmethode: Verwerkingsmethode,
    ...conceptregelExtras,
    project: Positie,
    verdichteRegel: Positie,
  }),
])
export type Setregel = t.TypeOf<typeof Setregel>

const regelsetVelden = { items: t.array(Item), regels: t.array(Setregel) }
const regelsetTabellen = { projecten: t.array(ProjectRef), verdichteRegels: t.array(VerdichteRegelRef) }

/**
 * Lines recorded with each fact once: the werksoorten/kostensoorten (with their btw-tariefgroep and integratiegroep),
 * projects and verdichte regels they name stand once in `items`, `projecten` and `verdichteRegels` (the last two
 * left out when empty), and every line refers to them by position.
 */
export type Regelset = t.TypeOf<t.TypeC<typeof regelsetVelden>> & t.TypeOf<t.PartialC<typeof regelsetTabellen>>

/** The first line field that does not resolve (no id, a position beyond its table), or none. */
const verwijzingsfout = (set: Regelset): { regel: number; veld: string; waarde: unknown } | undefined => {
  const projecten = set.projecten?.length ?? 0
  const verdichteRegels = set.verdichteRegels?.length ?? 0
  for (const [regel, r] of set.regels.entries()) {
    if (r.regelId === undefined && r.nacalculatieRegelId === undefined)
      return { regel, veld: 'regelId', waarde: r.regelId }
    if (r.item >= set.items.length) return { regel, veld: 'item', waarde: r.item }
    if (r.project !== undefined && r.project >= projecten) return { regel, veld: 'project', waarde: r.project }
    if (r.verdichteRegel !== undefined && r.verdichteRegel >= verdichteRegels) {
      return { regel, veld: 'verdichteRegel', waarde: r.verdichteRegel }
    }
  }
  return undefined
}

/**
 * The codec of event data holding `velden` and a `Regelset`: its shape, and every line's id and positions resolve (a
 * failure names the line's field, e.g. `regels.3.project`).
 */
export const metRegelset = <P extends t.Props>(velden: P) => {
  const vorm = t.intersection([t.type({ ...velden, ...regelsetVelden }), t.partial(regelsetTabellen)])
  type Data = t.TypeOf<typeof vorm>
  return new t.Type<Data, Data, unknown>(
    'Regelset',
    (u): u is Data => vorm.is(u) && verwijzingsfout(u) === undefined,
    (u, context) => {
      const gevormd = vorm.validate(u, context)
      if (isLeft(gevormd)) return gevormd
      const data = gevormd.right
      const fout = verwijzingsfout(data)
      if (fout === undefined) return gevormd
      return t.failure(
        fout.waarde,
        [
          ...context,
          { key: 'regels', type: regelsetVelden.regels, actual: data.regels },
          { key: String(fout.regel), type: Setregel, actual: data.regels[fout.regel] },
          { key: fout.veld, type: Positie, actual: fout.waarde },
        ],
        fout.veld === 'regelId'
          ? 'a line needs a regelId or a nacalculatieRegelId'
          : `no ${fout.veld} at this position in the set's table`,
      )
    },
    t.identity,
  )
}

/** Positions of equal values in one table, in order of first use. */
const tabel = <T>(sleutel: (waarde: T) => string) => {
  const waarden: T[] = []
  const posities = new Map<string, number>()
  return {
    waarden,
    positie: (waarde: T): number => {
      const k = sleutel(waarde)
      const bekend = posities.get(k)
      if (bekend !== undefined) return bekend
      posities.set(k, waarden.length)
      waarden.push(waarde)
      return waarden.length - 1
    },
  }
}

/** Records full lines as a `Regelset`: each item, project and verdichte regel once, defaults left out. */
export const alsRegelset = (regels: readonly ConceptRegel[]): Regelset => {
  const projecten = tabel<ProjectRef>((p) =>
    JSON.stringify([p.nummer, p.omschrijving, p.fase?.code, p.fase?.omschrijving]),
  )
  const verdichteRegels = tabel<VerdichteRegel>((v) => JSON.stringify([v.id, v.omschrijving]))
  const items = tabel<Item>((i) =>
    JSON.stringify([i.soort, i.itemcode, i.itemomschrijving, i.btwTariefgroep, i.integratiegroep]),
  )
  const setregels = regels.map((regel) => {
    const { regelId, herkomst, verwerkingsmethode, project, verdichteRegel, ...rest } = regel
    const { soort, itemcode, itemomschrijving, btwTariefgroep, integratiegroep, ...eigen } = rest
    const item = {
      soort,
      itemcode,
      ...(itemomschrijving === undefined ? {} : { itemomschrijving }),
      btwTariefgroep,
      integratiegroep,
    }
    return {
      ...(regelId === rest.nacalculatieRegelId ? {} : { regelId }),
      ...(herkomst === 'nacalculatie' ? {} : { herkomst }),
      ...(verwerkingsmethode === eersteVerwerkingsmethode[herkomst] ? {} : { verwerkingsmethode }),
      item: items.positie(item),
      ...eigen,
      ...(project === undefined ? {} : { project: projecten.positie(project) }),
      ...(verdichteRegel === undefined ? {} : { verdichteRegel: verdichteRegels.positie(verdichteRegel) }),
    }
  })
  return {
    items: items.waarden,
    ...(projecten.waarden.length === 0 ? {} : { projecten: projecten.waarden }),
    ...(verdichteRegels.waarden.length === 0 ? {} : { verdichteRegels: verdichteRegels.waarden }),
    regels: setregels,
  }
}

/** A set line's own id: its `regelId`, left out when it equals its `nacalculatieRegelId`. */
export const regelIdVan = (regel: Setregel): string =>
  // The codec guarantees one of the two ids.
  regel.regelId ?? (regel.nacalculatieRegelId as string)

/** A set line's verwerkingsmethode, left out when it is its herkomst's first. */
export const verwerkingsmethodeVan = (regel: Setregel): Verwerkingsmethode =>
  regel.verwerkingsmethode ?? eersteVerwerkingsmethode[regel.herkomst ?? 'nacalculatie']

/**
 * The full lines a `Regelset` records, in order (the inverse of `alsRegelset`). Built with `Object.assign` and plain
 * assignments: an object literal with two spreads and more fields after them took V8's slow path, 20× the time.
 */
export const regelsVan = ({ items, regels, projecten = [], verdichteRegels = [] }: Regelset): ConceptRegel[] =>
  regels.map((setregel) => {
    const {
      regelId: _regelId,
      herkomst = 'nacalculatie',
      verwerkingsmethode: _verwerkingsmethode,
      item,
      project,
      verdichteRegel,
      ...rest
    } = setregel
    const regel: ConceptRegel = Object.assign({}, items[item] as Item, rest) as ConceptRegel
    regel.regelId = regelIdVan(setregel)
    regel.herkomst = herkomst
    regel.verwerkingsmethode = verwerkingsmethodeVan(setregel)
    if (project !== undefined) regel.project = projecten[project] as ProjectRef
    if (verdichteRegel !== undefined) regel.verdichteRegel = verdichteRegels[verdichteRegel] as VerdichteRegel
    return regel
  })

const isObject = (u: unknown): u is object => typeof u === 'object' && u !== null

/** Upcaster of an event whose version 1 held its lines in full as `regels`; anything else is left for the codec. */
export const regelsetUitVersie1 = (data: unknown): unknown => {
  if (!isObject(data)) return data
  const { regels, ...rest } = data as { regels: unknown }
  return Array.isArray(regels) && regels.every(isObject) ? { ...rest, ...alsRegelset(regels as ConceptRegel[]) } : data
}
