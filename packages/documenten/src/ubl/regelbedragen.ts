import { decimaal, type Factuurregel } from '@factuurstroom/facturatie'

/** UN/ECE Rec 20 unit codes for the units the sources use; anything else is a unit (C62). */
const eenheden: Record<string, string> = { uur: 'HUR', u: 'HUR', dag: 'DAY', km: 'KMT', stuk: 'H87', st: 'H87' }
export const eenheidscode = (eenheid: string | undefined): string =>
  (eenheid && eenheden[eenheid.toLowerCase()]) ?? 'C62'

/**
 * Quantity and net price for a UBL line in the document's sign (a credit note's amounts turned positive). The
 * invoice's own quantity and price are used when they give its net amount (PEPPOL-EN16931-R120); otherwise, as for
 * afrondings- and verrekenregels, quantity ±1 at the net amount. A price is never negative (BR-27): the sign goes to
 * the quantity.
 */
export const regelbedragen = (
  regel: Factuurregel,
  teken: 1 | -1,
): { aantal: string; prijs: string; bedrag: string } => {
  const bedrag = decimaal(regel.bedrag).times(teken)
  if (regel.aantal !== undefined && regel.prijs !== undefined) {
    let aantal = decimaal(regel.aantal).times(teken)
    let prijs = decimaal(regel.prijs)
    if (prijs.isNegative()) {
      aantal = aantal.negated()
      prijs = prijs.negated()
    }
    if (!aantal.isZero() && aantal.times(prijs).toDecimalPlaces(2).equals(bedrag)) {
      return { aantal: aantal.toString(), prijs: prijs.toString(), bedrag: bedrag.toFixed(2) }
    }
  }
  return { aantal: bedrag.isNegative() ? '-1' : '1', prijs: bedrag.abs().toFixed(2), bedrag: bedrag.toFixed(2) }
}
