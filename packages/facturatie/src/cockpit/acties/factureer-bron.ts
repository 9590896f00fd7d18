import { left } from 'fp-ts/lib/Either.js'
import { baliefactuurNietViaCockpit, bronNietViaCockpit } from '../errors'
import type { Cockpitantwoord } from '../resultaten'

/** R18: what the cockpit says for sources it does not invoice. */
export const factureerBron = (bron: string): Cockpitantwoord<never> =>
  bron === 'balie' || bron === 'direct' ? left(baliefactuurNietViaCockpit()) : left(bronNietViaCockpit(bron))
