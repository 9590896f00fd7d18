import { type Either, left } from 'fp-ts/lib/Either.js'
import { baliefactuurNietViaCockpit, bronNietViaCockpit } from '../errors'
import type { CockpitServiceFout } from '../resultaten'

/** R18: what the cockpit says for sources it does not invoice. */
export const factureerBron = (bron: string): Either<CockpitServiceFout, never> =>
  bron === 'balie' || bron === 'direct' ? left(baliefactuurNietViaCockpit()) : left(bronNietViaCockpit(bron))
