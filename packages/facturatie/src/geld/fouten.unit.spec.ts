import { FactuurstroomError } from '@factuurstroom/eventsourcing'
import { describe, expect, it } from 'vitest'
import { totEnMet } from '../weergaven/replay'
import { alsBedrag, rondAfMetMethode } from './afronding'
import { berekenBtw } from './btw'
import { Geld } from './geld'

const gegooid = (f: () => unknown): unknown => {
  try {
    f()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}
const vorm = (error: unknown) =>
  error instanceof FactuurstroomError ? [error.code, error.details] : ['not a FactuurstroomError', error]

describe('typed errors a host can receive from the domain functions', () => {
  it('R33 berekenBtw: one btw-code at two rates is BTW_CODE_MET_TWEE_PERCENTAGES, naming code and rates', () => {
    const regel = (percentage: string) => ({ bedrag: '100.00', btwCode: 'HOOG', percentage })
    expect(vorm(gegooid(() => berekenBtw([regel('21'), regel('9')], 'PER_TOTAAL')))).toEqual([
      'BTW_CODE_MET_TWEE_PERCENTAGES',
      { btwCode: 'HOOG', percentages: ['21', '9'] },
    ])
  })

  it('alsBedrag: more than two decimals is MEER_DAN_TWEE_DECIMALEN with the amount', () => {
    expect(vorm(gegooid(() => alsBedrag('1.005')))).toEqual(['MEER_DAN_TWEE_DECIMALEN', { bedrag: '1.005' }])
  })

  it('R8 rondAfMetMethode: a step that is not positive is AFRONDINGSSTAP_ONGELDIG', () => {
    expect(vorm(gegooid(() => rondAfMetMethode('10.40', { stap: '0', richting: 'omlaag' })))).toEqual([
      'AFRONDINGSSTAP_ONGELDIG',
      { stap: '0' },
    ])
  })

  it('Geld: two currencies are VALUTA_VERSCHILLEN', () => {
    expect(vorm(gegooid(() => Geld.van('1.00', 'EUR').plus(Geld.van('1.00', 'USD'))))).toEqual([
      'VALUTA_VERSCHILLEN',
      { valuta: ['EUR', 'USD'] },
    ])
  })

  it('totEnMet: a moment that is neither date nor instant is MOMENT_ONGELDIG', () => {
    expect(vorm(gegooid(() => totEnMet('gisteren')))).toEqual(['MOMENT_ONGELDIG', { moment: 'gisteren' }])
  })
})
