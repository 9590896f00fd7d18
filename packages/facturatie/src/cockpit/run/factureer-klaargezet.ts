import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { CockpitServiceFout, GemaakteFactuur } from '../resultaten'
import type { Factuurgroep } from '../te-factureren'
import type { CockpitWiring } from '../wiring'
import { factureerGroep } from './factureer-groep'
import { factuurwerk, type Overdrachten } from './factuurwerk'
import { MARKEREN_PER_APPEND, markeer } from './markeer'

/**
 * Makes the staged invoices (optionally only some), in staging order, a concept hand-over staged by reference from
 * `overdrachten` (the run's) or the concept port; stops at the first that fails (R21). The
 * numbered ones are marked in the staging stream in batches; an invoice numbered but not yet marked when a run
 * stops is found numbered by the recovery, which marks it then.
 */
export const factureerKlaargezet = async (
  w: CockpitWiring,
  administratie: string,
  filter: (groep: Factuurgroep) => boolean,
  context: CommandContext,
  overdrachten: Overdrachten,
): Promise<Either<CockpitServiceFout, GemaakteFactuur[]>> => {
  const state = await w.laadStaging(administratie)
  const gevonden = await factuurwerk(w, administratie, [...state.facturen.values()].filter(filter), state, overdrachten)
  if (isLeft(gevonden)) return gevonden
  const werk = gevonden.right
  await w.voortgang.meld({ fase: 'factureren', facturen: werk.length })
  const gemaakt: GemaakteFactuur[] = []
  let gemarkeerd = 0
  for (const { groep, regels } of werk) {
    const resultaat = await factureerGroep(w, administratie, groep, regels, context)
    if (isLeft(resultaat)) {
      const markering = await markeer(w, administratie, gemaakt.slice(gemarkeerd), context)
      return isLeft(markering) ? markering : resultaat
    }
    gemaakt.push(resultaat.right)
    await w.voortgang.meld({ gemaakt: gemaakt.length })
    if (gemaakt.length - gemarkeerd === MARKEREN_PER_APPEND) {
      const markering = await markeer(w, administratie, gemaakt.slice(gemarkeerd), context)
      if (isLeft(markering)) return markering
      gemarkeerd = gemaakt.length
    }
  }
  const markering = await markeer(w, administratie, gemaakt.slice(gemarkeerd), context)
  return isLeft(markering) ? markering : right(gemaakt)
}
