import PDFDocument from 'pdfkit'
import type { Factuurdocument } from '../factuurdocument'
import { aantalNl, bedragNl, percentageNl } from '../opmaak'
import { btwVermelding, kopregels } from './teksten'

export interface PdfOpties {
  /** R15: the free fields (by name) the host wants printed, on the invoice and under the lines that have them. */
  readonly vrijeVelden?: readonly string[]
}

const MARGE = 50
const BREEDTE = 595.28 - 2 * MARGE
const ONDERKANT = 841.89 - MARGE - 30
/** Columns of the line table: x and width. */
const KOLOM = {
  omschrijving: { x: MARGE, w: 235 },
  aantal: { x: MARGE + 235, w: 60 },
  prijs: { x: MARGE + 295, w: 75 },
  btw: { x: MARGE + 370, w: 45 },
  bedrag: { x: MARGE + 415, w: BREEDTE - 415 },
}

type Pdf = PDFKit.PDFDocument

const rechts = (pdf: Pdf, tekst: string, kolom: { x: number; w: number }, y: number) =>
  pdf.text(tekst, kolom.x, y, { width: kolom.w, align: 'right', lineBreak: false })

const veldwaarde = (waarde: unknown): string =>
  typeof waarde === 'string' || typeof waarde === 'number' || typeof waarde === 'boolean'
    ? String(waarde)
    : JSON.stringify(waarde)

const kopVanTabel = (pdf: Pdf): void => {
  const y = pdf.y
  pdf.font('Helvetica-Bold').fontSize(9)
  pdf.text('Omschrijving', KOLOM.omschrijving.x, y, { width: KOLOM.omschrijving.w, lineBreak: false })
  rechts(pdf, 'Aantal', KOLOM.aantal, y)
  rechts(pdf, 'Prijs', KOLOM.prijs, y)
  rechts(pdf, 'Btw', KOLOM.btw, y)
  rechts(pdf, 'Bedrag', KOLOM.bedrag, y)
  pdf
    .moveTo(MARGE, y + 12)
    .lineTo(MARGE + BREEDTE, y + 12)
    .stroke()
  pdf.font('Helvetica').fontSize(9)
  pdf.y = y + 16
}

/** Starts a new page (repeating the table head) when `hoogte` more points would run past the bottom margin. */
const ruimte = (pdf: Pdf, hoogte: number, metKop: boolean): void => {
  if (pdf.y + hoogte <= ONDERKANT) return
  pdf.addPage()
  if (metKop) kopVanTabel(pdf)
}

const partijen = (pdf: Pdf, document: Factuurdocument): void => {
  const { leverancier, afnemer } = document.partijen
  pdf.font('Helvetica-Bold').fontSize(14).text(leverancier.naam, MARGE, MARGE)
  pdf.font('Helvetica').fontSize(9)
  const eigen = [
    leverancier.adres.straat,
    `${leverancier.adres.postcode} ${leverancier.adres.plaats}`,
    leverancier.adres.land === 'NL' ? undefined : leverancier.adres.land,
    leverancier.kvk ? `KvK ${leverancier.kvk}` : undefined,
    leverancier.btwId ? `Btw-nummer ${leverancier.btwId}` : undefined,
    leverancier.iban ? `IBAN ${leverancier.iban}` : undefined,
    leverancier.email,
  ].filter((r): r is string => r !== undefined)
  pdf.text(eigen.join('\n'), MARGE + 300, MARGE + 22, { width: BREEDTE - 300, align: 'right' })
  const klant = [
    afnemer.naam,
    afnemer.adres.straat,
    `${afnemer.adres.postcode} ${afnemer.adres.plaats}`,
    afnemer.adres.land === leverancier.adres.land ? undefined : afnemer.adres.land,
    afnemer.btwId ? `Btw-nummer ${afnemer.btwId}` : undefined,
    afnemer.kvk ? `KvK ${afnemer.kvk}` : undefined,
  ].filter((r): r is string => r !== undefined)
  pdf.text(klant.join('\n'), MARGE, MARGE + 110, { width: 280 })
}

const kop = (pdf: Pdf, document: Factuurdocument): void => {
  pdf
    .font('Helvetica-Bold')
    .fontSize(16)
    .text(document.soort === 'creditnota' ? 'Creditnota' : 'Factuur', MARGE, MARGE + 200)
  pdf.font('Helvetica').fontSize(9)
  let y = MARGE + 224
  for (const [label, waarde] of kopregels(document)) {
    pdf.text(label, MARGE, y, { width: 120, lineBreak: false })
    pdf.text(waarde, MARGE + 120, y, { width: BREEDTE - 120, lineBreak: false })
    y += 12
  }
  pdf.y = y + 14
}

const regels = (pdf: Pdf, document: Factuurdocument, opties: PdfOpties): void => {
  kopVanTabel(pdf)
  if (document.geheelVerdicht) {
    const y = pdf.y
    pdf.text(document.geheelVerdicht.omschrijving, KOLOM.omschrijving.x, y, { width: KOLOM.omschrijving.w })
    rechts(pdf, bedragNl(document.geheelVerdicht.bedrag), KOLOM.bedrag, y)
    pdf.y = Math.max(pdf.y, y + 12) + 2
    return
  }
  for (const regel of document.regels) {
    const velden = (opties.vrijeVelden ?? []).filter((naam) => regel.vrijeVelden?.[naam] !== undefined)
    const hoogte = pdf.heightOfString(regel.omschrijving, { width: KOLOM.omschrijving.w }) + velden.length * 11
    ruimte(pdf, hoogte + 4, true)
    const y = pdf.y
    pdf.text(regel.omschrijving, KOLOM.omschrijving.x, y, { width: KOLOM.omschrijving.w })
    const onder = pdf.y
    if (regel.aantal !== undefined) rechts(pdf, aantalNl(regel.aantal), KOLOM.aantal, y)
    if (regel.prijs !== undefined)
      rechts(pdf, bedragNl(regel.prijs, Math.max(2, regel.prijs.split('.')[1]?.length ?? 0)), KOLOM.prijs, y)
    rechts(pdf, percentageNl(regel.btwPercentage), KOLOM.btw, y)
    rechts(pdf, bedragNl(regel.bedrag), KOLOM.bedrag, y)
    pdf.y = onder
    pdf.fontSize(8)
    for (const naam of velden) {
      pdf.text(`${naam}: ${veldwaarde(regel.vrijeVelden?.[naam])}`, KOLOM.omschrijving.x + 10, pdf.y, {
        width: KOLOM.omschrijving.w,
      })
    }
    pdf.fontSize(9)
    pdf.y += 3
  }
}

const totalen = (pdf: Pdf, document: Factuurdocument, opties: PdfOpties): void => {
  const { btw } = document
  ruimte(pdf, 60 + btw.perCode.length * 12, false)
  pdf
    .moveTo(MARGE, pdf.y)
    .lineTo(MARGE + BREEDTE, pdf.y)
    .stroke()
  pdf.y += 6
  const label = { x: MARGE + 220, w: 150 }
  const regel = (tekst: string, bedrag: string, vet = false) => {
    const y = pdf.y
    pdf.font(vet ? 'Helvetica-Bold' : 'Helvetica')
    pdf.text(tekst, label.x, y, { width: label.w, lineBreak: false })
    rechts(pdf, bedrag, KOLOM.bedrag, y)
    pdf.y = y + 12
  }
  regel('Totaal excl. btw', bedragNl(btw.totaalNetto))
  for (const code of btw.perCode) {
    regel(`Btw ${percentageNl(code.percentage)} over ${bedragNl(code.grondslag)}`, bedragNl(code.btw))
  }
  regel(`Totaal incl. btw (${document.valuta})`, bedragNl(btw.totaalBruto), true)
  pdf.font('Helvetica')
  pdf.y += 10
  const vermelding = btwVermelding(document)
  const voet = [
    vermelding,
    ...(opties.vrijeVelden ?? [])
      .filter((naam) => document.vrijeVelden?.[naam] !== undefined)
      .map((naam) => `${naam}: ${veldwaarde(document.vrijeVelden?.[naam])}`),
    document.soort === 'factuur' && document.vervaldatum && document.partijen.leverancier.iban
      ? `Graag voldoen binnen ${document.betalingsconditie?.termijnDagen} dagen op ${document.partijen.leverancier.iban} o.v.v. ${document.factuurnummer}.`
      : undefined,
  ].filter((r): r is string => r !== undefined)
  for (const tekst of voet) {
    ruimte(pdf, 14, false)
    pdf.text(tekst, MARGE, pdf.y, { width: BREEDTE })
  }
}

const paginanummers = (pdf: Pdf, document: Factuurdocument): void => {
  const { start, count } = pdf.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i)
    pdf.fontSize(8).text(`${document.factuurnummer} — pagina ${i + 1} van ${count}`, MARGE, ONDERKANT + 12, {
      width: BREEDTE,
      align: 'right',
      lineBreak: false,
    })
  }
}

/**
 * The invoice or credit note as an A4 PDF in Dutch: both parties, the R32 items, the printed lines (verdichte regels
 * as the invoice has them, or the one "geheel verdicht" line, R12), VAT per rate, totals, the VAT statement for
 * reverse charge / intra-EU, free fields the host asks for (R15), and page breaks with the table head repeated.
 */
export const maakPdf = (document: Factuurdocument, opties: PdfOpties = {}): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      margin: MARGE,
      bufferPages: true,
      info: {
        Title: `${document.soort === 'creditnota' ? 'Creditnota' : 'Factuur'} ${document.factuurnummer}`,
        Author: document.partijen.leverancier.naam,
        CreationDate: new Date(`${document.factuurdatum}T00:00:00.000Z`),
      },
    })
    const delen: Buffer[] = []
    pdf.on('data', (deel: Buffer) => delen.push(deel))
    pdf.on('end', () => resolve(Buffer.concat(delen)))
    pdf.on('error', reject)
    partijen(pdf, document)
    kop(pdf, document)
    regels(pdf, document, opties)
    totalen(pdf, document, opties)
    paginanummers(pdf, document)
    pdf.end()
  })
