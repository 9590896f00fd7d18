import * as t from 'io-ts'

/**
 * Codecs for the domain's primitive values. They validate the format but keep the TypeScript type a plain string,
 * so event literals in specs stay readable. Every failure names the codec (e.g. "expected Bedrag").
 */
const stringMatching = (name: string, test: (value: string) => boolean): t.Type<string, string, unknown> =>
  new t.Type<string, string, unknown>(
    name,
    (input): input is string => typeof input === 'string' && test(input),
    (input, context) => (typeof input === 'string' && test(input) ? t.success(input) : t.failure(input, context)),
    t.identity,
  )

/** A money amount as events carry it: plain digits with exactly two decimals, optionally negative (`"-1000.00"`). */
export const Bedrag = stringMatching('Bedrag', (s) => /^-?\d{1,15}\.\d{2}$/.test(s) && s !== '-0.00')

/** A decimal number as a string (quantities, prices, rates): `"7.50"`, `"0.23"`, `"-3"`. */
export const Decimaal = stringMatching('Decimaal', (s) => /^-?\d{1,15}(\.\d{1,10})?$/.test(s))

/** A non-negative decimal string. */
export const NietNegatiefDecimaal = stringMatching('NietNegatiefDecimaal', (s) => /^\d{1,15}(\.\d{1,10})?$/.test(s))

/** A VAT rate as a percentage: `"21"`, `"9"`, `"0"`. */
export const Percentage = stringMatching('Percentage', (s) => /^\d{1,3}(\.\d{1,4})?$/.test(s) && Number(s) <= 100)

/** ISO 4217 currency code. */
export const Valuta = stringMatching('Valuta', (s) => /^[A-Z]{3}$/.test(s))

const dagenInMaand = (jaar: number, maand: number): number =>
  maand === 2
    ? jaar % 4 === 0 && (jaar % 100 !== 0 || jaar % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(maand)
      ? 30
      : 31

/** A calendar date `YYYY-MM-DD` that exists (checked arithmetically: it is validated on every event read). */
export const Datum = stringMatching('Datum', (s) => {
  if (s.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const jaar = Number(s.slice(0, 4))
  const maand = Number(s.slice(5, 7))
  const dag = Number(s.slice(8, 10))
  return maand >= 1 && maand <= 12 && dag >= 1 && dag <= dagenInMaand(jaar, maand)
})

/** An ISO-8601 instant in UTC with milliseconds: `2026-01-31T12:00:00.000Z`. */
export const Tijdstip = stringMatching(
  'Tijdstip',
  (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(s) && !Number.isNaN(Date.parse(s)),
)

/** An identifier or code: non-empty, no surrounding white space, at most 100 characters. */
export const Code = stringMatching('Code', (s) => s.length > 0 && s.length <= 100 && s.trim() === s)

/** Free text that must not be empty. */
export const Tekst = stringMatching('Tekst', (s) => s.trim().length > 0 && s.length <= 1000)

/** Host-defined free fields (R15): JSON values by field name; each host validates them with its own codec. */
export const VrijeVelden = t.record(t.string, t.unknown)
