import { type Btwregime, btwregime, decimaal } from '@factuurstroom/facturatie'
import type { Factuurdocument } from '../factuurdocument'

/** EN 16931 VAT category codes (UNCL5305) this library issues. */
export type Btwcategorie = 'S' | 'Z' | 'AE' | 'K' | 'G'

/** Reason code (VATEX) and text a 0 % category must carry (BR-AE-10, BR-IC-10, BR-G-10). */
export const vrijstelling: Partial<Record<Btwcategorie, { code: string; tekst: string }>> = {
  AE: { code: 'VATEX-EU-AE', tekst: 'Btw verlegd' },
  K: { code: 'VATEX-EU-IC', tekst: 'Intracommunautaire levering' },
  G: { code: 'VATEX-EU-G', tekst: 'Export buiten de EU' },
}

/**
 * A line's category: a rate above 0 is standard rated (S) whatever the btw-plicht; at 0 % the btw-plicht decides:
 * reverse charge (AE), intra-EU supply (K), export (G), else zero rated (Z).
 */
export const categorieVan = (regime: Btwregime, percentage: string): Btwcategorie => {
  if (!decimaal(percentage).isZero()) return 'S'
  switch (regime) {
    case 'verlegd':
      return 'AE'
    case 'intracommunautair':
      return 'K'
    case 'export':
      return 'G'
    case 'binnenland':
      return 'Z'
  }
}

export interface Btwsubtotaal {
  readonly categorie: Btwcategorie
  readonly percentage: string
  readonly grondslag: string
  readonly btw: string
}

/**
 * EN 16931 wants one VAT breakdown per category and rate (BR-S-08, BR-CO-17); the invoice records VAT per btw-code
 * under its rounding mode (R33). Codes with the same category and rate are summed, the recorded VAT amounts kept as
 * they are: the document states exactly what the invoice says, in both modes (see docs/documents.md).
 */
export const btwsubtotalen = (document: Factuurdocument): Btwsubtotaal[] => {
  const regime = btwregime(document.btwPlicht)
  const perSleutel = new Map<string, { categorie: Btwcategorie; percentage: string; grondslag: string; btw: string }>()
  for (const code of document.btw.perCode) {
    const categorie = categorieVan(regime, code.percentage)
    const percentage = decimaal(code.percentage).toFixed(2)
    const sleutel = `${categorie}|${percentage}`
    const vorige = perSleutel.get(sleutel)
    perSleutel.set(sleutel, {
      categorie,
      percentage,
      grondslag: decimaal(vorige?.grondslag ?? 0)
        .plus(code.grondslag)
        .toFixed(2),
      btw: decimaal(vorige?.btw ?? 0)
        .plus(code.btw)
        .toFixed(2),
    })
  }
  return [...perSleutel.values()]
}
