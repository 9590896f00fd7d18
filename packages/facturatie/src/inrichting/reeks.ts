import * as t from 'io-ts'

/** Highest invoice number: 15 digits, still exact as a JS number. */
export const MAX_VOLGNUMMER = 999_999_999_999_999

/** A non-negative whole number within `MAX_VOLGNUMMER`. */
export const Volgnummer = new t.Type<number, number, unknown>(
  'Volgnummer',
  (input): input is number =>
    Number.isSafeInteger(input) && (input as number) >= 0 && (input as number) <= MAX_VOLGNUMMER,
  (input, context) =>
    Number.isSafeInteger(input) && (input as number) >= 0 && (input as number) <= MAX_VOLGNUMMER
      ? t.success(input as number)
      : t.failure(input, context),
  t.identity,
)

/**
 * A dagboek's invoice number series (R27): numbers `laatsteFactuurnummer + 1 … tot`, printed as prefix + number
 * (no padding). `tot` bounds the series so overlap with other series can be judged at set-up.
 */
export const Nummerreeks = t.intersection([
  t.type({ laatsteFactuurnummer: Volgnummer, tot: Volgnummer }),
  t.partial({ prefix: t.string }),
])
export type Nummerreeks = t.TypeOf<typeof Nummerreeks>

/** A fixed prefix (voorloopgedeelte) is 1 to 5 letters or digits, like a teller's (R14). */
export const prefixGeldig = (prefix: string | undefined): boolean =>
  prefix === undefined || /^[A-Za-z0-9]{1,5}$/.test(prefix)

/** At least one number left to issue. */
export const bereikGeldig = (reeks: Nummerreeks): boolean => reeks.tot > reeks.laatsteFactuurnummer

/** The printed invoice number: the series' prefix followed by the number, unpadded (`F` and 15 give `F15`). */
export const factuurnummer = (reeks: Nummerreeks, volgnummer: number): string => `${reeks.prefix ?? ''}${volgnummer}`

export const zelfdeReeks = (a: Nummerreeks, b: Nummerreeks): boolean =>
  a.laatsteFactuurnummer === b.laatsteFactuurnummer && a.tot === b.tot && (a.prefix ?? '') === (b.prefix ?? '')

/**
 * Whether two series can ever print the same invoice number. Exact, not merely "same prefix": prefix `F` with
 * number 15 prints `F15`, as does prefix `F1` with number 5; so does an empty prefix with number 2026001 and prefix
 * `2026` with number 1. Numbers have no leading zeros, so a longer prefix collides only when its extra part is digits
 * not starting with 0, and then only for the numbers computed here.
 */
export const reeksenOverlappen = (a: Nummerreeks, b: Nummerreeks): boolean => {
  const pa = a.prefix ?? ''
  const pb = b.prefix ?? ''
  if (pa === pb) return bereik(a).van <= bereik(b).tot && bereik(b).van <= bereik(a).tot
  const [kort, lang] = pa.length < pb.length ? [a, b] : [b, a]
  const kortPrefix = kort.prefix ?? ''
  const langPrefix = lang.prefix ?? ''
  if (!langPrefix.startsWith(kortPrefix)) return false
  const rest = langPrefix.slice(kortPrefix.length)
  if (!/^[1-9]\d*$/.test(rest)) return false
  const kortBereik = bereik(kort)
  const langBereik = bereik(lang)
  const kop = BigInt(rest)
  for (let cijfers = 1n, grens = 10n; cijfers <= 16n; cijfers++, grens *= 10n) {
    const van = max(langBereik.van, grens / 10n)
    const tot = min(langBereik.tot, grens - 1n)
    if (van > tot) continue
    if (kop * grens + van <= kortBereik.tot && kortBereik.van <= kop * grens + tot) return true
  }
  return false
}

const bereik = (reeks: Nummerreeks) => ({ van: BigInt(reeks.laatsteFactuurnummer) + 1n, tot: BigInt(reeks.tot) })
const max = (a: bigint, b: bigint): bigint => (a > b ? a : b)
const min = (a: bigint, b: bigint): bigint => (a < b ? a : b)
