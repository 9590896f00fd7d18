import { isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { Bedrag, Datum, Tijdstip } from './codecs'

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
})
