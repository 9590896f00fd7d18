import { type Either, left, right } from 'fp-ts/lib/Either.js'
import type { NieuweRegel } from '../commands'
import {
  type ConceptFout,
  conceptregelBestaatAl,
  nacalculatieregelAlOpConcept,
  tekstcodeVerplicht,
  valutaWijktAf,
} from '../errors'
import { alsRegelset, type ConceptEvent, type ConceptRegel } from '../events'
import type { ConceptKop, ConceptState } from '../state'
import { verdichteRegelVoor, verdichteRegelVoorPlusregel } from '../verdichting'

/** Checks a batch of new lines against the concept and each other, and gives each its verdichte regel (R7). */
export const maakRegels = (
  state: ConceptState,
  kop: ConceptKop,
  nieuw: readonly NieuweRegel[],
  herkomst: 'nacalculatie' | 'plusregel',
): Either<ConceptFout, ConceptRegel[]> => {
  const regelIds = new Set<string>()
  const nacalculatieIds = new Set<string>()
  const regels: ConceptRegel[] = []
  for (const { valuta, ...regel } of nieuw) {
    if (valuta !== kop.valuta) return left(valutaWijktAf(kop.conceptId, kop.valuta, valuta))
    if (state.regels.has(regel.regelId) || regelIds.has(regel.regelId)) {
      return left(conceptregelBestaatAl(kop.conceptId, regel.regelId))
    }
    regelIds.add(regel.regelId)
    const nacalculatieRegelId = regel.nacalculatieRegelId
    if (nacalculatieRegelId !== undefined) {
      if (state.nacalculatieRegels.has(nacalculatieRegelId) || nacalculatieIds.has(nacalculatieRegelId)) {
        return left(nacalculatieregelAlOpConcept(kop.conceptId, nacalculatieRegelId))
      }
      nacalculatieIds.add(nacalculatieRegelId)
    }
    const verdichteRegel =
      herkomst === 'plusregel'
        ? verdichteRegelVoorPlusregel(kop.projectInstellingen.verdichting, regel)
        : verdichteRegelVoor(kop.projectInstellingen.verdichting, regel)
    if (verdichteRegel === 'tekstcodeOntbreekt') {
      return left(tekstcodeVerplicht(regel.regelId, kop.projectInstellingen.verdichting))
    }
    // `regel` is this loop's own copy: completed in place, as a literal spreading it again took V8's slow path.
    const compleet: ConceptRegel = Object.assign(regel, {
      herkomst,
      verwerkingsmethode: herkomst === 'plusregel' ? ('P' as const) : ('F' as const),
    })
    if (verdichteRegel) compleet.verdichteRegel = verdichteRegel
    regels.push(compleet)
  }
  return right(regels)
}

/** The concept's opening (if the command opened it) followed by the lines it added. */
export const regelsToegevoegd = (
  command: { administratie: string; conceptId: string },
  geopend: readonly ConceptEvent[],
  regels: ConceptRegel[],
): ConceptEvent[] => [
  ...geopend,
  {
    type: 'ConceptRegelsToegevoegd',
    data: { administratie: command.administratie, conceptId: command.conceptId, ...alsRegelset(regels) },
  },
]
