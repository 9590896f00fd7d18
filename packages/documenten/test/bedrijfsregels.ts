import { decimaal } from '@factuurstroom/facturatie'
import { create } from 'xmlbuilder2'

/** The part of the DOM (xmlbuilder2's) these checks read. */
interface Element {
  readonly tagName: string
  readonly localName: string
  readonly children: Iterable<Element>
  readonly textContent: string | null
  getAttribute(naam: string): string | null
  getElementsByTagName(naam: string): Iterable<Element>
}

/**
 * The EN 16931, Peppol BIS 3 and Dutch (NLCIUS / Peppol NL-R) business rules our documents can break, checked on
 * the XML as a receiver would. Returns the rules broken, each with what was found; empty when the document passes.
 */
export const bedrijfsregelfouten = (xml: string): string[] => {
  const root = (create(xml).node as unknown as { documentElement: Element }).documentElement
  const fouten: string[] = []
  const eis = (regel: string, ok: boolean, wat: string) => {
    if (!ok) fouten.push(`${regel}: ${wat}`)
  }
  const kind = (el: Element | undefined, naam: string): Element | undefined =>
    el ? [...el.children].find((c) => c.tagName === naam) : undefined
  const kinderen = (el: Element, naam: string): Element[] => [...el.children].filter((c) => c.tagName === naam)
  const pad = (el: Element | undefined, ...namen: string[]): Element | undefined =>
    namen.reduce<Element | undefined>((e, n) => kind(e, n), el)
  const tekst = (el: Element | undefined): string | undefined => el?.textContent ?? undefined
  const bedrag = (el: Element | undefined) => decimaal(tekst(el) ?? '0')

  const creditnota = root.localName === 'CreditNote'
  const regelNaam = creditnota ? 'cac:CreditNoteLine' : 'cac:InvoiceLine'
  const aantalNaam = creditnota ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity'
  const regels = kinderen(root, regelNaam)
  const totaal = kind(root, 'cac:LegalMonetaryTotal')
  const taxTotal = kind(root, 'cac:TaxTotal')
  const subtotalen = taxTotal ? kinderen(taxTotal, 'cac:TaxSubtotal') : []
  const verkoper = pad(root, 'cac:AccountingSupplierParty', 'cac:Party')
  const koper = pad(root, 'cac:AccountingCustomerParty', 'cac:Party')

  for (const el of root.getElementsByTagName('*')) {
    if (el.getAttribute('currencyID') !== null && el.localName !== 'PriceAmount') {
      eis('BR-DEC', /^-?\d+(\.\d{1,2})?$/.test(el.textContent ?? ''), `${el.tagName} ${el.textContent}`)
    }
  }
  eis('PEPPOL-EN16931-R001', tekst(kind(root, 'cbc:ProfileID')) !== undefined, 'no ProfileID')
  eis(
    'PEPPOL-EN16931-R003',
    kind(root, 'cbc:BuyerReference') !== undefined || kind(root, 'cac:OrderReference') !== undefined,
    'no buyer reference or order reference',
  )
  eis('PEPPOL-EN16931-R020', kind(verkoper, 'cbc:EndpointID')?.getAttribute('schemeID') != null, 'seller endpoint')
  eis('PEPPOL-EN16931-R010', kind(koper, 'cbc:EndpointID')?.getAttribute('schemeID') != null, 'buyer endpoint')

  const somRegels = regels.reduce((s, r) => s.plus(bedrag(kind(r, 'cbc:LineExtensionAmount'))), decimaal(0))
  const lineExtension = bedrag(kind(totaal, 'cbc:LineExtensionAmount'))
  eis('BR-CO-10', somRegels.equals(lineExtension), `lines ${somRegels} ≠ total ${lineExtension}`)
  const taxExclusive = bedrag(kind(totaal, 'cbc:TaxExclusiveAmount'))
  const allowances = bedrag(kind(totaal, 'cbc:AllowanceTotalAmount'))
  const charges = bedrag(kind(totaal, 'cbc:ChargeTotalAmount'))
  eis('BR-CO-13', taxExclusive.equals(lineExtension.minus(allowances).plus(charges)), `${taxExclusive}`)
  const taxAmount = bedrag(kind(taxTotal, 'cbc:TaxAmount'))
  const taxInclusive = bedrag(kind(totaal, 'cbc:TaxInclusiveAmount'))
  eis('BR-CO-15', taxInclusive.equals(taxExclusive.plus(taxAmount)), `${taxInclusive} ≠ ${taxExclusive} + ${taxAmount}`)
  const payable = bedrag(kind(totaal, 'cbc:PayableAmount'))
  const prepaid = bedrag(kind(totaal, 'cbc:PrepaidAmount'))
  const rounding = bedrag(kind(totaal, 'cbc:PayableRoundingAmount'))
  eis('BR-CO-16', payable.equals(taxInclusive.minus(prepaid).plus(rounding)), `${payable}`)
  const somSub = subtotalen.reduce((s, t) => s.plus(bedrag(kind(t, 'cbc:TaxAmount'))), decimaal(0))
  eis('BR-CO-14', somSub.equals(taxAmount), `subtotals ${somSub} ≠ ${taxAmount}`)
  eis(
    'BR-CO-25',
    !payable.isPositive() || kind(root, 'cbc:DueDate') !== undefined || kind(root, 'cac:PaymentTerms') !== undefined,
    'no due date or terms',
  )

  const regelsPer = new Map<string, ReturnType<typeof decimaal>>()
  for (const r of regels) {
    const cat = pad(r, 'cac:Item', 'cac:ClassifiedTaxCategory')
    const sleutel = `${tekst(kind(cat, 'cbc:ID'))}|${decimaal(tekst(kind(cat, 'cbc:Percent')) ?? '0').toFixed(2)}`
    regelsPer.set(sleutel, (regelsPer.get(sleutel) ?? decimaal(0)).plus(bedrag(kind(r, 'cbc:LineExtensionAmount'))))
    const prijs = bedrag(pad(r, 'cac:Price', 'cbc:PriceAmount'))
    eis('BR-27', !prijs.isNegative(), `line ${tekst(kind(r, 'cbc:ID'))} price ${prijs}`)
    const aantal = bedrag(kind(r, aantalNaam))
    const netto = bedrag(kind(r, 'cbc:LineExtensionAmount'))
    eis('PEPPOL-EN16931-R120', aantal.times(prijs).minus(netto).abs().lte('0.02'), `line ${tekst(kind(r, 'cbc:ID'))}`)
  }
  // Document-level allowances and charges count in their category's taxable amount.
  for (const ac of kinderen(root, 'cac:AllowanceCharge')) {
    const cat = kind(ac, 'cac:TaxCategory')
    const sleutel = `${tekst(kind(cat, 'cbc:ID'))}|${decimaal(tekst(kind(cat, 'cbc:Percent')) ?? '0').toFixed(2)}`
    const teken = tekst(kind(ac, 'cbc:ChargeIndicator')) === 'true' ? 1 : -1
    regelsPer.set(sleutel, (regelsPer.get(sleutel) ?? decimaal(0)).plus(bedrag(kind(ac, 'cbc:Amount')).times(teken)))
  }
  const gezien = new Set<string>()
  for (const sub of subtotalen) {
    const cat = kind(sub, 'cac:TaxCategory')
    const id = tekst(kind(cat, 'cbc:ID')) ?? ''
    const pct = decimaal(tekst(kind(cat, 'cbc:Percent')) ?? '0')
    const sleutel = `${id}|${pct.toFixed(2)}`
    eis(`BR-${id}-08`, !gezien.has(sleutel), `two breakdowns for ${sleutel}`)
    gezien.add(sleutel)
    const grondslag = bedrag(kind(sub, 'cbc:TaxableAmount'))
    const btw = bedrag(kind(sub, 'cbc:TaxAmount'))
    eis(`BR-${id}-08`, grondslag.equals(regelsPer.get(sleutel) ?? 0), `${sleutel}: taxable ${grondslag} ≠ lines`)
    // Peppol's BR-CO-17 accepts one currency unit either way (per-line VAT rounding, R33 PER_REGEL).
    const verwacht = grondslag.times(pct).dividedBy(100).toDecimalPlaces(2)
    eis('BR-CO-17', btw.minus(verwacht).abs().lt(1), `${sleutel}: ${btw} vs ${verwacht}`)
    if (['AE', 'K', 'G', 'Z', 'E'].includes(id)) {
      eis(`BR-${id}-09`, btw.isZero() && pct.isZero(), `${id} with VAT ${btw} at ${pct}`)
    }
    if (['AE', 'K', 'G'].includes(id)) {
      eis(
        `BR-${id}-10`,
        kind(cat, 'cbc:TaxExemptionReason') !== undefined || kind(cat, 'cbc:TaxExemptionReasonCode') !== undefined,
        'no exemption reason',
      )
    }
    if (id === 'AE' || id === 'K') {
      const verkoperBtw = tekst(pad(verkoper, 'cac:PartyTaxScheme', 'cbc:CompanyID'))
      const koperBtw = tekst(pad(koper, 'cac:PartyTaxScheme', 'cbc:CompanyID'))
      eis(id === 'AE' ? 'BR-AE-02' : 'BR-IC-02', verkoperBtw !== undefined && koperBtw !== undefined, 'VAT ids')
    }
    if (id === 'K') {
      eis(
        'BR-IC-11',
        pad(root, 'cac:Delivery', 'cbc:ActualDeliveryDate') !== undefined ||
          kind(root, 'cac:InvoicePeriod') !== undefined,
        'delivery date',
      )
      eis(
        'BR-IC-12',
        pad(root, 'cac:Delivery', 'cac:DeliveryLocation', 'cac:Address', 'cac:Country', 'cbc:IdentificationCode') !==
          undefined,
        'deliver-to country',
      )
    }
  }
  eis('BR-CO-18', subtotalen.length > 0, 'no VAT breakdown')
  for (const sleutel of regelsPer.keys()) eis('BR-CO-18', gezien.has(sleutel), `lines in ${sleutel} without breakdown`)

  const referentie = pad(root, 'cac:BillingReference', 'cac:InvoiceDocumentReference', 'cbc:ID')
  if (creditnota) eis('BR-55 / NL-R-001', referentie !== undefined, 'credit note without invoice reference')

  const land = (partij: Element | undefined) =>
    tekst(pad(partij, 'cac:PostalAddress', 'cac:Country', 'cbc:IdentificationCode'))
  const adresCompleet = (partij: Element | undefined) =>
    ['cbc:StreetName', 'cbc:CityName', 'cbc:PostalZone'].every((n) => pad(partij, 'cac:PostalAddress', n) !== undefined)
  const nlRegistratie = (partij: Element | undefined) =>
    ['0106', '0190'].includes(pad(partij, 'cac:PartyLegalEntity', 'cbc:CompanyID')?.getAttribute('schemeID') ?? '')
  if (land(verkoper) === 'NL') {
    eis('NL-R-002', adresCompleet(verkoper), 'supplier address incomplete')
    eis('NL-R-003', nlRegistratie(verkoper), 'supplier without KvK/OIN')
    const code = tekst(pad(root, 'cac:PaymentMeans', 'cbc:PaymentMeansCode'))
    eis('NL-R-007', ['30', '48', '49', '57', '58', '59'].includes(code ?? ''), `payment means ${code}`)
    if (code === '30' || code === '58') {
      eis('NL-R-006', pad(root, 'cac:PaymentMeans', 'cac:PayeeFinancialAccount', 'cbc:ID') !== undefined, 'no IBAN')
    }
    if (land(koper) === 'NL') {
      eis('NL-R-004', adresCompleet(koper), 'buyer address incomplete')
      eis('NL-R-005', nlRegistratie(koper), 'buyer without KvK/OIN')
    }
  }
  return fouten
}
