import { describe, expect, it } from 'vitest'
import { factuurnummer, reeksenOverlappen } from './reeks'

describe('R27: number series that could overlap are recognised exactly', () => {
  it('R27: same prefix, ranges that meet overlap; ranges side by side do not', () => {
    expect(reeksenOverlappen({ laatsteFactuurnummer: 0, tot: 1000 }, { laatsteFactuurnummer: 999, tot: 2000 })).toBe(
      true,
    )
    expect(reeksenOverlappen({ laatsteFactuurnummer: 0, tot: 1000 }, { laatsteFactuurnummer: 1000, tot: 2000 })).toBe(
      false,
    )
  })

  it('R27: different letter prefixes never overlap', () => {
    const a = { prefix: 'VK', laatsteFactuurnummer: 0, tot: 999_999 }
    const b = { prefix: 'IK', laatsteFactuurnummer: 0, tot: 999_999 }
    expect(reeksenOverlappen(a, b)).toBe(false)
  })

  it('R27: a prefix that continues another prefix with digits can print the same number', () => {
    // 'F' + 15 = 'F15' = 'F1' + 5
    expect(
      reeksenOverlappen(
        { prefix: 'F', laatsteFactuurnummer: 10, tot: 20 },
        { prefix: 'F1', laatsteFactuurnummer: 0, tot: 9 },
      ),
    ).toBe(true)
    expect(
      reeksenOverlappen(
        { prefix: 'F', laatsteFactuurnummer: 20, tot: 99 },
        { prefix: 'F1', laatsteFactuurnummer: 0, tot: 9 },
      ),
    ).toBe(false)
    // '' + 2026001 = '2026' + 1
    expect(
      reeksenOverlappen(
        { laatsteFactuurnummer: 2_026_000, tot: 2_026_999 },
        { prefix: '2026', laatsteFactuurnummer: 0, tot: 999 },
      ),
    ).toBe(true)
    expect(
      reeksenOverlappen({ laatsteFactuurnummer: 0, tot: 999_999 }, { prefix: 'F1', laatsteFactuurnummer: 0, tot: 9 }),
    ).toBe(false)
  })

  it('R27: a number prints as prefix + number', () => {
    expect(factuurnummer({ prefix: 'VK', laatsteFactuurnummer: 0, tot: 9 }, 7)).toBe('VK7')
    expect(factuurnummer({ laatsteFactuurnummer: 26_000_000, tot: 26_999_999 }, 26_000_001)).toBe('26000001')
  })
})
