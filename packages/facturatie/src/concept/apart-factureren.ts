import { type Either, left, right } from 'fp-ts/lib/Either.js'
import { apartFacturerenOntbreekt, type ConceptFout } from './errors'
import type { ConceptRegel } from './events'
import type { ProjectFacturering } from './instellingen'
import type { ConceptKop } from './state'

/**
 * R16: the projects on a concept's invoice with their "apart factureren", in order of first appearance. Every project
 * on an invoiced line must be among the settings sent, or the cockpit could not tell whether to invoice it apart.
 */
export const projectenVanFactuur = (
  kop: ConceptKop,
  regels: readonly ConceptRegel[],
  instellingen: readonly ProjectFacturering[],
): Either<ConceptFout, ProjectFacturering[]> => {
  const nummers = new Set<string>()
  if (kop.project) nummers.add(kop.project.nummer)
  for (const regel of regels) if (regel.project) nummers.add(regel.project.nummer)
  const perNummer = new Map(instellingen.map((project) => [project.nummer, project.apartFactureren]))
  const projecten: ProjectFacturering[] = []
  for (const nummer of nummers) {
    const apartFactureren = perNummer.get(nummer)
    if (apartFactureren === undefined) {
      return left(apartFacturerenOntbreekt(kop.conceptId, nummer))
    }
    projecten.push({ nummer, apartFactureren })
  }
  return right(projecten)
}
