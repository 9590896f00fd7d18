import * as t from 'io-ts'

/**
 * Codecs for the domain's primitive values. They validate the format but keep the TypeScript type a plain string,
 * so event literals in specs stay readable. Every failure names the codec (e.g. "expected Bedrag"), and where the
 * format is not obvious, what it allows.
 */
const stringMatching = (
  name: string,
  test: (value: string) => boolean,
  allows?: string,
): t.Type<string, string, unknown> =>
  new t.Type<string, string, unknown>(
    name,
    (input): input is string => typeof input === 'string' && test(input),
    (input, context) =>
      typeof input === 'string' && test(input)
        ? t.success(input)
        : t.failure(input, context, allows === undefined ? undefined : `expected ${name}: ${allows}`),
    t.identity,
  )

/** A money amount as events carry it: plain digits with exactly two decimals, optionally negative (`"-1000.00"`). */
export const Bedrag = stringMatching('Bedrag', (s) => /^-?\d{1,15}\.\d{2}$/.test(s) && s !== '-0.00')

/** A decimal number as a string (quantities, prices, rates): `"7.50"`, `"0.23"`, `"-3"`. */
export const Decimaal = stringMatching(
  'Decimaal',
  (s) => /^-?\d{1,15}(\.\d{1,10})?$/.test(s) && !/^-0+(\.0+)?$/.test(s),
  'digits with an optional point and up to 10 decimals, optionally negative, never a negative zero',
)

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

/** The longest payment term in days: ten years, so every due date computed from a term is a real date. */
export const maxAantalDagen = 3650

const isAantalDagen = (input: unknown): input is number =>
  typeof input === 'number' && Number.isInteger(input) && input >= 0 && input <= maxAantalDagen

/** A payment term in whole days, 0 to 3650: a fraction, a negative or a non-finite number is refused. */
export const AantalDagen = new t.Type<number, number, unknown>(
  'AantalDagen',
  isAantalDagen,
  (input, context) =>
    isAantalDagen(input)
      ? t.success(input)
      : t.failure(input, context, `expected AantalDagen: a whole number of days from 0 to ${maxAantalDagen}`),
  t.identity,
)

/** The most characters a code may hold: AFAS item codes take 40, a UUID 36; room for composed ids. */
export const maxCodeLengte = 64

/**
 * An identifier or code: 1–64 characters from `A–Z a–z 0–9 . _ -`, starting with a letter or digit, compared
 * exactly (case matters). Codes end up unencoded in stream ids, view tables, file names and URLs, so the alphabet
 * holds nothing a store, a file system or a URL treats specially. A code is never read as a number or a date.
 */
export const Code = stringMatching(
  'Code',
  (s) => s.length <= maxCodeLengte && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(s),
  `1 to ${maxCodeLengte} characters A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit`,
)

/**
 * An identifier of a line or claim: a code, or codes the domain joins with `:` and `|` (`werksoort:ADV|UREN|hoog`,
 * `abonnement:AB-1:L0`). Neither separator is in the code alphabet, so two different compositions never read the same.
 */
export const Kenmerk = stringMatching(
  'Kenmerk',
  (s) => s.length <= 6 * maxCodeLengte && /^[A-Za-z0-9._:|-]+$/.test(s),
  `codes joined by ':' or '|', at most ${6 * maxCodeLengte} characters`,
)

/** The most characters a text may hold. */
export const maxTekstLengte = 1000

// C0 and C1 control characters, DEL, bidirectional embeddings, overrides and isolates (they reorder what a reader
// sees: "Trojan Source"), and lone surrogates (no UTF-8 form, so no store can hold them).
const onleesbaar = /[\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069]/u
const onleesbaarBehalveRegeleinde = /[^\P{Cc}\n\r]|[\p{Cs}\u202a-\u202e\u2066-\u2069]/u

const isTekst = (s: string, verboden: RegExp): boolean =>
  s.length <= maxTekstLengte && s.trim().length > 0 && !verboden.test(s)

/** One line of text that must not be empty (names, omschrijvingen): no control characters, at most 1,000 characters. */
export const Tekst = stringMatching(
  'Tekst',
  (s) => isTekst(s, onleesbaar),
  `1 to ${maxTekstLengte} characters, not only spaces, without control characters or bidirectional overrides`,
)

/** Text that may span lines (reasons, notes): as `Tekst`, and line breaks (`\n`, `\r`) are allowed. */
export const MeerregeligeTekst = stringMatching(
  'MeerregeligeTekst',
  (s) => isTekst(s, onleesbaarBehalveRegeleinde),
  `1 to ${maxTekstLengte} characters, not only spaces, without control characters other than line breaks`,
)

/** The deepest nesting a free field's value may have. */
const maxVrijVeldDiepte = 8

/** The first place in a JSON value that no store can hold as written, as a path below the value, or undefined. */
const onopslaanbaar = (
  value: unknown,
  diepte: number,
): { pad: string[]; waarde: unknown; reden: string } | undefined => {
  if (value === null || typeof value === 'boolean') return undefined
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : { pad: [], waarde: value, reden: 'a finite number' }
  if (typeof value === 'string')
    return value.length <= maxTekstLengte && !onleesbaarBehalveRegeleinde.test(value)
      ? undefined
      : {
          pad: [],
          waarde: value,
          reden: `text up to ${maxTekstLengte} characters without control characters other than line breaks`,
        }
  if (typeof value !== 'object' || diepte >= maxVrijVeldDiepte)
    return { pad: [], waarde: value, reden: `a JSON value nested at most ${maxVrijVeldDiepte} deep` }
  for (const [key, item] of Object.entries(value)) {
    if (!Array.isArray(value) && !Code.is(key)) return { pad: [key], waarde: key, reden: 'a field name that is a Code' }
    const fout = onopslaanbaar(item, diepte + 1)
    if (fout !== undefined) return { ...fout, pad: [key, ...fout.pad] }
  }
  return undefined
}

/** Host-defined free fields (R15): JSON values by field name; each host validates them with its own codec. */
export const VrijeVelden: t.Type<Record<string, unknown>, Record<string, unknown>, unknown> = new t.Type<
  Record<string, unknown>,
  Record<string, unknown>,
  unknown
>(
  'VrijeVelden',
  (input): input is Record<string, unknown> => isObject(input) && onopslaanbaar(input, 0) === undefined,
  (input, context) => {
    if (!isObject(input)) return t.failure(input, context, 'expected VrijeVelden: an object of free fields by name')
    const fout = onopslaanbaar(input, 0)
    if (fout === undefined) return t.success(input)
    const pad = fout.pad.map((key): t.ContextEntry => ({ key, type: VrijeVelden, actual: undefined }))
    return t.failure(fout.waarde, [...context, ...pad], `expected ${fout.reden}`)
  },
  t.identity,
)

const isObject = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input)
