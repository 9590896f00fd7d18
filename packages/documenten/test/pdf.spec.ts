import type { Factuurregel } from '@factuurstroom/facturatie'
import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { type Factuurdocument, factuurdocumentUitEvents, maakPdf } from '../src'
import { pdfPaginas } from './pdftekst'
import {
  binnenlandseOpdracht,
  creditnotaEvents,
  factuurEvents,
  intraEuOpdracht,
  klantBe,
  klantNl,
  verlegdeOpdracht,
} from './voorbeelden.fixture'

const document = (events: Parameters<typeof factuurdocumentUitEvents>[0]): Factuurdocument => {
  const d = factuurdocumentUitEvents(events)
  if (isLeft(d)) throw new Error(d.left.message)
  return d.right
}
const tekst = async (d: Factuurdocument, opties?: Parameters<typeof maakPdf>[1]) =>
  (await pdfPaginas(await maakPdf(d, opties))).join('\n')

describe('PDF of an invoice, read back', () => {
  it('R32: both parties, number, dates, lines with quantity, price, rate and amount, VAT per rate and totals in Dutch notation', async () => {
    const t = await tekst(document(factuurEvents(binnenlandseOpdracht(), '26000001')))
    for (const verwacht of [
      'Voorbeeld Advies B.V.',
      'KvK 30123456',
      'Btw-nummer NL859123456B01',
      'IBAN NL91ABNA0417164300',
      'Koninklijke Exhibitions Benelux B.V.',
      'Jaarbeursplein 6',
      '3521 AL Utrecht',
      'Btw-nummer NL001234567B02',
      'Factuurnummer 26000001',
      'Factuurdatum 31-03-2026',
      'Leverdatum 27-03-2026',
      'Vervaldatum 30-04-2026',
      'Advies maart 2,5 15,00 21% 37,50',
      'Drukwerk standmateriaal 1.200 0,8575 9% 1.029,00',
      'Verrekening voorschot 26000001 21% -100,00',
      'Totaal excl. btw 978,99',
      'Btw 21% over -50,01 -10,50',
      'Btw 9% over 1.029,00 92,61',
      'Totaal incl. btw (EUR) 1.061,10',
    ]) {
      expect(t).toContain(verwacht)
    }
    expect(t).not.toContain('verlegd')
  })

  it('btw verlegd prints "Btw verlegd" with the customer\'s btw-id; intra-EU says so with the btw-id', async () => {
    expect(await tekst(document(factuurEvents(verlegdeOpdracht(), '26000003')))).toContain(
      `Btw verlegd. Btw-nummer afnemer: ${klantNl.btwId}`,
    )
    const eu = await tekst(document(factuurEvents(intraEuOpdracht(), '26000004')))
    expect(eu).toContain(`Intracommunautaire levering (art. 138 Btw-richtlijn). Btw-nummer afnemer: ${klantBe.btwId}`)
    expect(eu).toContain('Standbouwpakket 3 1.250,00 0% 3.750,00')
  })

  it('R31: a credit note is titled so and names the number and date of the invoice it corrects', async () => {
    const t = await tekst(document(creditnotaEvents()))
    expect(t).toContain('Creditnota')
    expect(t).toContain('Creditnotanummer 26900001')
    expect(t).toContain('Creditnota op factuur 26000001 van 31-03-2026')
    expect(t).toContain('Totaal incl. btw (EUR) -1.061,10')
  })

  it('R12 "factuur geheel verdichten": one printed line with the fixed text; VAT and totals as the invoice', async () => {
    const opdracht = binnenlandseOpdracht({
      geheelVerdicht: { omschrijving: 'Werkzaamheden maart volgens afspraak', bedrag: '978.99' },
    })
    const t = await tekst(document(factuurEvents(opdracht, '26000005')))
    expect(t).toContain('Werkzaamheden maart volgens afspraak 978,99')
    expect(t).not.toContain('Advies maart')
    expect(t).toContain('Totaal incl. btw (EUR) 1.061,10')
  })

  it('R15: free fields the host asks for are printed, others are not', async () => {
    const opdracht = binnenlandseOpdracht({ vrijeVelden: { inkoopordernummer: 'PO-4711', intern: 'geheim' } })
    opdracht.regels = opdracht.regels.map((r) =>
      r.regelId === 'R1' ? { ...r, vrijeVelden: { medewerker: 'J. Jansen' } } : r,
    )
    const t = await tekst(document(factuurEvents(opdracht, '26000006')), {
      vrijeVelden: ['inkoopordernummer', 'medewerker'],
    })
    expect(t).toContain('inkoopordernummer: PO-4711')
    expect(t).toContain('medewerker: J. Jansen')
    expect(t).not.toContain('geheim')
  })

  it('a long invoice breaks over pages, repeating the table head; every line and the totals are on some page', async () => {
    const regels: Factuurregel[] = Array.from({ length: 120 }, (_, i) => ({
      regelId: `L${i + 1}`,
      omschrijving: `Regel ${i + 1}`,
      soort: 'omzet',
      aantal: '1',
      prijs: '10.00',
      bedrag: '10.00',
      btwCode: 'HOOG',
      btwPercentage: '21',
      integratiegroep: 'UREN',
    }))
    const paginas = await pdfPaginas(
      await maakPdf(document(factuurEvents(binnenlandseOpdracht({ regels }), '26000007'))),
    )
    expect(paginas.length).toBe(3)
    for (const [i, pagina] of paginas.entries()) {
      expect(pagina).toContain('Omschrijving Aantal Prijs Btw Bedrag')
      expect(pagina).toContain(`26000007 — pagina ${i + 1} van 3`)
    }
    const alles = paginas.join('\n')
    for (let i = 1; i <= 120; i++) expect(alles).toContain(`Regel ${i} 1 10,00 21% 10,00\n`)
    expect(paginas[2]).toContain('Totaal incl. btw (EUR) 1.452,00')
  })
})
