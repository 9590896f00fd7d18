import { FactuurstroomError } from '@factuurstroom/eventsourcing'
import { alsBedrag, HALF_UP_CENT, rondAfOpCent } from './afronding'
import { type Decimaal, decimaal, NUL } from './decimaal'

/**
 * How VAT is rounded (R33), per administratie, recorded on every invoice:
 * - `PER_REGEL`: VAT per line, rounded to the cent, then summed per btw-code;
 * - `PER_TOTAAL`: the net amounts summed per btw-code, VAT computed and rounded once on that total.
 * Both round half away from zero (`HALF_UP_CENT`). Never mixed within one invoice.
 */
export type BtwAfrondingsmodus = 'PER_REGEL' | 'PER_TOTAAL'

/** One net amount under a btw-code and rate: what `berekenBtw` takes per line. */
export interface BtwGrondslagRegel {
  /** Net line amount, decimal string with two decimals. */
  readonly bedrag: string
  readonly btwCode: string
  /** Rate as a percentage, decimal string: `"21"`, `"9"`, `"0"`. */
  readonly percentage: string
}

/** VAT for one btw-code on one invoice: what the invoice prints and what journalising credits (R30, R32). */
export interface BtwPerCode {
  readonly btwCode: string
  readonly percentage: string
  readonly grondslag: string
  readonly btw: string
}

/** The VAT of one invoice (R33): per btw-code, and the net, VAT and gross totals, under the mode named. */
export interface BtwBerekening {
  readonly modus: BtwAfrondingsmodus
  readonly afronding: typeof HALF_UP_CENT
  /** One entry per btw-code, in order of first appearance. */
  readonly perCode: readonly BtwPerCode[]
  readonly totaalNetto: string
  readonly totaalBtw: string
  readonly totaalBruto: string
}

/** Computes VAT per btw-code under the named rounding mode. A btw-code used at two rates is refused. */
export const berekenBtw = (regels: readonly BtwGrondslagRegel[], modus: BtwAfrondingsmodus): BtwBerekening => {
  const perCode = new Map<string, { percentage: string; grondslag: Decimaal; btwPerRegel: Decimaal }>()
  for (const regel of regels) {
    const bedrag = decimaal(regel.bedrag)
    const entry = perCode.get(regel.btwCode)
    if (entry && entry.percentage !== regel.percentage && !decimaal(entry.percentage).equals(regel.percentage)) {
      throw new FactuurstroomError(
        'BTW_CODE_MET_TWEE_PERCENTAGES',
        `btw-code ${regel.btwCode} appears at ${entry.percentage} % and ${regel.percentage} %; one btw-code has one rate, so give each rate its own btw-code.`,
        { btwCode: regel.btwCode, percentages: [entry.percentage, regel.percentage] },
      )
    }
    // Only PER_REGEL needs a rounded VAT per line; PER_TOTAAL computes once per code below.
    const btwRegel = modus === 'PER_REGEL' ? rondAfOpCent(bedrag.times(regel.percentage).dividedBy(100)) : NUL
    if (entry) {
      entry.grondslag = entry.grondslag.plus(bedrag)
      entry.btwPerRegel = entry.btwPerRegel.plus(btwRegel)
    } else {
      perCode.set(regel.btwCode, { percentage: regel.percentage, grondslag: bedrag, btwPerRegel: btwRegel })
    }
  }
  let totaalNetto = NUL
  let totaalBtw = NUL
  const resultaat: BtwPerCode[] = []
  for (const [btwCode, entry] of perCode) {
    const btw =
      modus === 'PER_REGEL' ? entry.btwPerRegel : rondAfOpCent(entry.grondslag.times(entry.percentage).dividedBy(100))
    totaalNetto = totaalNetto.plus(entry.grondslag)
    totaalBtw = totaalBtw.plus(btw)
    resultaat.push({
      btwCode,
      percentage: entry.percentage,
      grondslag: alsBedrag(entry.grondslag),
      btw: alsBedrag(btw),
    })
  }
  return {
    modus,
    afronding: HALF_UP_CENT,
    perCode: resultaat,
    totaalNetto: alsBedrag(totaalNetto),
    totaalBtw: alsBedrag(totaalBtw),
    totaalBruto: alsBedrag(totaalNetto.plus(totaalBtw)),
  }
}
