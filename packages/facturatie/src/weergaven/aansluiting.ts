import { decimaal, NUL } from '../geld'
import { type Autorisatie, zichtbaarVoor } from './autorisatie'
import { debiteurenSaldoPerDebiteur, type JournaalView } from './journaal'
import { type OpenstaandePostenView, openstaandTotaalPerDebiteur } from './openstaande-posten'

/** A debiteur whose journal lines and open items differ, per administratie and valuta. */
export interface Aansluitverschil {
  readonly administratie: string
  readonly debiteur: string
  readonly valuta: string
  /** Σ debiteur lines in the journal (debet − credit). */
  readonly journaal: string
  /** Σ open items. */
  readonly openstaand: string
  readonly verschil: string
}

/** Whether the journal and the open items reconcile, their totals, and every difference found. */
export interface Aansluiting {
  readonly klopt: boolean
  readonly totaalJournaal: string
  readonly totaalOpenstaand: string
  readonly debiteuren: number
  readonly verschillen: readonly Aansluitverschil[]
  /** Journaalposten without an open item, and open items without a journaalpost (by administratie|factuurnummer). */
  readonly zonderOpenstaandePost: readonly string[]
  readonly zonderJournaalpost: readonly string[]
}

/**
 * The journal and the open items reconcile to the cent: per administratie, debiteur and valuta, the debiteur lines
 * of the journaal equal the open items, and every journaalpost has exactly one open item and vice versa. Over the
 * debiteuren `autorisatie` may see (an auditor passes `alleRelaties`).
 */
export const controleerAansluiting = (
  journaal: JournaalView,
  openstaand: OpenstaandePostenView,
  autorisatie: Autorisatie,
): Aansluiting => {
  const perJournaal = debiteurenSaldoPerDebiteur(journaal, autorisatie)
  const perPost = openstaandTotaalPerDebiteur(openstaand, autorisatie)
  const magJournaal = zichtbaarVoor(journaal.declaranten, autorisatie)
  const magPost = zichtbaarVoor(openstaand.declaranten, autorisatie)
  const verschillen: Aansluitverschil[] = []
  let totaalJournaal = NUL
  let totaalOpenstaand = NUL
  const sleutels = [...new Set([...perJournaal.keys(), ...perPost.keys()])].sort()
  for (const key of sleutels) {
    const j = decimaal(perJournaal.get(key) ?? '0')
    const o = decimaal(perPost.get(key) ?? '0')
    totaalJournaal = totaalJournaal.plus(j)
    totaalOpenstaand = totaalOpenstaand.plus(o)
    if (!j.equals(o)) {
      const [administratie = '', debiteur = '', valuta = ''] = key.split('|')
      verschillen.push({
        administratie,
        debiteur,
        valuta,
        journaal: j.toFixed(2),
        openstaand: o.toFixed(2),
        verschil: j.minus(o).toFixed(2),
      })
    }
  }
  const geboekt = new Set<string>()
  for (const rij of journaal.posten.values()) {
    if (magJournaal(rij.administratie, rij.debiteur)) geboekt.add(`${rij.administratie}|${rij.factuurnummer}`)
  }
  const zonderOpenstaandePost = [...geboekt].filter((key) => !openstaand.posten.has(key)).sort()
  const zonderJournaalpost = [...openstaand.posten.entries()]
    .filter(([key, post]) => magPost(post.administratie, post.debiteur) && !geboekt.has(key))
    .map(([key]) => key)
    .sort()
  return {
    klopt: verschillen.length === 0 && zonderOpenstaandePost.length === 0 && zonderJournaalpost.length === 0,
    totaalJournaal: totaalJournaal.toFixed(2),
    totaalOpenstaand: totaalOpenstaand.toFixed(2),
    debiteuren: sleutels.length,
    verschillen,
    zonderOpenstaandePost,
    zonderJournaalpost,
  }
}
