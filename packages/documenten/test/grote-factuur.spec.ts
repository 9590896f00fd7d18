import type { factuur } from '@factuurstroom/facturatie'
import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { groteOpdracht } from '../../facturatie/src/factuur/grote-factuur.fixture'
import { factuurdocumentUitEvents, maakUbl } from '../src'
import { binnenlandseOpdracht, factuurEvents } from './voorbeelden.fixture'

const document = (events: readonly factuur.FactuurEvent[]) => {
  const d = factuurdocumentUitEvents(events)
  if (isLeft(d)) throw new Error(d.left.message)
  return d.right
}

describe('the document of an invoice recorded in parts (issue 11)', () => {
  const regels = groteOpdracht().regels
  const events = factuurEvents(binnenlandseOpdracht({ regels }), '26000009')
  /** The same invoice as one event, as it read before events had a size limit. */
  const heel = (): factuur.FactuurEvent[] => {
    const [kop, ...rest] = events
    if (kop?.type !== 'FactuurAangemaakt') throw new Error('no header')
    const infos = events.flatMap((e) =>
      e.type === 'FactuurAangemaakt' || e.type === 'FactuurregelsAangevuld' ? e.data.regels : [],
    )
    const opdracht = { ...kop.data.opdracht, regels }
    return [
      { type: 'FactuurAangemaakt', data: { ...kop.data, opdracht, regels: infos } },
      ...rest.filter((e) => e.type !== 'FactuurregelsAangevuld'),
    ]
  }

  it('holds all 600 lines in order and equals the document of the invoice in one event', () => {
    expect(events.map((e) => e.type)).toEqual([
      'FactuurAangemaakt',
      'FactuurregelsAangevuld',
      'FactuurregelsAangevuld',
      'FactuurregelsAangevuld',
      'FactuurregelsAangevuld',
      'Gefactureerd',
    ])
    const d = document(events)
    expect(d.regels).toEqual(regels)
    expect([d.btw.totaalNetto, d.btw.totaalBtw, d.btw.totaalBruto]).toEqual(['240597.00', '43280.73', '283877.73'])
    expect(d).toEqual(document(heel()))
  })

  it('its UBL has one InvoiceLine per line', () => {
    const ubl = maakUbl(document(events))
    if (isLeft(ubl)) throw new Error(ubl.left.message)
    expect(ubl.right.match(/<cac:InvoiceLine>/g)?.length).toBe(600)
  })
})
