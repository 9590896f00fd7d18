import { btwregime, decimaal, type Partij } from '@factuurstroom/facturatie'
import { type Either, left, right } from 'fp-ts/lib/Either.js'
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'
import type { Factuurdocument } from '../factuurdocument'
import { btwBuitenTolerantie, type DocumentFout, gegevenOntbreekt } from '../fouten'
import { btwsubtotalen, categorieVan, vrijstelling } from './btwcategorie'
import { eenheidscode, regelbedragen } from './regelbedragen'

const NS = {
  Invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  CreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
}

/** Peppol BIS Billing 3.0 (BT-24, BT-23). The Dutch NLCIUS rules apply to it as Peppol's NL national rules. */
export const PEPPOL_CUSTOMIZATION = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0'
export const PEPPOL_PROFILE = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0'

/** SEPA credit transfer (UNCL4461 58), one of the codes NL-R-007 allows. */
const SEPA_OVERMAKING = '58'

/** Legal registration schemes NL-R-003/NL-R-005 accept for a Dutch party: KvK (0106) or OIN (0190). */
const NL_REGISTRATIE = ['0106', '0190']

const te = (parent: XMLBuilder, naam: string, tekst: string, attributen?: Record<string, string>): XMLBuilder =>
  parent.ele(naam, attributen).txt(tekst).up()

interface Context {
  readonly document: Factuurdocument
  readonly teken: 1 | -1
  readonly valuta: string
}

const bedrag = (ctx: Context, waarde: string): string => decimaal(waarde).times(ctx.teken).toFixed(2)
const geld = (parent: XMLBuilder, naam: string, ctx: Context, waarde: string): XMLBuilder =>
  te(parent, naam, waarde, { currencyID: ctx.valuta })

/** BR-CO-17 as Peppol checks it: the VAT of a breakdown within one currency unit of taxable amount × rate. */
const buitenTolerantie = (document: Factuurdocument): DocumentFout | undefined => {
  for (const sub of btwsubtotalen(document)) {
    const verwacht = decimaal(sub.grondslag).times(sub.percentage).dividedBy(100).toDecimalPlaces(2)
    if (decimaal(sub.btw).minus(verwacht).abs().gte(1)) {
      return btwBuitenTolerantie(document.factuurId, sub.percentage, sub.btw, verwacht.toFixed(2))
    }
  }
  return undefined
}

/** What UBL needs beyond R32 (Peppol endpoint, NL registration, IBAN), checked before anything is built. */
const controleer = (document: Factuurdocument): DocumentFout | undefined => {
  const { leverancier, afnemer } = document.partijen
  const ontbreekt = (relatie: string, veld: string) => gegevenOntbreekt(document.factuurId, relatie, veld, 'UBL')
  if (!leverancier.peppol) return ontbreekt(document.administratie, 'peppol')
  if (!afnemer.peppol) return ontbreekt(document.factuurrelatie.nummer, 'peppol')
  if (!leverancier.iban) return ontbreekt(document.administratie, 'iban')
  if (!registratie(leverancier)) return ontbreekt(document.administratie, 'kvk')
  if (afnemer.adres.land === 'NL' && !registratie(afnemer)) return ontbreekt(document.factuurrelatie.nummer, 'kvk')
  return undefined
}

const registratie = (partij: Partij): { id: string; schema: string } | undefined => {
  if (partij.kvk) return { id: partij.kvk, schema: '0106' }
  if (partij.identificatie && (partij.adres.land !== 'NL' || NL_REGISTRATIE.includes(partij.identificatie.schema))) {
    return { id: partij.identificatie.id, schema: partij.identificatie.schema }
  }
  return undefined
}

const partij = (parent: XMLBuilder, naam: string, p: Partij): void => {
  const party = parent.ele(naam).ele('cac:Party')
  const endpoint = p.peppol as NonNullable<Partij['peppol']>
  te(party, 'cbc:EndpointID', endpoint.id, { schemeID: endpoint.schema })
  party.ele('cac:PartyName').ele('cbc:Name').txt(p.naam)
  const adres = party.ele('cac:PostalAddress')
  te(adres, 'cbc:StreetName', p.adres.straat)
  te(adres, 'cbc:CityName', p.adres.plaats)
  te(adres, 'cbc:PostalZone', p.adres.postcode)
  adres.ele('cac:Country').ele('cbc:IdentificationCode').txt(p.adres.land)
  if (p.btwId) {
    const scheme = party.ele('cac:PartyTaxScheme')
    te(scheme, 'cbc:CompanyID', p.btwId)
    scheme.ele('cac:TaxScheme').ele('cbc:ID').txt('VAT')
  }
  const entiteit = party.ele('cac:PartyLegalEntity')
  te(entiteit, 'cbc:RegistrationName', p.naam)
  const reg = registratie(p)
  if (reg) te(entiteit, 'cbc:CompanyID', reg.id, { schemeID: reg.schema })
  if (p.email) party.ele('cac:Contact').ele('cbc:ElectronicMail').txt(p.email)
}

const belastingcategorie = (parent: XMLBuilder, naam: string, categorie: string, percentage: string): void => {
  const cat = parent.ele(naam)
  te(cat, 'cbc:ID', categorie)
  te(cat, 'cbc:Percent', percentage)
  const reden = vrijstelling[categorie as keyof typeof vrijstelling]
  if (reden && naam === 'cac:TaxCategory') {
    te(cat, 'cbc:TaxExemptionReasonCode', reden.code)
    te(cat, 'cbc:TaxExemptionReason', reden.tekst)
  }
  cat.ele('cac:TaxScheme').ele('cbc:ID').txt('VAT')
}

const kop = (root: XMLBuilder, ctx: Context): void => {
  const { document } = ctx
  const creditnota = document.soort === 'creditnota'
  te(root, 'cbc:CustomizationID', PEPPOL_CUSTOMIZATION)
  te(root, 'cbc:ProfileID', PEPPOL_PROFILE)
  te(root, 'cbc:ID', document.factuurnummer)
  te(root, 'cbc:IssueDate', document.factuurdatum)
  if (!creditnota && document.vervaldatum) te(root, 'cbc:DueDate', document.vervaldatum)
  te(root, creditnota ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', creditnota ? '381' : '380')
  const regime = btwregime(document.btwPlicht)
  if (regime === 'verlegd') te(root, 'cbc:Note', `Btw verlegd. Btw-nummer afnemer: ${document.partijen.afnemer.btwId}`)
  if (regime === 'intracommunautair') {
    te(root, 'cbc:Note', `Intracommunautaire levering. Btw-nummer afnemer: ${document.partijen.afnemer.btwId}`)
  }
  te(root, 'cbc:DocumentCurrencyCode', ctx.valuta)
  te(root, 'cbc:BuyerReference', document.factuurrelatie.nummer)
  if (document.creditnota) {
    const ref = root.ele('cac:BillingReference').ele('cac:InvoiceDocumentReference')
    te(ref, 'cbc:ID', document.creditnota.origineelFactuurnummer)
    if (document.creditnota.origineelFactuurdatum) te(ref, 'cbc:IssueDate', document.creditnota.origineelFactuurdatum)
  }
  if (document.project && !creditnota) root.ele('cac:ProjectReference').ele('cbc:ID').txt(document.project.nummer)
  partij(root, 'cac:AccountingSupplierParty', document.partijen.leverancier)
  partij(root, 'cac:AccountingCustomerParty', document.partijen.afnemer)
  const levering = root.ele('cac:Delivery')
  te(levering, 'cbc:ActualDeliveryDate', document.leverdatum)
  levering
    .ele('cac:DeliveryLocation')
    .ele('cac:Address')
    .ele('cac:Country')
    .ele('cbc:IdentificationCode')
    .txt(document.partijen.afnemer.adres.land)
  const betaling = root.ele('cac:PaymentMeans')
  te(betaling, 'cbc:PaymentMeansCode', SEPA_OVERMAKING)
  te(betaling, 'cbc:PaymentID', document.factuurnummer)
  betaling
    .ele('cac:PayeeFinancialAccount')
    .ele('cbc:ID')
    .txt(document.partijen.leverancier.iban as string)
  const termijn = document.betalingsconditie?.termijnDagen
  const voorwaarde = creditnota
    ? `Creditnota op factuur ${document.creditnota?.origineelFactuurnummer}`
    : termijn !== undefined
      ? `Betaling binnen ${termijn} dagen`
      : 'Betaling per omgaande'
  root.ele('cac:PaymentTerms').ele('cbc:Note').txt(voorwaarde)
}

const totalen = (root: XMLBuilder, ctx: Context): void => {
  const { btw } = ctx.document
  const taxTotal = root.ele('cac:TaxTotal')
  geld(taxTotal, 'cbc:TaxAmount', ctx, bedrag(ctx, btw.totaalBtw))
  for (const sub of btwsubtotalen(ctx.document)) {
    const subtotal = taxTotal.ele('cac:TaxSubtotal')
    geld(subtotal, 'cbc:TaxableAmount', ctx, bedrag(ctx, sub.grondslag))
    geld(subtotal, 'cbc:TaxAmount', ctx, bedrag(ctx, sub.btw))
    belastingcategorie(subtotal, 'cac:TaxCategory', sub.categorie, sub.percentage)
  }
  const totaal = root.ele('cac:LegalMonetaryTotal')
  geld(totaal, 'cbc:LineExtensionAmount', ctx, bedrag(ctx, btw.totaalNetto))
  geld(totaal, 'cbc:TaxExclusiveAmount', ctx, bedrag(ctx, btw.totaalNetto))
  geld(totaal, 'cbc:TaxInclusiveAmount', ctx, bedrag(ctx, btw.totaalBruto))
  geld(totaal, 'cbc:PayableAmount', ctx, bedrag(ctx, btw.totaalBruto))
}

const regels = (root: XMLBuilder, ctx: Context): void => {
  const creditnota = ctx.document.soort === 'creditnota'
  const regime = btwregime(ctx.document.btwPlicht)
  ctx.document.regels.forEach((regel, index) => {
    const { aantal, prijs, bedrag: netto } = regelbedragen(regel, ctx.teken)
    const line = root.ele(creditnota ? 'cac:CreditNoteLine' : 'cac:InvoiceLine')
    te(line, 'cbc:ID', String(index + 1))
    te(line, creditnota ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', aantal, {
      unitCode: eenheidscode(regel.eenheid),
    })
    geld(line, 'cbc:LineExtensionAmount', ctx, netto)
    const item = line.ele('cac:Item')
    te(item, 'cbc:Name', regel.omschrijving.slice(0, 200))
    if (regel.itemcode) item.ele('cac:SellersItemIdentification').ele('cbc:ID').txt(regel.itemcode)
    belastingcategorie(
      item,
      'cac:ClassifiedTaxCategory',
      categorieVan(regime, regel.btwPercentage),
      regel.btwPercentage,
    )
    geld(line.ele('cac:Price'), 'cbc:PriceAmount', ctx, prijs)
  })
}

/**
 * The invoice as a UBL 2.1 Invoice, or a credit note as a UBL 2.1 CreditNote (amounts turned positive), per Peppol
 * BIS Billing 3.0 with the Dutch (NLCIUS) rules; the totals are the invoice's own, to the cent.
 */
export const maakUbl = (document: Factuurdocument): Either<DocumentFout, string> => {
  const fout = controleer(document) ?? buitenTolerantie(document)
  if (fout) return left(fout)
  const creditnota = document.soort === 'creditnota'
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    creditnota ? NS.CreditNote : NS.Invoice,
    creditnota ? 'CreditNote' : 'Invoice',
    {
      'xmlns:cac': NS.cac,
      'xmlns:cbc': NS.cbc,
    },
  )
  const ctx: Context = { document, teken: creditnota ? -1 : 1, valuta: document.valuta }
  kop(root, ctx)
  totalen(root, ctx)
  regels(root, ctx)
  return right(root.end({ prettyPrint: true }))
}
