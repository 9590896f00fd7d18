import { isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  AantalDagen,
  Bedrag,
  Code,
  Datum,
  Decimaal,
  Kenmerk,
  MeerregeligeTekst,
  Tekst,
  Tijdstip,
  VrijeVelden,
} from './codecs'
import { streamIdVan } from './stream-id'

const geldig = (codec: { decode: (input: unknown) => unknown }, input: unknown) =>
  isRight(codec.decode(input) as Parameters<typeof isRight>[0])

describe('domain codecs', () => {
  it('Datum accepts dates that exist, including 29 February in leap years', () => {
    for (const datum of ['2026-01-31', '2024-02-29', '2000-02-29', '2026-04-30', '2026-12-31', '0001-01-01']) {
      expect(geldig(Datum, datum), datum).toBe(true)
    }
  })

  it('Datum refuses dates that do not exist and other shapes', () => {
    for (const datum of [
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-5',
      '2026-01-01T00:00:00Z',
      20260101,
    ]) {
      expect(geldig(Datum, datum), String(datum)).toBe(false)
    }
  })

  it('Bedrag takes exactly two decimals and no negative zero', () => {
    expect(['0.00', '-1000.00', '1021.25'].map((b) => geldig(Bedrag, b))).toEqual([true, true, true])
    expect(['1021', '1021.2', '1021.255', '-0.00', '1e3', ' 1.00'].map((b) => geldig(Bedrag, b))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('Tijdstip takes UTC instants with milliseconds', () => {
    expect(geldig(Tijdstip, '2026-11-22T10:00:00.000Z')).toBe(true)
    expect(geldig(Tijdstip, '2026-11-22T10:00:00Z')).toBe(false)
  })

  it('Code takes 1 to 64 characters A-Z a-z 0-9 . _ - starting with a letter or digit, case kept', () => {
    for (const code of ['A1', 'a1', '70', 'P2025-001', 'item_7.b', 'NaN', '1e5', '2025-02-30', 'x'.repeat(64)]) {
      expect(geldig(Code, code), code).toBe(true)
    }
    for (const code of [
      '',
      ' A1',
      'a/b',
      '../../etc/passwd',
      "'; DROP TABLE events; --",
      'a\u0000b',
      '\u202eA1',
      'A 1',
      '-A1',
      '.A1',
      '$all',
      'a:b',
      'a|b',
      'Ä1',
      '😀',
      'x'.repeat(65),
      1,
      null,
    ]) {
      expect(geldig(Code, code), JSON.stringify(code)).toBe(false)
    }
  })

  it('a refused code says what a code may hold', () => {
    const result = Code.decode('a/b')
    expect(result._tag === 'Left' && result.left[0]?.message).toBe(
      "expected Code: 1 to 64 characters A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit",
    )
  })

  it('Kenmerk joins codes with : and |, and nothing else', () => {
    expect(['werksoort:ADV|UREN|hoog', 'abonnement:AB-1:L0', 'n1'].map((k) => geldig(Kenmerk, k))).toEqual([
      true,
      true,
      true,
    ])
    expect(['a/b', 'a b', 'a\u0000', ''].map((k) => geldig(Kenmerk, k))).toEqual([false, false, false, false])
  })

  it('Tekst is one line without control characters or bidirectional overrides, at most 1,000 characters', () => {
    for (const tekst of [
      'Koninklijke Exhibitions Benelux B.V.',
      'Café “De Zon” — 😀',
      "O'Brien; DROP",
      'x'.repeat(1000),
    ]) {
      expect(geldig(Tekst, tekst), tekst).toBe(true)
    }
    for (const tekst of [
      '',
      '   ',
      'a\u0000b',
      'a\nb',
      'a\tb',
      'a\u007fb',
      'a\u0085b',
      'a\u202eb',
      'a\u2066b',
      'a\ud800b',
      'x'.repeat(1001),
    ]) {
      expect(geldig(Tekst, tekst), JSON.stringify(tekst)).toBe(false)
    }
  })

  it('MeerregeligeTekst also takes line breaks, and still no other control characters', () => {
    expect(['regel 1\nregel 2', 'regel 1\r\nregel 2'].map((t) => geldig(MeerregeligeTekst, t))).toEqual([true, true])
    expect(['a\u0000b', 'a\tb', 'a\u202eb', '\n'].map((t) => geldig(MeerregeligeTekst, t))).toEqual([
      false,
      false,
      false,
      false,
    ])
  })

  it('Decimaal refuses a negative zero in every spelling', () => {
    expect(['0', '0.00', '-1', '-0.5', '7.50'].map((d) => geldig(Decimaal, d))).toEqual([true, true, true, true, true])
    expect(['-0', '-0.0', '-00.000', '12,50', 'NaN', '1e5', '1'.repeat(16)].map((d) => geldig(Decimaal, d))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('AantalDagen takes whole days from 0 to 3650, so a due date always exists', () => {
    expect([0, 8, 30, 3650].map((d) => geldig(AantalDagen, d))).toEqual([true, true, true, true])
    const geweigerd = [-1, 1.5, 3651, Number.NaN, Number.NEGATIVE_INFINITY, 1e308, '30', -0.5, null]
    expect(geweigerd.map((d) => geldig(AantalDagen, d))).toEqual(geweigerd.map(() => false))
  })

  it('VrijeVelden holds JSON a store can hold, and a refusal names the nested field', () => {
    expect(geldig(VrijeVelden, { kostenplaats: 'KP-1', regels: [1, { a: true }], notitie: 'a\nb', leeg: null })).toBe(
      true,
    )
    const result = VrijeVelden.decode({ notitie: { tekst: 'a\u0000b' } })
    expect(result._tag === 'Left' && result.left[0]?.context.map((c) => c.key).filter(Boolean)).toEqual([
      'notitie',
      'tekst',
    ])
    for (const velden of [
      { 'a/b': 1 },
      { n: Number.NaN },
      { n: Number.POSITIVE_INFINITY },
      { t: '\u202e' },
      { f: () => 1 },
    ]) {
      expect(geldig(VrijeVelden, velden), String(Object.keys(velden))).toBe(false)
    }
  })
})

describe('stream ids', () => {
  it('no two codes share a stream of a category: separators inside codes never read as separators; case is kept', () => {
    const ids = [
      streamIdVan('dagboek', 'a-b', 'c'),
      streamIdVan('dagboek', 'a', 'b-c'),
      streamIdVan('dagboek', 'A', 'b-c'),
    ]
    expect(new Set(ids).size).toBe(ids.length)
    expect(streamIdVan('factuur', 'A1', 'F-id-1')).toBe('factuur-A1-F-id-1')
    expect(streamIdVan('dagboek', 'A1', '70')).toBe('dagboek-A1-70')
  })
})
