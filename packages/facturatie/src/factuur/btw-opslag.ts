import { isVelden, metStandaarden, type Velden, zonderStandaarden } from '../gedeeld/opslag'
import { berekenBtw } from '../geld'

/**
 * The VAT figures (R33) that follow from an event's own lines under its `modus`: `berekenBtw` over them. Nothing
 * when the lines or the modus cannot be read (stored data of another shape, for validation to name).
 */
const berekend = (regels: unknown, modus: unknown): Velden => {
  if (!Array.isArray(regels) || (modus !== 'PER_REGEL' && modus !== 'PER_TOTAAL')) return {}
  try {
    const { perCode, totaalNetto, totaalBtw, totaalBruto } = berekenBtw(
      regels.map((regel: Velden) => ({
        bedrag: regel.bedrag as string,
        btwCode: regel.btwCode as string,
        percentage: regel.btwPercentage as string,
      })),
      modus,
    )
    return { perCode, totaalNetto, totaalBtw, totaalBruto }
  } catch {
    return {}
  }
}

/**
 * A VAT computation as stored beside the lines it was made over: its `modus` and `afronding`, and each figure only
 * where it differs from what `berekenBtw` gives over `regels` (an invoice in parts holds only its first lines, so
 * its totals differ and stay).
 */
export const compacteBtw = (btw: Velden, regels: readonly unknown[]): Velden =>
  zonderStandaarden(btw, berekend(regels, btw.modus))

/** The inverse of `compacteBtw`, given the same (expanded) lines; data of another shape is left as it is. */
export const volledigeBtw = (opgeslagen: unknown, regels: unknown): unknown =>
  isVelden(opgeslagen) ? metStandaarden(opgeslagen, berekend(regels, opgeslagen.modus)) : opgeslagen
