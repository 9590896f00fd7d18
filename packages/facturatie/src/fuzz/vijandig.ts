import fc from 'fast-check'

/** Values a hostile or careless host sends in place of a field. */
const vasteWaarden: readonly unknown[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202eA1',
  'A1\u202e',
  "'; DROP TABLE events; --",
  '../../etc/passwd',
  'a/b',
  'a-b',
  'a|b',
  'a:b',
  '$all',
  'NaN',
  'Infinity',
  '1e5',
  '-0',
  '-0.00',
  '-0.0000000001',
  '12,50',
  '1.234,56',
  '123456789012345678901234567890',
  '0.123456789012345678901234567890',
  '99999999999999999999.99',
  '-1',
  '-1.00',
  '2025-02-30',
  '2026-13-01',
  '2026-02-29',
  '0000-00-00',
  '2026-04-01T00:00:00Z',
  'x'.repeat(10 * 1024),
  '😀',
  '\ud800',
  'a\nb',
  'a\tb',
  '\u0085',
  '<script>alert(1)</script>',
  '%00',
  '\\u0000',
  null,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  [],
  [null],
  {},
  { a: 1 },
  { __proto__: { x: 1 } },
]

/** One hostile value: a fixed one, or a random string, number, array or object. */
export const vijandigeWaarde: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...vasteWaarden) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }) },
)

export type Pad = readonly (string | number)[]

/** Every place in a value a field can be replaced or left out: the value itself, then each key and index below it. */
export const paden = (waarde: unknown, pad: Pad = []): Pad[] => {
  const hier: Pad[] = [pad]
  if (Array.isArray(waarde)) return [...hier, ...waarde.flatMap((item, i) => paden(item, [...pad, i]))]
  if (typeof waarde === 'object' && waarde !== null) {
    return [...hier, ...Object.entries(waarde).flatMap(([key, item]) => paden(item, [...pad, key]))]
  }
  return hier
}

const ONTBREEKT = Symbol('ontbreekt')
export type Vervanging = unknown | typeof ONTBREEKT

/** A missing field, or a hostile value. */
export const vervanging: fc.Arbitrary<Vervanging> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(ONTBREEKT) },
  { weight: 9, arbitrary: vijandigeWaarde },
)

export const isOntbrekend = (v: Vervanging): boolean => v === ONTBREEKT

/** A copy of `waarde` with the field at `pad` replaced (or removed); the original is left as it was. */
export const vervang = (waarde: unknown, pad: Pad, door: Vervanging): unknown => {
  if (pad.length === 0) return door === ONTBREEKT ? undefined : door
  const [eerste, ...rest] = pad as [string | number, ...(string | number)[]]
  if (Array.isArray(waarde)) {
    const kopie = [...waarde]
    if (rest.length === 0 && door === ONTBREEKT) kopie.splice(Number(eerste), 1)
    else kopie[Number(eerste)] = vervang(kopie[Number(eerste)], rest, door)
    return kopie
  }
  const kopie = { ...(waarde as Record<string, unknown>) }
  if (rest.length === 0 && door === ONTBREEKT) delete kopie[eerste]
  else kopie[eerste] = vervang(kopie[eerste], rest, door)
  return kopie
}

export const beschrijf = (v: Vervanging): string => {
  if (v === ONTBREEKT) return '(missing)'
  if (typeof v === 'bigint') return `${v}n`
  if (typeof v === 'number') return String(v)
  const tekst = JSON.stringify(v) ?? String(v)
  return tekst.length > 60 ? `${tekst.slice(0, 60)}…` : tekst
}
