import { decodeWith } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, left } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { andereAdministratie, optieNietBeschikbaar } from '../errors'
import { onbekendeOpties } from '../opties'
import type { CockpitServiceFout } from '../resultaten'

/** Decodes an action's options, refusing any option the action does not have (R20) instead of ignoring it. */
export const decodeerOpties = <A>(
  codec: t.Type<A, unknown, unknown> & { sleutels: readonly string[] },
  actie: string,
  input: unknown,
): Either<CockpitServiceFout, A> => {
  const onbekend = onbekendeOpties(input, codec.sleutels)
  if (onbekend.length > 0) return left(optieNietBeschikbaar(actie, onbekend, codec.sleutels))
  return decodeWith(codec, actie, input)
}

/** Decodes the source lines and refuses any that belong to another administratie than the run's. */
export const decodeRegels = <A extends { administratie: string }>(
  codec: t.Type<A, unknown, unknown>,
  subject: string,
  input: unknown,
  administratie: string,
): Either<CockpitServiceFout, A[]> => {
  const decoded = decodeWith(t.array(codec), subject, input)
  if (isLeft(decoded)) return decoded
  const vreemd = decoded.right.findIndex((r) => r.administratie !== administratie)
  const regel = decoded.right[vreemd]
  return regel ? left(andereAdministratie(administratie, `${subject}[${vreemd}]`, regel.administratie)) : decoded
}
