import { describe, expect, it } from 'vitest'
import { jsonBytes, utf8Lengte } from './omvang'

describe('utf8Lengte', () => {
  it('counts UTF-8 bytes as the encoder does, for ASCII and for 2-, 3- and 4-byte characters', () => {
    const teksten = [
      '',
      'Factuur 26100044',
      'Café Müller',
      '€ 1.021,00',
      'ＡＢＣ',
      'emoji 🧾 bon',
      '\u007f\u0080\u07ff\u0800',
    ]
    expect(teksten.map(utf8Lengte)).toEqual(teksten.map((tekst) => new TextEncoder().encode(tekst).length))
    expect(teksten.map(utf8Lengte)).toEqual([0, 16, 13, 12, 9, 14, 8])
  })

  it('measures a value as its JSON text', () => {
    expect(jsonBytes({ omschrijving: 'Café' })).toBe(24)
  })
})
