import { left, right } from 'fp-ts/lib/Either.js'
import { overgenomenRegelBestaatAl, tekstcodeVerplichtBijOvernemen, valutaWijktAf } from '../errors'
import { alsRegelset, type ConceptRegel } from '../events'
import { actieveKop } from '../kop'
import type { ConceptState } from '../state'
import { verdichteRegelVoor, verdichteRegelVoorPlusregel } from '../verdichting'
import type { Beslissing, Commando } from './beslissing'
import { perRegelGesloten } from './openen'

/** R5: the target's side of moving lines: it takes them in its own valuta, btw-plicht and verdichting. */
export const neemRegelsOver = (command: Commando<'NeemRegelsOver'>, state: ConceptState): Beslissing => {
  const bestaand = actieveKop(state, command.conceptId)
  if (bestaand._tag === 'Left') return bestaand
  const kop = bestaand.right
  const perRegel = perRegelGesloten(kop, state, command.conceptId)
  if (perRegel) return left(perRegel)
  if (command.valuta !== kop.valuta) return left(valutaWijktAf(command.conceptId, kop.valuta, command.valuta))
  const regels: ConceptRegel[] = []
  for (const { verdichteRegel: _oud, ...regel } of command.regels) {
    if (state.regels.has(regel.regelId)) return left(overgenomenRegelBestaatAl(command.conceptId, regel.regelId))
    // R5, R7: a moved line takes the target's btw-plicht and verdichting; manual lines stay verdichte regels of their own.
    const verdichteRegel =
      regel.herkomst === 'nacalculatie' || regel.herkomst === 'afronding'
        ? verdichteRegelVoor(kop.projectInstellingen.verdichting, regel)
        : verdichteRegelVoorPlusregel(kop.projectInstellingen.verdichting, regel)
    if (verdichteRegel === 'tekstcodeOntbreekt') return left(tekstcodeVerplichtBijOvernemen(regel.regelId))
    regels.push(verdichteRegel ? { ...regel, verdichteRegel } : regel)
  }
  return right([
    {
      type: 'ConceptRegelsOvergenomen',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        vanConceptId: command.vanConceptId,
        ...alsRegelset(regels),
      },
    },
  ])
}
