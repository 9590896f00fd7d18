import { readFileSync } from 'node:fs'
import { isLeft, isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { type Factuurdocument, factuurdocumentUitEvents, maakUbl } from '../src'
import { bedrijfsregelfouten } from './bedrijfsregels'
import {
  binnenlandseOpdracht,
  creditnotaEvents,
  factuurEvents,
  intraEuOpdracht,
  klantNl,
  leverancier,
  verlegdeOpdracht,
} from './voorbeelden.fixture'
import { einvoice, valideerAlleXsd, valideerXsd } from './xsd'

const document = (events: Parameters<typeof factuurdocumentUitEvents>[0]): Factuurdocument => {
  const d = factuurdocumentUitEvents(events)
  if (isLeft(d)) throw new Error(d.left.message)
  return d.right
}
const ubl = (d: Factuurdocument): string => {
  const xml = maakUbl(d)
  if (isLeft(xml)) throw new Error(xml.left.message)
  return xml.right
}
const waarde = (xml: string, pad: RegExp): string[] => [...xml.matchAll(pad)].map((m) => m[1] ?? '')

const voorbeelden = {
  'domestic invoice, VAT on the total per rate (R33 PER_TOTAAL)': () =>
    document(factuurEvents(binnenlandseOpdracht(), '26000001')),
  'domestic invoice, VAT per line (R33 PER_REGEL)': () =>
    document(factuurEvents(binnenlandseOpdracht(), '26000002', { modus: 'PER_REGEL' })),
  'btw verlegd (reverse charge, AE)': () => document(factuurEvents(verlegdeOpdracht(), '26000003')),
  'intra-EU supply (K)': () => document(factuurEvents(intraEuOpdracht(), '26000004')),
  'credit note (R31)': () => document(creditnotaEvents()),
}

describe('UBL 2.1 per Peppol BIS Billing 3.0 / NLCIUS', () => {
  for (const [naam, maak] of Object.entries(voorbeelden)) {
    it(`${naam}: valid against the UBL 2.1 XSD and the EN 16931 / Peppol / NL business rules`, async () => {
      const xml = ubl(maak())
      expect(await valideerXsd(xml)).toEqual({ valid: true, fouten: [] })
      expect(bedrijfsregelfouten(xml)).toEqual([])
    })
  }

  it('R33: both modes carry the invoice VAT to the cent (10.50 on the total, 10.51 as the sum of lines at 21 %)', () => {
    const totaal = ubl(voorbeelden['domestic invoice, VAT on the total per rate (R33 PER_TOTAAL)']())
    const perRegel = ubl(voorbeelden['domestic invoice, VAT per line (R33 PER_REGEL)']())
    const subtotalen =
      /<cac:TaxSubtotal>\s*<cbc:TaxableAmount currencyID="EUR">([\d.-]+)<\/cbc:TaxableAmount>\s*<cbc:TaxAmount currencyID="EUR">([\d.-]+)</g
    expect([...totaal.matchAll(subtotalen)].map((m) => [m[1], m[2]])).toEqual([
      ['-50.01', '-10.50'],
      ['1029.00', '92.61'],
    ])
    // PER_REGEL: 37.50 → 7.88, 12.50 → 2.63, −0.01 → 0.00, −100.00 → −21.00; 9 %: 92.61.
    expect([...perRegel.matchAll(subtotalen)].map((m) => [m[1], m[2]])).toEqual([
      ['-50.01', '-10.49'],
      ['1029.00', '92.61'],
    ])
    expect(waarde(totaal, /<cbc:PayableAmount currencyID="EUR">([\d.-]+)</g)).toEqual(['1061.10'])
    expect(waarde(perRegel, /<cbc:PayableAmount currencyID="EUR">([\d.-]+)</g)).toEqual(['1061.11'])
  })

  it("btw verlegd: category AE at 0 %, exemption reason, both VAT ids and a note naming the customer's btw-id", () => {
    const xml = ubl(voorbeelden['btw verlegd (reverse charge, AE)']())
    expect(waarde(xml, /<cbc:Note>([^<]+)</g)).toEqual([
      `Btw verlegd. Btw-nummer afnemer: ${klantNl.btwId}`,
      'Betaling binnen 30 dagen',
    ])
    expect(xml).toContain('<cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode>')
    expect(waarde(xml, /<cbc:CompanyID>([^<]+)</g)).toEqual([leverancier.btwId, klantNl.btwId])
    expect(waarde(xml, /<cbc:TaxAmount currencyID="EUR">([^<]+)</g)).toEqual(['0.00', '0.00'])
  })

  it('a credit note is a CreditNote with positive amounts naming the number and date of the invoice it corrects', () => {
    const xml = ubl(voorbeelden['credit note (R31)']())
    expect(xml).toContain('<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"')
    expect(xml).toMatch(
      /<cac:InvoiceDocumentReference>\s*<cbc:ID>26000001<\/cbc:ID>\s*<cbc:IssueDate>2026-03-31<\/cbc:IssueDate>/,
    )
    expect(waarde(xml, /<cbc:PayableAmount currencyID="EUR">([\d.-]+)</g)).toEqual(['1061.10'])
    expect(waarde(xml, /<cbc:CreditedQuantity unitCode="(\w+)">([\d.-]+)</g)).toEqual([
      'HUR',
      'C62',
      'C62',
      'C62',
      'C62',
    ])
  })

  it('lines keep their quantity and price where they give the net amount, else ±1 at the net amount', () => {
    const xml = ubl(voorbeelden['domestic invoice, VAT on the total per rate (R33 PER_TOTAAL)']())
    expect(waarde(xml, /<cbc:InvoicedQuantity unitCode="\w+">([\d.-]+)</g)).toEqual(['2.5', '1', '1200', '-1', '-1'])
    expect(waarde(xml, /<cbc:PriceAmount currencyID="EUR">([\d.-]+)</g)).toEqual([
      '15',
      '12.5',
      '0.8575',
      '0.01',
      '100.00',
    ])
  })

  it("R33 PER_REGEL beyond Peppol's tolerance (250 lines of 0.50 at 21 %: 27.50 per line, 26.25 on the total) is refused, not sent invalid", () => {
    const regels = Array.from({ length: 250 }, (_, i) => ({
      regelId: `L${i}`,
      omschrijving: `Regel ${i}`,
      soort: 'omzet' as const,
      bedrag: '0.50',
      btwCode: 'HOOG',
      btwPercentage: '21',
      integratiegroep: 'UREN',
    }))
    const d = document(factuurEvents(binnenlandseOpdracht({ regels }), '26000011', { modus: 'PER_REGEL' }))
    const xml = maakUbl(d)
    expect(isLeft(xml) && xml.left).toMatchObject({
      code: 'DOCUMENT_BTW_BUITEN_TOLERANTIE',
      details: { factuurId: 'F-26000011', percentage: '21.00', btw: '27.50', verwacht: '26.25' },
    })
  })

  it('refuses a document for a relatie without a Peppol endpoint id, naming relatie and field', () => {
    const { peppol: _, ...zonderPeppol } = klantNl
    const d = document(
      factuurEvents(binnenlandseOpdracht({ partijen: { leverancier, afnemer: zonderPeppol } }), '26000009'),
    )
    const xml = maakUbl(d)
    expect(isLeft(xml) && xml.left).toMatchObject({
      code: 'DOCUMENT_GEGEVEN_ONTBREEKT',
      details: { relatie: '10032', veld: 'peppol', document: 'UBL' },
    })
  })

  it('the checks bite: a changed total breaks BR-CO-15/16, a removed element breaks the XSD', async () => {
    const xml = ubl(voorbeelden['domestic invoice, VAT on the total per rate (R33 PER_TOTAAL)']())
    const fout = xml.replace(
      '<cbc:TaxInclusiveAmount currencyID="EUR">1061.10',
      '<cbc:TaxInclusiveAmount currencyID="EUR">1061.11',
    )
    expect(bedrijfsregelfouten(fout).map((f) => f.split(':')[0])).toEqual(['BR-CO-15', 'BR-CO-16'])
    const zonderId = xml.replace(/<cbc:IssueDate>2026-03-31<\/cbc:IssueDate>/, '')
    expect((await valideerXsd(zonderId)).valid).toBe(false)
    const samen = await valideerAlleXsd('Invoice', [
      { naam: 'goed.xml', xml },
      { naam: 'fout.xml', xml: zonderId },
    ])
    expect([samen.valid, samen.fouten.every((f) => f.startsWith('fout.xml'))]).toEqual([false, true])
  })

  it("OpenPEPPOL's own example documents pass the same business-rule checks", () => {
    for (const naam of ['base-example.xml', 'base-creditnote-correction.xml', 'vat-category-Z.xml']) {
      expect([naam, bedrijfsregelfouten(readFileSync(`${einvoice}peppol-bis-3-examples/${naam}`, 'utf8'))]).toEqual([
        naam,
        [],
      ])
    }
  })

  it('an invoice without recorded parties (administratie without its own party set up) has no document', () => {
    const { partijen: _, ...zonder } = binnenlandseOpdracht()
    const d = factuurdocumentUitEvents(factuurEvents(zonder, '26000010'))
    expect(isRight(d) || d.left.code).toBe('DOCUMENT_ZONDER_PARTIJEN')
  })
})
