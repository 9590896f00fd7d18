// The named type import keeps the published .d.ts valid for ESM hosts (decimal.js ships CommonJS-style typings).

import { FactuurstroomError } from '@factuurstroom/eventsourcing'
import DecimalJs, { type Decimal } from 'decimal.js'
import { Decimaal, decimaal } from './decimaal'

/**
 * Every rounding in the domain has a name, and the name travels in the events that used it.
 *
 * `HALF_UP_CENT`: to two decimals, a half away from zero (2.625 → 2.63, −2.625 → −2.63). The rounding of line
 * amounts and VAT (R33).
 */
export const HALF_UP_CENT = 'HALF_UP_CENT' as const

/** Rounds to whole cents, half away from zero. */
export const rondAfOpCent = (value: Decimal.Value): Decimaal =>
  decimaal(value).toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP)

const meerDanTweeDecimalen = (value: Decimaal) =>
  new FactuurstroomError(
    'MEER_DAN_TWEE_DECIMALEN',
    `Amount ${value.toString()} has more than two decimals; round it with a named rounding first.`,
    { bedrag: value.toString() },
  )

/**
 * `alsBedrag` for a Decimaal already in hand, for hot paths: the same check (at most two decimals) and the same
 * string, without copying and rounding the value to compare it with itself.
 */
export const decimaalAlsBedrag = (value: Decimaal): string => {
  if (value.decimalPlaces() > 2) throw meerDanTweeDecimalen(value)
  return value.isZero() ? '0.00' : value.toFixed(2)
}

/** Formats a money amount the way events carry it: plain digits, exactly two decimals (`"1021.00"`, `"-0.25"`). */
export const alsBedrag = (value: Decimal.Value): string => decimaalAlsBedrag(decimaal(value))

/**
 * Direction of an afrondingsmethode (R8):
 * - `omlaag`: to the step at or below (towards −∞): 1,021.25 → 1,021.00; −0.40 → −1.00 with step 1.
 * - `omhoog`: to the step at or above (towards +∞).
 * - `dichtstbij`: to the nearest step, a half away from zero.
 */
export type AfrondingsRichting = 'omlaag' | 'dichtstbij' | 'omhoog'

/** An afrondingsmethode (R8): a step such as 1, 5 or 10 euro (or 0.05) and a direction, both recorded in events. */
export interface Afrondingsmethode {
  /** Decimal string, positive: `"1"`, `"5"`, `"10"`, `"0.05"`. */
  readonly stap: string
  readonly richting: AfrondingsRichting
}

const modus: Record<AfrondingsRichting, Decimal.Rounding> = {
  omlaag: DecimalJs.ROUND_FLOOR,
  omhoog: DecimalJs.ROUND_CEIL,
  dichtstbij: DecimalJs.ROUND_HALF_UP,
}

/** Rounds to a multiple of the method's step in its direction. */
export const rondAfMetMethode = (value: Decimal.Value, methode: Afrondingsmethode): Decimaal => {
  const stap = decimaal(methode.stap)
  if (!stap.isPositive() || stap.isZero()) {
    throw new FactuurstroomError(
      'AFRONDINGSSTAP_ONGELDIG',
      `Afrondingsstap must be positive, got ${methode.stap}; use a step such as "1", "5" or "0.05" (R8).`,
      { stap: methode.stap },
    )
  }
  return decimaal(value).dividedBy(stap).toDecimalPlaces(0, modus[methode.richting]).times(stap)
}

/** The afrondingsregel's amount: what must be added to `value` to reach its rounded amount (e.g. −0.25). */
export const afrondingsverschil = (value: Decimal.Value, methode: Afrondingsmethode): Decimaal =>
  rondAfMetMethode(value, methode).minus(value)

export { Decimaal }
