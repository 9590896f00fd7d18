import { deciderSpec, exactlyEqual, SpecFailure } from '@factuurstroom/eventsourcing/testing'
import { describe, expect, it } from 'vitest'
import { tellerDecider } from './teller.fixture'

const spec = deciderSpec(tellerDecider)
const opgehoogd = (met: number, stand: number) => ({ type: 'Opgehoogd' as const, data: { met, stand } })

describe('given-when-then', () => {
  it('passes on the exact event list', () => {
    spec
      .given([opgehoogd(2, 2)])
      .when({ type: 'VerhoogTeller', met: 3, limiet: 10 })
      .then([opgehoogd(3, 5)])
  })

  it('fails with a readable diff when a value differs', () => {
    const run = () =>
      spec
        .given([])
        .when({ type: 'VerhoogTeller', met: 3, limiet: 10 })
        .then([opgehoogd(3, 4)])
    expect(run).toThrow(SpecFailure)
    expect(run).toThrow(/- +"stand": 4\n\+ +"stand": 3/)
  })

  it('fails when an extra event was produced or the order differs', () => {
    expect(() => spec.given([]).when({ type: 'VerhoogTeller', met: 1, limiet: 10 }).then([])).toThrow(SpecFailure)
    expect(exactlyEqual([opgehoogd(1, 1), opgehoogd(2, 3)], [opgehoogd(2, 3), opgehoogd(1, 1)])).toBe(false)
  })

  it('tells decimal strings and dates apart exactly', () => {
    expect(exactlyEqual({ bedrag: '1021.00' }, { bedrag: '1021' })).toBe(false)
    expect(exactlyEqual(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-02T00:00:00Z'))).toBe(false)
    expect(exactlyEqual(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00.000Z'))).toBe(true)
    expect(exactlyEqual({ a: undefined }, {})).toBe(false)
    expect(exactlyEqual(1n, 1)).toBe(false)
  })

  it('checks warnings separately: then() refuses unexpected warnings, thenWarns() names them', () => {
    const when = spec.given([]).when({ type: 'VerhoogTeller', met: 9, limiet: 10 })
    expect(() => when.then([opgehoogd(9, 9)])).toThrow(/Warnings differ/)
    expect(when.thenWarns([opgehoogd(9, 9)], ['BIJNA_VOL'])).toHaveLength(1)
  })

  it('thenFails compares the error code and returns the error', () => {
    const error = spec
      .given([opgehoogd(8, 8)])
      .when({ type: 'VerhoogTeller', met: 3, limiet: 10 })
      .thenFails('LIMIET_OVERSCHREDEN')
    expect(error.message).toBe('The counter would reach 11, above the limit 10; raise the limit or add less.')
    expect(() =>
      spec.given([]).when({ type: 'VerhoogTeller', met: 1, limiet: 10 }).thenFails('LIMIET_OVERSCHREDEN'),
    ).toThrow(/Expected error LIMIET_OVERSCHREDEN, but the decision succeeded/)
  })
})
