import { InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { decimaal, type Factuurregel, factuur } from '@factuurstroom/facturatie'
import { isLeft } from 'fp-ts/lib/Either.js'
import PDFDocument from 'pdfkit'
import { create } from 'xmlbuilder2'
import { type Factuurdocument, laadFactuurdocument, maakPdf, maakUbl } from '../packages/documenten/src'
import { binnenlandseOpdracht, factuurEvents } from '../packages/documenten/test/voorbeelden.fixture'
import { reportRatio, time } from './measure'

export const title = "Documents: a month's invoices (500, 12 lines each) rendered as UBL and PDF from their events"

const FACTUREN = 500
const REGELS = 12

const regels = (i: number): Factuurregel[] =>
  Array.from({ length: REGELS }, (_, r) => {
    const aantal = decimaal(1 + ((i + r) % 9)).plus('0.5')
    const prijs = decimaal(82.5 + r * 7.25)
    return {
      regelId: `R${r + 1}`,
      omschrijving: `Werkzaamheden week ${1 + (r % 4)} — ${['Advies', 'Ontwerp', 'Projectleiding'][r % 3]}`,
      soort: 'omzet',
      aantal: aantal.toString(),
      prijs: prijs.toFixed(2),
      bedrag: aantal.times(prijs).toDecimalPlaces(2).toFixed(2),
      btwCode: r % 4 === 3 ? 'LAAG' : 'HOOG',
      btwPercentage: r % 4 === 3 ? '9' : '21',
      integratiegroep: 'UREN',
      eenheid: 'uur',
    }
  })

const PDF_FLOOR = async (): Promise<number> => {
  // pdfkit's own fixed cost: one A4 page with one line of text.
  for (let i = 0; i < 200; i++) {
    await new Promise<void>((resolve) => {
      const pdf = new PDFDocument({ size: 'A4' })
      pdf.on('data', () => {})
      pdf.on('end', resolve)
      pdf.text(`Factuur ${i}`)
      pdf.end()
    })
  }
  return 200
}

export default async function run(): Promise<void> {
  const store = new InMemoryEventStore()
  const metadata = { commandId: 'bench', occurredAt: '2026-04-01T09:00:00.000Z' }
  for (let i = 0; i < FACTUREN; i++) {
    const nummer = String(26_000_001 + i)
    const events = factuurEvents(binnenlandseOpdracht({ regels: regels(i) }), nummer)
    await store.appendToStream(
      factuur.factuurStreamId('A1', `F-${nummer}`),
      events.map((e) => factuur.factuurRegistry.toNewEvent(e, metadata)),
      'no_stream',
    )
  }
  const documenten: Factuurdocument[] = []
  const laden = await time(
    'load + fold each invoice stream into its document',
    async () => {
      documenten.length = 0
      for (let i = 0; i < FACTUREN; i++) {
        const d = await laadFactuurdocument(store, 'A1', `F-${26_000_001 + i}`)
        if (isLeft(d)) throw new Error(d.left.message)
        documenten.push(d.right)
      }
      return FACTUREN
    },
    { warmUp: true, bestOf: 3 },
  )
  console.log('UBL (xmlbuilder2), floor: xmlbuilder2 writing a flat document with as many elements')
  const elementen = documenten.map((d) => {
    const xml = maakUbl(d)
    if (isLeft(xml)) throw new Error(xml.left.message)
    return (xml.right.match(/<[a-zA-Z]/g) ?? []).length
  })
  const plat = await time(
    'floor: xmlbuilder2, same element count, no logic',
    () => {
      for (const n of elementen) {
        const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('urn:x', 'Invoice', { 'xmlns:cbc': 'urn:cbc' })
        for (let i = 1; i < n; i++) root.ele('cbc:ID').txt('26000001').up()
        root.end({ prettyPrint: true })
      }
      return elementen.length
    },
    { warmUp: true, bestOf: 3 },
  )
  const ubl = await time(
    'maakUbl (Peppol BIS 3 Invoice)',
    () => {
      for (const d of documenten) if (isLeft(maakUbl(d))) throw new Error('ubl')
      return documenten.length
    },
    { warmUp: true, bestOf: 3 },
  )
  reportRatio(ubl, plat, 'documents')
  console.log("PDF (pdfkit), floor: pdfkit's fixed cost, one A4 page with one line")
  const vloer = await time('floor: pdfkit one-line page', PDF_FLOOR, { warmUp: true, bestOf: 3 })
  const pdf = await time(
    'maakPdf (R32 invoice, 12 lines)',
    async () => {
      for (const d of documenten.slice(0, 200)) await maakPdf(d)
      return 200
    },
    { warmUp: true, bestOf: 3 },
  )
  reportRatio(pdf, vloer, 'documents')
  const geheel = FACTUREN / (laden.seconds + ubl.seconds + (pdf.seconds * FACTUREN) / 200)
  console.log(
    `  ${'whole month: load + UBL + PDF per invoice'.padEnd(58)} ${Math.round(geheel).toLocaleString('en-US').padStart(12)} invoices/s (${Math.round(2 * geheel)} documents/s)`,
  )
}
