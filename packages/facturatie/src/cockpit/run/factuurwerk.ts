import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import { vanConcept } from '../../bronnen'
import type { Conceptfactuur } from '../../bronnen/concepten'
import type { TeFacturerenRegel } from '../../bronnen/te-factureren-regel'
import { conceptfactureringNietAangesloten, overdrachtOntbreekt } from '../errors'
import type { CockpitServiceFout } from '../resultaten'
import type { Factuurgroep, TeFacturerenState } from '../te-factureren'
import type { CockpitWiring } from '../wiring'

/** A staged invoice with the lines it is made of. */
export interface Factuurwerk {
  readonly groep: Factuurgroep
  readonly regels: readonly TeFacturerenRegel[]
}

/** Hand-overs by the factuurId they were invoiced as. */
export type Overdrachten = ReadonlyMap<string, Conceptfactuur>

/**
 * The lines of each staged invoice: its staged lines, or for a concept hand-over staged by reference the hand-over's
 * lines, joined by its factuurId. The hand-over comes from `gehouden` (the hand-overs the run holds) or else, as
 * recorded, from the concept port. A hand-over found nowhere refuses the batch before any invoice is made.
 */
export const factuurwerk = async (
  w: CockpitWiring,
  administratie: string,
  groepen: readonly Factuurgroep[],
  state: TeFacturerenState,
  gehouden: Overdrachten,
): Promise<Either<CockpitServiceFout, Factuurwerk[]>> => {
  const overdrachten = new Map(gehouden)
  const vragen = groepen.flatMap(({ bronId, overdracht }) =>
    overdracht && !gehouden.has(overdracht.factuurId) ? [{ conceptId: bronId, factuurId: overdracht.factuurId }] : [],
  )
  if (vragen.length > 0) {
    if (!w.deps.concepten) return left(conceptfactureringNietAangesloten())
    const opgehaald = await w.deps.concepten.overdrachten(administratie, vragen)
    if (isLeft(opgehaald)) return opgehaald
    for (const overdracht of opgehaald.right) overdrachten.set(overdracht.factuurId, overdracht)
  }
  const werk: Factuurwerk[] = []
  for (const groep of groepen) {
    if (!groep.overdracht) {
      werk.push({ groep, regels: groep.regelIds.map((id) => state.open.get(id) as TeFacturerenRegel) })
      continue
    }
    const overdracht = overdrachten.get(groep.overdracht.factuurId)
    if (overdracht?.conceptId !== groep.bronId || overdracht.administratie !== administratie)
      return left(overdrachtOntbreekt(groep.factuurId, groep.bronId, groep.overdracht.factuurId))
    werk.push({ groep, regels: vanConcept(overdracht) })
  }
  return right(werk)
}
