import { type Either, left, right } from 'fp-ts/lib/Either.js'
import type { ConceptKopGegevens } from '../commands'
import {
  btwPlichtWijktAf,
  type ConceptFout,
  conceptfactureringUit,
  conceptPerRegelGesloten,
  projectWijktAf,
  valutaWijktAf,
  verkooprelatieWijktAf,
} from '../errors'
import type { ConceptEvent } from '../events'
import { actieveKop, controleerInstellingen } from '../kop'
import type { ConceptKop, ConceptState } from '../state'

/** The header of a concept a command opens (R1: only with concepts switched on). */
const open = (
  command: { administratie: string; conceptId: string },
  kop: ConceptKopGegevens,
): Either<ConceptFout, ConceptKop> => {
  if (!kop.projectInstellingen.facturerenOpBasisVanConcepten) return left(conceptfactureringUit())
  const ongeldig = controleerInstellingen(kop.projectInstellingen)
  if (ongeldig) return left(ongeldig)
  return right({
    administratie: command.administratie,
    conceptId: command.conceptId,
    verkooprelatie: kop.verkooprelatie,
    valuta: kop.valuta,
    btwPlicht: kop.btwPlicht,
    conceptmethode: kop.projectInstellingen.conceptmethode,
    projectInstellingen: kop.projectInstellingen,
    relatieInstellingen: kop.relatieInstellingen,
    aanleiding: kop.aanleiding,
    ...(kop.project === undefined ? {} : { project: kop.project }),
    ...(kop.nummer === undefined ? {} : { nummer: kop.nummer }),
    ...(kop.vrijeVelden === undefined ? {} : { vrijeVelden: kop.vrijeVelden }),
  })
}

/** R3, R5: the command's key must be the existing concept's key. */
const controleerSleutel = (
  state: ConceptState,
  conceptId: string,
  huidig: ConceptKop,
  kop: ConceptKopGegevens,
): ConceptFout | undefined => {
  if (huidig.verkooprelatie.nummer !== kop.verkooprelatie.nummer) {
    return verkooprelatieWijktAf(conceptId, huidig.verkooprelatie.nummer, kop.verkooprelatie.nummer)
  }
  if (huidig.valuta !== kop.valuta) return valutaWijktAf(conceptId, huidig.valuta, kop.valuta)
  if (state.btwPlicht !== kop.btwPlicht) return btwPlichtWijktAf(conceptId, state.btwPlicht, kop.btwPlicht)
  if (huidig.conceptmethode === 'perProject' && huidig.project?.nummer !== kop.project?.nummer) {
    return projectWijktAf(conceptId, huidig.project?.nummer, kop.project?.nummer)
  }
  return undefined
}

/** Opens the concept when it is new; otherwise checks that the command's key is the concept's key (R2, R3, R5). */
export const openOfControleer = (
  state: ConceptState,
  command: { administratie: string; conceptId: string },
  kop: ConceptKopGegevens,
): Either<ConceptFout, { kop: ConceptKop; geopend: ConceptEvent[] }> => {
  if (state.status === 'nieuw') {
    const data = open(command, kop)
    return data._tag === 'Left'
      ? data
      : right({ kop: data.right, geopend: [{ type: 'ConceptGeopend', data: data.right }] })
  }
  const bestaand = actieveKop(state, command.conceptId)
  if (bestaand._tag === 'Left') return bestaand
  const afwijking = controleerSleutel(state, command.conceptId, bestaand.right, kop)
  return afwijking ? left(afwijking) : right({ kop: bestaand.right, geopend: [] })
}

/**
 * R2: "per regel" never adds a line to an existing concept. A per-regel concept takes its one line when it opens;
 * plus-regels, voorschotregels and lines moved by overboeken all open a concept of their own instead.
 */
export const perRegelGesloten = (kop: ConceptKop, state: ConceptState, conceptId: string): ConceptFout | undefined =>
  kop.conceptmethode === 'perRegel' && state.status !== 'nieuw'
    ? conceptPerRegelGesloten(conceptId, kop.conceptmethode)
    : undefined
