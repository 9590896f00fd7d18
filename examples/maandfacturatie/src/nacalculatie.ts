import { concept } from '@factuurstroom/facturatie'
import type { Administratie, Maand, Nacalculatieregel, Relatie } from './genereer'
import type { Bibliotheek, Stap, Voortgang } from './maand'
import { verwacht } from './verwacht'

/** A concept the month's nacalculatie opened or added to, with the lines it holds from it. */
export interface Conceptverwijzing {
  readonly conceptId: string
  readonly relatie: Relatie
  readonly project: string | undefined
  readonly regelIds: readonly string[]
}

/** One relatie's booked lines onto its concepts (R2, R3, R5), under the administratie's and relatie's settings. */
const neemOver = async (
  bieb: Bibliotheek,
  adm: Administratie,
  relatie: Relatie,
  regels: readonly Nacalculatieregel[],
  ctx: Stap,
  commandId: string,
) => {
  const nummers = new Set(regels.map((r) => r.project))
  const projecten = adm.projecten
    .filter((p) => nummers.has(p.nummer))
    .map((p) => ({ nummer: p.nummer, omschrijving: p.omschrijving }))
  return verwacht(
    `nacalculatie ${relatie.nummer}`,
    await bieb.concepten.neemNacalculatieOver(
      {
        administratie: adm.code,
        verkooprelatie: { nummer: relatie.nummer, naam: relatie.naam },
        valuta: 'EUR',
        projectInstellingen: adm.projectInstellingen,
        relatieInstellingen: relatie.instellingen,
        projecten,
        regels,
      },
      ctx(commandId),
    ),
  )
}

/** Nacalculatie → concepten: one `neemNacalculatieOver` per relatie with its projects and lines; one concept per project. */
export const nacalculatie = async (
  bieb: Bibliotheek,
  maand: Maand,
  adm: Administratie,
  voortgang: Voortgang,
  ctx: Stap,
): Promise<Conceptverwijzing[]> => {
  const concepten = new Map<string, Conceptverwijzing>()
  let gedaan = 0
  for (const relatie of adm.relaties) {
    const regels = adm.nacalculatie.get(relatie.nummer) ?? []
    voortgang(`${adm.code} nacalculatie → concepten`, ++gedaan, adm.relaties.length)
    if (regels.length === 0) continue
    const uitkomst = await neemOver(
      bieb,
      adm,
      relatie,
      regels,
      ctx,
      `nacalculatie:${adm.code}:${relatie.nummer}:${maand.periode}`,
    )
    for (const { conceptId, events } of uitkomst.concepten) {
      const regelIds: string[] = []
      let project: string | undefined
      for (const event of events) {
        if (event.type === 'ConceptGeopend') project = event.data.project?.nummer
        if (event.type === 'ConceptRegelsToegevoegd') regelIds.push(...event.data.regels.map(concept.regelIdVan))
      }
      const bestaand = concepten.get(conceptId)
      concepten.set(conceptId, {
        conceptId,
        relatie,
        project: bestaand?.project ?? project,
        regelIds: [...(bestaand?.regelIds ?? []), ...regelIds],
      })
    }
  }
  return [...concepten.values()]
}

/** The month's remainder: the late hours, their relaties and the concepts they wait on, each factureerbaar. */
export interface Nagekomen {
  readonly relaties: readonly string[]
  readonly regels: number
  readonly concepten: readonly string[]
}

/**
 * Hours booked on the last working day after the invoicing run: taken onto concepts (a new one per project, or the
 * project's concept still active with deferred lines, R3) and set factureerbaar (R11), not invoiced. The next
 * "factureren concepten" invoices them: the cockpit's Concepten page lists them meanwhile.
 */
export const neemNagekomenUrenOver = async (
  bieb: Bibliotheek,
  maand: Maand,
  adm: Administratie,
  ctx: Stap,
): Promise<Nagekomen> => {
  const concepten = new Set<string>()
  let regels = 0
  for (const [nummer, lijst] of adm.nagekomen) {
    const relatie = adm.relaties.find((r) => r.nummer === nummer) as Relatie
    const uitkomst = await neemOver(bieb, adm, relatie, lijst, ctx, `nagekomen:${adm.code}:${nummer}:${maand.periode}`)
    for (const { conceptId } of uitkomst.concepten) concepten.add(conceptId)
    regels += lijst.length
  }
  for (const conceptId of concepten) {
    verwacht(
      `factureerbaar ${conceptId}`,
      await bieb.concepten.stelFactureerbaar(
        { administratie: adm.code, conceptId },
        ctx(`nagekomen-factureerbaar:${adm.code}:${conceptId}:${maand.periode}`),
      ),
    )
  }
  return { relaties: [...adm.nagekomen.keys()], regels, concepten: [...concepten] }
}
