import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import { stap } from '../../gedeeld/stap'
import { journaliseer } from '../acties/journaliseer'
import { verstrek } from '../acties/verstrek'
import type { NaVoltooien } from '../opties'
import type { CockpitServiceFout, GemaakteFactuur } from '../resultaten'
import type { CockpitWiring } from '../wiring'
import { factureerKlaargezet } from './factureer-klaargezet'
import type { Overdrachten } from './factuurwerk'

/** R20 options after completion: issue and/or journalise what the action made (already done is skipped). */
export const naVoltooien = async (
  w: CockpitWiring,
  administratie: string,
  facturen: readonly GemaakteFactuur[],
  opties: NaVoltooien,
  context: CommandContext,
): Promise<Either<CockpitServiceFout, void>> => {
  const { verstrekkenNaVoltooien: verstrekken, journaliserenNaVoltooien: journaliseren } = opties
  if (!verstrekken && !journaliseren) return right(undefined)
  const voortgang = (n: number) => ({
    ...(verstrekken ? { verstrekt: n } : {}),
    ...(journaliseren ? { gejournaliseerd: n } : {}),
  })
  await w.voortgang.meld({ fase: 'voltooien', ...voortgang(0) })
  for (const [i, { factuurId }] of facturen.entries()) {
    const state = await w.laadFactuur(administratie, factuurId)
    if (verstrekken && state.verstrekt.size < state.verstrekkingen.length) {
      const r = await verstrek(w)({ administratie, factuurId }, stap(context, `verstrek:${administratie}:${factuurId}`))
      if (isLeft(r)) return r
    }
    if (journaliseren && !state.gejournaliseerd) {
      const r = await journaliseer(w)(
        { administratie, factuurId },
        stap(context, `journaal:${administratie}:${factuurId}`),
      )
      if (isLeft(r)) return r
    }
    await w.voortgang.meld(voortgang(i + 1))
  }
  return right(undefined)
}

/** Makes the staged invoices the filter picks (R21; `overdrachten`: the hand-overs the run holds), then does what the options ask after completion. */
export const factureerEnVoltooi = async (
  w: CockpitWiring,
  administratie: string,
  filter: Parameters<typeof factureerKlaargezet>[2],
  opties: NaVoltooien,
  context: CommandContext,
  overdrachten: Overdrachten = new Map(),
): Promise<Either<CockpitServiceFout, GemaakteFactuur[]>> => {
  const facturen = await factureerKlaargezet(w, administratie, filter, context, overdrachten)
  if (isLeft(facturen)) return facturen
  const daarna = await naVoltooien(w, administratie, facturen.right, opties, context)
  return isLeft(daarna) ? daarna : facturen
}
