import { isVelden } from '../gedeeld/opslag'

/**
 * ConceptGefactureerd version 4 to 5: the VAT computation becomes its net total; the project settings stay, recorded
 * as they were. Data without a VAT computation is left as it is, for validation to name.
 */
export const versie5UitVersie4 = (data: unknown): unknown => {
  if (!isVelden(data)) return data
  const { btw, ...rest } = data
  return isVelden(btw) ? { ...rest, totaalNetto: btw.totaalNetto } : data
}
