import { isLeft } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { Kenmerk } from '../gedeeld/codecs'
import { ProjectRef } from '../gedeeld/factuuropdracht'
import {
  type ConceptRegel,
  conceptregelExtras,
  conceptregelVelden,
  Herkomst,
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

const Positie = t.refinement(t.number, (n) => Number.isInteger(n) && n >= 0, 'Positie')

/**
 * A conceptregel as a `Regelset` records it. Left out when they say nothing new: `regelId` when it equals
 * `nacalculatieRegelId`, `herkomst` when `nacalculatie`, `verwerkingsmethode` when its herkomst's first
 * (`eersteVerwerkingsmethode`). `project` and `verdichteRegel` are positions in the set's tables.
 */
export const Setregel = t.intersection([
  t.type(conceptregelVelden),
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

const RegelsetVorm = t.intersection([
  t.type({ regels: t.array(Setregel) }),
  t.partial({ projecten: t.array(ProjectRef), verdichteRegels: t.array(VerdichteRegelRef) }),
])

/**
 * Lines recorded with each fact once: the projects and verdichte regels they name stand once in `projecten` and
 * `verdichteRegels` (each left out when empty), and every line refers to them by position.
 */
export type Regelset = t.TypeOf<typeof RegelsetVorm>

/** The first line field that does not resolve (no id, a position beyond its table), or none. */
const verwijzingsfout = (set: Regelset): { regel: number; veld: string; waarde: unknown } | undefined => {
  const projecten = set.projecten?.length ?? 0
  const verdichteRegels = set.verdichteRegels?.length ?? 0
  for (const [regel, r] of set.regels.entries()) {
    if (r.regelId === undefined && r.nacalculatieRegelId === undefined) return { regel, veld: 'regelId', waarde: r.regelId }
    if (r.project !== undefined && r.project >= projecten) return { regel, veld: 'project', waarde: r.project }
    if (r.verdichteRegel !== undefined && r.verdichteRegel >= verdichteRegels) {
      return { regel, veld: 'verdichteRegel', waarde: r.verdichteRegel }
    }
  }
  return undefined
}

/** `Regelset`'s codec: its shape, and every line's id and positions resolve (a failure names the line's field). */
export const Regelset = new t.Type<Regelset, Regelset, unknown>(
  'Regelset',
  (u): u is Regelset => RegelsetVorm.is(u) && verwijzingsfout(u) === undefined,
  (u, context) => {
    const vorm = RegelsetVorm.validate(u, context)
    if (isLeft(vorm)) return vorm
    const fout = verwijzingsfout(vorm.right)
    if (fout === undefined) return vorm
    return t.failure(
      fout.waarde,
      [
        ...context,
        { key: 'regels', type: t.array(Setregel), actual: vorm.right.regels },
        { key: String(fout.regel), type: Setregel, actual: vorm.right.regels[fout.regel] },
        { key: fout.veld, type: Positie, actual: fout.waarde },
      ],
      fout.veld === 'regelId'
        ? 'a line needs a regelId or a nacalculatieRegelId'
        : `no ${fout.veld} at this position in the set's table`,
    )
  },
  t.identity,
)

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

/** Records full lines as a `Regelset`: each project and verdichte regel once, defaults left out. */
export const alsRegelset = (regels: readonly ConceptRegel[]): Regelset => {
  const projecten = tabel<ProjectRef>((p) => JSON.stringify([p.nummer, p.omschrijving, p.fase?.code, p.fase?.omschrijving]))
  const verdichteRegels = tabel<t.TypeOf<typeof VerdichteRegelRef>>((v) => JSON.stringify([v.id, v.omschrijving]))
  const setregels = regels.map(({ regelId, herkomst, verwerkingsmethode, project, verdichteRegel, ...rest }) => ({
    ...(regelId === rest.nacalculatieRegelId ? {} : { regelId }),
    ...(herkomst === 'nacalculatie' ? {} : { herkomst }),
    ...(verwerkingsmethode === eersteVerwerkingsmethode[herkomst] ? {} : { verwerkingsmethode }),
    ...rest,
    ...(project === undefined ? {} : { project: projecten.positie(project) }),
    ...(verdichteRegel === undefined ? {} : { verdichteRegel: verdichteRegels.positie(verdichteRegel) }),
  }))
  return {
    ...(projecten.waarden.length === 0 ? {} : { projecten: projecten.waarden }),
    ...(verdichteRegels.waarden.length === 0 ? {} : { verdichteRegels: verdichteRegels.waarden }),
    regels: setregels,
  }
}

/** The full lines a `Regelset` records, in order (the inverse of `alsRegelset`). */
export const regelsVan = ({ regels, projecten = [], verdichteRegels = [] }: Regelset): ConceptRegel[] =>
  regels.map(({ regelId, herkomst = 'nacalculatie', verwerkingsmethode, project, verdichteRegel, ...rest }) => {
    const regel: ConceptRegel = {
      ...rest,
      // The codec guarantees one of the two ids.
      regelId: regelId ?? (rest.nacalculatieRegelId as string),
      herkomst,
      verwerkingsmethode: verwerkingsmethode ?? eersteVerwerkingsmethode[herkomst],
    }
    if (project !== undefined) regel.project = projecten[project]
    if (verdichteRegel !== undefined) regel.verdichteRegel = verdichteRegels[verdichteRegel]
    return regel
  })
