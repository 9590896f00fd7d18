// The named type import keeps the published .d.ts valid for ESM hosts (decimal.js ships CommonJS-style typings).
import DecimalJs, { type Decimal } from 'decimal.js'

/**
 * The one Decimal constructor of the domain: 40 significant digits and no exponent notation in strings, so a
 * value never silently loses a cent and always prints as plain digits. Rounding is always explicit (see afronding.ts).
 */
export const Decimaal: typeof Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
})
export type Decimaal = Decimal

/** A `Decimaal` from a string, number or Decimal. */
export const decimaal = (value: Decimal.Value): Decimaal => new Decimaal(value)

/** The exact sum of the values; zero for none. */
export const som = (values: readonly Decimal.Value[]): Decimaal =>
  values.reduce<Decimaal>((total, value) => total.plus(value), new Decimaal(0))

/** Zero as a `Decimaal`. */
export const NUL: Decimaal = new Decimaal(0)
