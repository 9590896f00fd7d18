import { describe, expect, it } from 'vitest'
import { afrondingsverschil, alsBedrag, decimaalAlsBedrag, rondAfMetMethode, rondAfOpCent } from './afronding'
import { berekenBtw } from './btw'
import { decimaal } from './decimaal'
import { Geld } from './geld'

describe('R33: VAT rounding, per line or per total, never mixed', () => {
  const regels = [
    { bedrag: '37.50', btwCode: 'HOOG', percentage: '21' },
    { bedrag: '12.50', btwCode: 'HOOG', percentage: '21' },
  ]

  it('R33: 37.50 and 12.50 at 21 % give 10.51 rounded per line', () => {
    const btw = berekenBtw(regels, 'PER_REGEL')
    expect(btw.perCode).toEqual([{ btwCode: 'HOOG', percentage: '21', grondslag: '50.00', btw: '10.51' }])
    expect(btw.totaalBtw).toBe('10.51')
    expect(btw.totaalBruto).toBe('60.51')
    expect(btw.afronding).toBe('HALF_UP_CENT')
  })

  it('R33: the same lines give 10.50 rounded on the total per rate', () => {
    const btw = berekenBtw(regels, 'PER_TOTAAL')
    expect(btw.perCode).toEqual([{ btwCode: 'HOOG', percentage: '21', grondslag: '50.00', btw: '10.50' }])
    expect(btw.totaalBruto).toBe('60.50')
  })

  it('keeps one entry per btw-code in order of appearance, with negative lines netted', () => {
    const btw = berekenBtw(
      [
        { bedrag: '100.00', btwCode: 'LAAG', percentage: '9' },
        { bedrag: '1667.00', btwCode: 'HOOG', percentage: '21' },
        { bedrag: '-1000.00', btwCode: 'HOOG', percentage: '21' },
        { bedrag: '10.00', btwCode: 'NUL', percentage: '0' },
      ],
      'PER_TOTAAL',
    )
    expect(btw.perCode).toEqual([
      { btwCode: 'LAAG', percentage: '9', grondslag: '100.00', btw: '9.00' },
      { btwCode: 'HOOG', percentage: '21', grondslag: '667.00', btw: '140.07' },
      { btwCode: 'NUL', percentage: '0', grondslag: '10.00', btw: '0.00' },
    ])
    expect(btw.totaalNetto).toBe('777.00')
    expect(btw.totaalBtw).toBe('149.07')
  })

  it('rounds negative VAT half away from zero', () => {
    expect(berekenBtw([{ bedrag: '-12.50', btwCode: 'HOOG', percentage: '21' }], 'PER_REGEL').totaalBtw).toBe('-2.63')
  })

  it('refuses one btw-code at two rates', () => {
    expect(() =>
      berekenBtw(
        [
          { bedrag: '1.00', btwCode: 'HOOG', percentage: '21' },
          { bedrag: '1.00', btwCode: 'HOOG', percentage: '19' },
        ],
        'PER_REGEL',
      ),
    ).toThrow('btw-code HOOG appears at 21 % and 19 %')
  })
})

describe('R8: afronding with a named step and direction', () => {
  it('rounds the worked example down to whole euros: 1,021.25 → 1,021.00 (−0.25), 151.01 → 151.00 (−0.01)', () => {
    const methode = { stap: '1', richting: 'omlaag' } as const
    expect(alsBedrag(rondAfMetMethode('1021.25', methode))).toBe('1021.00')
    expect(alsBedrag(afrondingsverschil('1021.25', methode))).toBe('-0.25')
    expect(alsBedrag(afrondingsverschil('151.01', methode))).toBe('-0.01')
    expect(alsBedrag(afrondingsverschil('495.00', methode))).toBe('0.00')
  })

  it('rounds to steps of 5 and 10 in each direction', () => {
    expect(alsBedrag(rondAfMetMethode('1022.50', { stap: '5', richting: 'omlaag' }))).toBe('1020.00')
    expect(alsBedrag(rondAfMetMethode('1022.50', { stap: '5', richting: 'dichtstbij' }))).toBe('1025.00')
    expect(alsBedrag(rondAfMetMethode('1022.49', { stap: '5', richting: 'dichtstbij' }))).toBe('1020.00')
    expect(alsBedrag(rondAfMetMethode('1020.01', { stap: '10', richting: 'omhoog' }))).toBe('1030.00')
    expect(alsBedrag(rondAfMetMethode('-1020.01', { stap: '10', richting: 'omlaag' }))).toBe('-1030.00')
    expect(alsBedrag(rondAfMetMethode('0.12', { stap: '0.05', richting: 'dichtstbij' }))).toBe('0.10')
  })

  it('refuses a step that is not positive', () => {
    expect(() => rondAfMetMethode('1.00', { stap: '0', richting: 'omlaag' })).toThrow('Afrondingsstap must be positive')
  })
})

describe('Geld', () => {
  it('computes a line amount as quantity × price, rounded half up to the cent', () => {
    expect(Geld.regelbedrag('142', '0.23', 'EUR').toString()).toBe('32.66')
    expect(Geld.regelbedrag('7.50', '95.00', 'EUR').toString()).toBe('712.50')
    expect(Geld.regelbedrag('0.333', '0.15', 'EUR').toString()).toBe('0.05')
  })

  it('adds exactly where binary floating point would not', () => {
    expect(Geld.van('0.10', 'EUR').plus(Geld.van('0.20', 'EUR')).toString()).toBe('0.30')
    expect(rondAfOpCent('2.675').toFixed(2)).toBe('2.68')
  })

  it('refuses to mix currencies and amounts with more than two decimals', () => {
    expect(() => Geld.van('1.00', 'EUR').plus(Geld.van('1.00', 'USD'))).toThrow('Cannot combine EUR and USD')
    expect(() => Geld.van('1.005', 'EUR')).toThrow('more than two decimals')
  })

  it('prints zero without a sign', () => {
    expect(Geld.van('1.00', 'EUR').min(Geld.van('1.00', 'EUR')).toString()).toBe('0.00')
    expect(alsBedrag('-0')).toBe('0.00')
  })
})

describe('decimaalAlsBedrag: alsBedrag for a Decimaal in hand', () => {
  it('gives the same string as alsBedrag and refuses more than two decimals the same way', () => {
    for (const waarde of ['1021', '1021.5', '-0.25', '0', '-0.00', '807.07', '-1000.00', '123456789012345.99']) {
      expect(decimaalAlsBedrag(decimaal(waarde))).toBe(alsBedrag(waarde))
    }
    expect(decimaalAlsBedrag(decimaal('0.10').times(3))).toBe('0.30')
    expect(() => decimaalAlsBedrag(decimaal('0.125'))).toThrow(/more than two decimals/)
    expect(() => alsBedrag('0.125')).toThrow(/more than two decimals/)
  })
})
