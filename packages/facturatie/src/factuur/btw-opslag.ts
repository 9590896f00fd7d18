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
 * A VAT computation as stored beside the lines it was made over: when `berekenBtw` over `regels` gives its gross
 * total, its `modus`, `afronding` and `totaalBruto` and each other figure only where it differs from the
 * computation; otherwise whole (an invoice in parts holds only its first lines, so its totals differ). `totaalBruto`
 * always stays: on every read it proves that the computation still gives what was recorded.
 */
export const compacteBtw = (btw: Velden, regels: readonly unknown[]): Velden => {
  const { totaalBruto, ...volgt } = berekend(regels, btw.modus)
  return totaalBruto === btw.totaalBruto ? zonderStandaarden(btw, volgt) : btw
}

/**
 * The inverse of `compacteBtw`, given the same (expanded) lines; data of another shape is left as it is. Figures
 * left out while the computation no longer gives the recorded gross total (`berekenBtw` changed since they were
 * stored) would silently change a recorded invoice: that is refused, naming both totals.
 */
export const volledigeBtw = (opgeslagen: unknown, regels: unknown): unknown => {
  if (!isVelden(opgeslagen)) return opgeslagen
  const { totaalBruto, ...volgt } = berekend(regels, opgeslagen.modus)
  const weggelaten = Object.keys(volgt).some((veld) => !(veld in opgeslagen))
  if (weggelaten && totaalBruto !== opgeslagen.totaalBruto)
    throw new Error(
      `VAT figures no longer follow from the lines: recorded totaalBruto ${JSON.stringify(opgeslagen.totaalBruto)}, computed ${JSON.stringify(totaalBruto)}`,
    )
  return metStandaarden(opgeslagen, volgt)
}
