import type { Factuuropdracht } from '../gedeeld/factuuropdracht'
import { btwregime } from '../gedeeld/partij'
import { type FactuurFout, r32GegevenOntbreekt } from './errors'

/**
 * R32 on invoices that carry their parties: the supplier's btw-id and KvK number always; the customer's btw-id when
 * VAT is reverse charged ("btw verlegd") or the supply is intra-EU. An invoice without `partijen` comes from an
 * administratie without its own party set up and is left as it was.
 */
export const controleerR32 = (factuurId: string, opdracht: Factuuropdracht): FactuurFout | undefined => {
  const partijen = opdracht.partijen
  if (!partijen) return undefined
  const { leverancier, afnemer } = partijen
  if (leverancier.btwId === undefined) {
    return r32GegevenOntbreekt(factuurId, opdracht.administratie, 'btwId', 'every invoice')
  }
  if (leverancier.kvk === undefined) {
    return r32GegevenOntbreekt(factuurId, opdracht.administratie, 'kvk', 'every invoice')
  }
  const regime = btwregime(opdracht.btwPlicht)
  if ((regime === 'verlegd' || regime === 'intracommunautair') && afnemer.btwId === undefined) {
    const reden = regime === 'verlegd' ? 'an invoice with btw verlegd' : 'an intra-EU supply'
    return r32GegevenOntbreekt(factuurId, opdracht.factuurrelatie.nummer, 'btwId', reden)
  }
  return undefined
}
