import type { factuur } from '@factuurstroom/facturatie'
import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { alsEenEvent, GROTE_FACTUUR_EVENTS, groteOpdracht } from '../../facturatie/src/factuur/grote-factuur.fixture'
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
  it('holds all 600 lines in order and equals the document of the invoice in one event', () => {
    expect(events.map((e) => e.type)).toEqual([...GROTE_FACTUUR_EVENTS, 'Gefactureerd'])
    const d = document(events)
    expect(d.regels).toEqual(regels)
    expect([d.btw.totaalNetto, d.btw.totaalBtw, d.btw.totaalBruto]).toEqual(['240597.00', '43280.73', '283877.73'])
    expect(d).toEqual(document(alsEenEvent(events)))
  })

  it('its UBL has one InvoiceLine per line', () => {
    const ubl = maakUbl(document(events))
    if (isLeft(ubl)) throw new Error(ubl.left.message)
    expect(ubl.right.match(/<cac:InvoiceLine>/g)?.length).toBe(600)
  })
})
