import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import { type ConceptKopGegevens, NeemNacalculatieOverInput, type NieuweRegel } from '../commands'
import { conceptDecider } from '../decide'
import { projectOnbekend } from '../errors'
import { initialConceptState } from '../state'
import type { ConceptServiceFout, ConceptUitkomst, Resultaat } from '../uitkomst'
import type { ConceptWiring } from '../wiring'
import { conceptVrijeVelden, decodeerMetStamgegevens, kopGegevens, metVrijeVelden, nacalculatieRegel } from './opdracht'
import { type Route, voerUit } from './route'

/** R2, R3, R5: takes billable nacalculatie lines onto concepts: one per key, split per btw-plicht. */
export const neemNacalculatieOver =
  (w: ConceptWiring) =>
  async (input: unknown, context: CommandContext): Resultaat => {
    const decoded = await decodeerMetStamgegevens(w, NeemNacalculatieOverInput, 'NeemNacalculatieOver', input)
    if (isLeft(decoded)) return decoded
    const routes = routesVoor(w, decoded.right)
    if (isLeft(routes)) return routes
    // Refuse the whole batch before anything is written when any group is invalid in itself.
    for (const route of routes.right) {
      const proef = conceptDecider.decide(route.maak('proef', route.kop), initialConceptState())
      if (isLeft(proef)) return proef
    }
    const concepten: ConceptUitkomst['concepten'][number][] = []
    for (const route of routes.right) {
      const gedaan = await voerUit(w, route, context)
      if (isLeft(gedaan)) return gedaan
      concepten.push(...gedaan.right.concepten)
    }
    return right({ concepten, warnings: [] })
  }

/** The lines grouped per concept they go to: one group per key (R3, split per btw-plicht, R5), or per line (R2). */
const routesVoor = (w: ConceptWiring, opdracht: NeemNacalculatieOverInput): Either<ConceptServiceFout, Route[]> => {
  const conceptVelden = conceptVrijeVelden(w, opdracht.conceptVrijeVelden)
  if (isLeft(conceptVelden)) return conceptVelden
  const projecten = new Map(opdracht.projecten.map((project) => [project.nummer, project]))
  const methode = opdracht.projectInstellingen.conceptmethode
  const groepen = new Map<string, { kop: ConceptKopGegevens; regels: NieuweRegel[] }>()
  for (const invoer of opdracht.regels) {
    const project = projecten.get(invoer.project)
    if (!project) return left(projectOnbekend(invoer.regelId, invoer.project))
    const regel = metVrijeVelden(w, nacalculatieRegel(invoer, project, opdracht.valuta))
    if (isLeft(regel)) return regel
    const btwPlicht = invoer.btwPlicht ?? opdracht.relatieInstellingen.btwPlicht
    const groep =
      methode === 'perRegel' ? invoer.regelId : `${btwPlicht}\u0000${methode === 'perProject' ? project.nummer : ''}`
    const bestaand = groepen.get(groep)
    if (bestaand) bestaand.regels.push(regel.right)
    else {
      const kop = kopGegevens(opdracht, {
        btwPlicht,
        aanleiding: 'nacalculatie',
        ...(methode === 'perVerkooprelatie' ? {} : { project }),
        ...(conceptVelden.right === undefined ? {} : { vrijeVelden: conceptVelden.right }),
      })
      groepen.set(groep, { kop, regels: [regel.right] })
    }
  }
  return right(
    [...groepen.entries()].map(([groep, { kop, regels }]) => ({
      administratie: opdracht.administratie,
      kop,
      regel: groep,
      maak: (conceptId, kop) => ({
        type: 'VoegNacalculatieRegelsToe',
        administratie: opdracht.administratie,
        conceptId,
        kop,
        regels,
      }),
      // neemNacalculatieOver decides every route on a fresh concept before it writes anything.
      beproefd: true,
    })),
  )
}
