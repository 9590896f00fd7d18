import * as t from 'io-ts'
import { Bedrag, Code, Datum, Percentage } from '../gedeeld/codecs'
import { Factuuropdracht } from '../gedeeld/factuuropdracht'

/** The `berekenBtw` result (R33) as it travels in commands and events. */
export const BtwBerekening = t.type({
  modus: t.keyof({ PER_REGEL: null, PER_TOTAAL: null }),
  afronding: t.literal('HALF_UP_CENT'),
  perCode: t.readonlyArray(t.type({ btwCode: Code, percentage: Percentage, grondslag: Bedrag, btw: Bedrag })),
  totaalNetto: Bedrag,
  totaalBtw: Bedrag,
  totaalBruto: Bedrag,
})
export type BtwBerekening = t.TypeOf<typeof BtwBerekening>

/** A credit note refers to the invoice it credits (R31); the original is never edited. */
export const Creditverwijzing = t.intersection([
  t.type({ origineelFactuurId: Code, origineelFactuurnummer: Code }),
  /** The original's invoice date, which the credit note names (R31, R32). */
  t.partial({ origineelFactuurdatum: Datum }),
])
export type Creditverwijzing = t.TypeOf<typeof Creditverwijzing>

/**
 * The invoice as made, all journalising needs: its Factuuropdracht (factuurdatum = boekstukdatum), the number the
 * dagboek gave it, the boekdatum (period) and the VAT computed for it. A credit note carries negative amounts and
 * `creditnota`.
 */
export const Journaliseringsinvoer = t.intersection([
  t.type({ opdracht: Factuuropdracht, factuurnummer: Code, boekdatum: Datum, btw: BtwBerekening }),
  t.partial({ creditnota: Creditverwijzing }),
])
export type Journaliseringsinvoer = t.TypeOf<typeof Journaliseringsinvoer>
