import type { FactuurState, Regelherkomst } from '../factuur'
import { huidigeOpdracht } from '../factuur'
import type { Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import { decimaal } from '../geld'

/** One line of a credit note: the original line and the amount credited, signed as the original line. */
export interface Creditregel {
  readonly regelId: string
  readonly bedrag: string
}

/**
 * R31: what to credit of each requested line (all that is left of every line when none are named). A named amount
 * takes the sign of its line; a line with nothing to credit is left out; an unknown line stays in (at 0.00 when no
 * amount is named) so the Factuur aggregate refuses it with its own code.
 */
export const teCrediteren = (
  origineel: FactuurState,
  gevraagd: readonly { regelId: string; bedrag?: string }[] | undefined,
): Creditregel[] => {
  const regels: Creditregel[] = []
  const alles = [...origineel.regels.keys()].map((regelId): { regelId: string; bedrag?: string } => ({ regelId }))
  for (const { regelId, bedrag } of gevraagd ?? alles) {
    const regel = origineel.regels.get(regelId)
    if (!regel) {
      regels.push({ regelId, bedrag: bedrag ?? '0.00' })
      continue
    }
    const totaal = decimaal(regel.regel.bedrag)
    const rest = totaal.minus(origineel.gecrediteerd.get(regelId) ?? 0)
    const signed =
      bedrag === undefined
        ? rest
        : decimaal(bedrag)
            .abs()
            .times(totaal.isNegative() ? -1 : 1)
    if (!signed.isZero()) regels.push({ regelId, bedrag: signed.toFixed(2) })
  }
  return regels
}

/** R31: the credit note's opdracht (the original's, negated lines, the credit's date) and its lines' herkomst. */
export const creditnotaOpdracht = (
  origineel: FactuurState,
  regels: readonly Creditregel[],
  factuurdatum: string,
): { opdracht: Factuuropdracht; herkomst: Record<string, Regelherkomst> } => {
  const opdracht = huidigeOpdracht(origineel)
  const creditregels = regels.map(({ regelId, bedrag }) => {
    const regel = origineel.regels.get(regelId)?.regel as Factuurregel
    return { ...regel, bedrag: decimaal(bedrag).negated().toFixed(2) }
  })
  const herkomst = Object.fromEntries(
    regels.map(({ regelId }) => [regelId, origineel.regels.get(regelId)?.herkomst as Regelherkomst]),
  )
  return { opdracht: { ...opdracht, factuurdatum, regels: creditregels }, herkomst }
}
