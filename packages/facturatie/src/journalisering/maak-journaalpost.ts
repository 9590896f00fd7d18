import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import { gelijk } from '../gedeeld/gelijk'
import { berekenBtw, type Decimaal, decimaal, decimaalAlsBedrag, HALF_UP_CENT, NUL, rondAfOpCent } from '../geld'
import {
  administratieAfwijkend,
  btwAfrondingsmodusAfwijkend,
  btwBerekeningAfwijkend,
  btwCodeOnbekend,
  btwPercentageAfwijkend,
  factuurkortingNietToegestaan,
  geenKortingrekening,
  integratiegroepZonderRekening,
  type JournaliseringsFout,
  journaalpostNietInBalans,
} from './errors'
import type { JournaliseringsInrichting } from './inrichting'
import type { Journaliseringsinvoer } from './invoer'
import {
  type Betalingskorting,
  balans,
  type Journaalpost,
  type Journaalregel,
  type OpenstaandePost,
} from './journaalpost'
import { maakOmschrijving } from './omschrijving'

/** What journalising one invoice yields (R30): its balanced journaalpost and its openstaande post. */
export interface Journalisering {
  readonly journaalpost: Journaalpost
  readonly openstaandePost: OpenstaandePost
}

/** A line before it is placed: its amount signed as if on its natural side (debiteur debet, the rest credit). */
interface Ruwe {
  readonly regel: Omit<Journaalregel, 'zijde' | 'bedrag'>
  readonly natuurlijk: 'debet' | 'credit'
  readonly bedrag: Decimaal
}

/**
 * Builds the one journaalpost (R30) and the openstaande post of an invoice. Pure. Layout: debiteur debet = gross
 * (with the betalingskorting, R29), one line per grootboekrekening with the net of all invoice lines whose
 * integratiegroep maps to it (revenue, voorschotverrekening, afronding: the afrondingsregel lands with the line it
 * rounds), factuurkorting on the kortingen account, VAT credit per btw-code. A negative net goes to the other side.
 * A credit note with storneren keeps the original's sides with negative amounts (R31). Debet lines come first.
 * Σ debet = Σ credit is checked before anything is returned.
 */
export const maakJournaalpost = (
  invoer: Journaliseringsinvoer,
  inrichting: JournaliseringsInrichting,
): Either<JournaliseringsFout, Journalisering> => {
  const invoerFout = controleerInvoer(invoer, inrichting)
  if (invoerFout) return left(invoerFout)
  const ruwe = ruweRegels(invoer, inrichting)
  if (isLeft(ruwe)) return ruwe
  const betalingskorting = bepaalBetalingskorting(invoer, inrichting)
  const journaalpost = stelJournaalpostSamen(invoer, inrichting, ruwe.right, betalingskorting)
  const balansFout = controleerBalans(journaalpost)
  if (balansFout) return left(balansFout)
  return right({ journaalpost, openstaandePost: openstaandePostVan(invoer, betalingskorting) })
}

/** The invoice belongs to this administratie and its VAT is what the set-up computes. */
const controleerInvoer = (
  invoer: Journaliseringsinvoer,
  inrichting: JournaliseringsInrichting,
): JournaliseringsFout | undefined =>
  invoer.opdracht.administratie === inrichting.administratie
    ? controleerBtw(invoer, inrichting)
    : administratieAfwijkend(invoer.opdracht.administratie, inrichting.administratie)

/** Every line before it is placed: the debiteur, one per grootboekrekening, one per btw-code, in that order. */
const ruweRegels = (
  invoer: Journaliseringsinvoer,
  inrichting: JournaliseringsInrichting,
): Either<JournaliseringsFout, Ruwe[]> => {
  const perRekening = regelsPerRekening(invoer.opdracht.regels, inrichting)
  if (isLeft(perRekening)) return perRekening
  const btw = btwRegels(invoer.btw.perCode, inrichting)
  if (isLeft(btw)) return btw
  const debiteur: Ruwe = {
    regel: {
      soort: 'debiteur',
      rekening: inrichting.debiteurenrekening,
      debiteur: invoer.opdracht.factuurrelatie.nummer,
    },
    natuurlijk: 'debet',
    bedrag: decimaal(invoer.btw.totaalBruto),
  }
  return right([debiteur, ...perRekening.right, ...btw.right])
}

/**
 * The net of all invoice lines per grootboekrekening their integratiegroep maps to (revenue, voorschotverrekening,
 * afronding), and factuurkorting lines on the kortingen account; in the order the accounts first appear.
 */
const regelsPerRekening = (
  regels: Journaliseringsinvoer['opdracht']['regels'],
  inrichting: JournaliseringsInrichting,
): Either<JournaliseringsFout, Ruwe[]> => {
  const perRekening = new Map<string, { soort: 'grootboek' | 'factuurkorting'; bedrag: Decimaal; groepen: string[] }>()
  for (const regel of regels) {
    const rekening = rekeningVan(regel, inrichting)
    if (isLeft(rekening)) return rekening
    const entry = perRekening.get(rekening.right)
    if (entry) {
      entry.bedrag = entry.bedrag.plus(regel.bedrag)
      if (!entry.groepen.includes(regel.integratiegroep)) entry.groepen.push(regel.integratiegroep)
    } else {
      const soort = regel.soort === 'korting' ? 'factuurkorting' : 'grootboek'
      perRekening.set(rekening.right, { soort, bedrag: decimaal(regel.bedrag), groepen: [regel.integratiegroep] })
    }
  }
  return right(
    [...perRekening].map(([rekening, entry]) => ({
      regel: { soort: entry.soort, rekening, integratiegroepen: entry.groepen },
      natuurlijk: 'credit',
      bedrag: entry.bedrag,
    })),
  )
}

/** The account one invoice line is booked on: the kortingen account for factuurkorting, else its integratiegroep's. */
const rekeningVan = (
  regel: Journaliseringsinvoer['opdracht']['regels'][number],
  inrichting: JournaliseringsInrichting,
): Either<JournaliseringsFout, string> => {
  if (regel.soort === 'korting') {
    if (!inrichting.factuurkortingGebruiken) {
      return left(factuurkortingNietToegestaan(inrichting.integratiesoort, regel.regelId))
    }
    const rekening = inrichting.factuurkortingrekening
    return rekening === undefined ? left(geenKortingrekening(inrichting.administratie)) : right(rekening)
  }
  const rekening = inrichting.integratiegroepen[regel.integratiegroep]
  return rekening === undefined
    ? left(integratiegroepZonderRekening(inrichting.administratie, regel.integratiegroep, regel.regelId))
    : right(rekening)
}

/** VAT credit per btw-code, on the code's account. */
const btwRegels = (
  perCode: Journaliseringsinvoer['btw']['perCode'],
  inrichting: JournaliseringsInrichting,
): Either<JournaliseringsFout, Ruwe[]> => {
  const regels: Ruwe[] = []
  for (const code of perCode) {
    const ingericht = inrichting.btwCodes[code.btwCode]
    if (!ingericht) return left(btwCodeOnbekend(inrichting.administratie, code.btwCode))
    regels.push({
      regel: {
        soort: 'btw',
        rekening: ingericht.rekening,
        btwCode: code.btwCode,
        btwPercentage: code.percentage,
        grondslag: code.grondslag,
      },
      natuurlijk: 'credit',
      bedrag: decimaal(code.btw),
    })
  }
  return right(regels)
}

/** The placed lines (debet first) with the betalingskorting on the debiteur line, and the post's header and totals. */
const stelJournaalpostSamen = (
  invoer: Journaliseringsinvoer,
  inrichting: JournaliseringsInrichting,
  ruwe: readonly Ruwe[],
  betalingskorting: Betalingskorting | undefined,
): Journaalpost => {
  const { opdracht } = invoer
  const regels = plaats(ruwe, invoer.creditnota !== undefined && inrichting.storneren)
  const debiteurregel = regels[0] as Journaalregel
  if (betalingskorting) regels[0] = { ...debiteurregel, betalingskorting }
  return {
    omschrijving: maakOmschrijving(inrichting.omschrijvingFinancieel, opdracht, {
      bron: inrichting.bron,
      verdichtenPerProjectfase: inrichting.verdichtenPerProjectfase,
    }),
    dagboek: inrichting.dagboek,
    boekdatum: invoer.boekdatum,
    boekstukdatum: opdracht.factuurdatum,
    periode: invoer.boekdatum.slice(0, 7),
    btwPeriode: opdracht.factuurdatum.slice(0, 7),
    valuta: opdracht.valuta,
    regels: sorteer(regels),
    totaalDebet: decimaalAlsBedrag(som(regels, 'debet')),
    totaalCredit: decimaalAlsBedrag(som(regels, 'credit')),
  }
}

/** The debiteur's open item: the gross amount, due after the payment term, with the betalingskorting (R29). */
const openstaandePostVan = (
  { opdracht, factuurnummer, btw }: Journaliseringsinvoer,
  betalingskorting: Betalingskorting | undefined,
): OpenstaandePost => ({
  debiteur: opdracht.factuurrelatie.nummer,
  factuurnummer,
  factuurdatum: opdracht.factuurdatum,
  vervaldatum: plusDagen(opdracht.factuurdatum, opdracht.betalingsconditie?.termijnDagen ?? 0),
  bedrag: btw.totaalBruto,
  valuta: opdracht.valuta,
  ...(betalingskorting ? { betalingskorting } : {}),
})

/** The last line of defence: a journaalpost that does not balance is an error, never an event. */
export const controleerBalans = (
  journaalpost: Pick<Journaalpost, 'regels' | 'totaalDebet' | 'totaalCredit'>,
): JournaliseringsFout | undefined => {
  const { debet, credit, inBalans } = balans(journaalpost)
  return inBalans ? undefined : journaalpostNietInBalans(debet.toFixed(2), credit.toFixed(2))
}

const controleerBtw = (
  invoer: Journaliseringsinvoer,
  inrichting: JournaliseringsInrichting,
): JournaliseringsFout | undefined => {
  const { btw, opdracht } = invoer
  if (btw.modus !== inrichting.btwAfrondingsmodus) {
    return btwAfrondingsmodusAfwijkend(btw.modus, inrichting.btwAfrondingsmodus)
  }
  for (const regel of opdracht.regels) {
    const ingericht = inrichting.btwCodes[regel.btwCode]
    if (!ingericht) return btwCodeOnbekend(inrichting.administratie, regel.btwCode)
    // The same string is the same rate; only differently written rates ('21' and '21.0') need a decimal compare.
    if (ingericht.percentage !== regel.btwPercentage && !decimaal(ingericht.percentage).equals(regel.btwPercentage)) {
      return btwPercentageAfwijkend(regel.btwCode, regel.btwPercentage, ingericht.percentage)
    }
  }
  const herberekend = berekenBtw(
    opdracht.regels.map((r) => ({ bedrag: r.bedrag, btwCode: r.btwCode, percentage: r.btwPercentage })),
    btw.modus,
  )
  const velden = ['totaalNetto', 'totaalBtw', 'totaalBruto'] as const
  for (const veld of velden) {
    if (btw[veld] !== herberekend[veld]) return btwBerekeningAfwijkend(veld, btw[veld], herberekend[veld])
  }
  // By value: a state folded back from the log may list the keys in another order.
  return gelijk(btw.perCode, herberekend.perCode)
    ? undefined
    : btwBerekeningAfwijkend('perCode', JSON.stringify(btw.perCode), JSON.stringify(herberekend.perCode))
}

/**
 * Puts each line on its side. Normally the sign decides: a negative amount goes to the other side, positive
 * (VOORSCHOT −1,000.00 → debet 1450; a credit note's amounts swap sides). Storneren (R31): the side the original
 * invoice had (the side of the negated amount), with a negative amount.
 */
const plaats = (ruwe: readonly Ruwe[], stornering: boolean): Journaalregel[] => {
  const regels: Journaalregel[] = []
  for (const { regel, natuurlijk, bedrag } of ruwe) {
    if (bedrag.isZero() && regel.soort !== 'debiteur') continue
    const tegen = natuurlijk === 'debet' ? 'credit' : 'debet'
    const zijdeBedrag = stornering ? bedrag.negated() : bedrag
    const zijde = zijdeBedrag.isNegative() && !zijdeBedrag.isZero() ? tegen : natuurlijk
    const absoluut = bedrag.abs()
    regels.push({ ...regel, zijde, bedrag: decimaalAlsBedrag(stornering ? absoluut.negated() : absoluut) })
  }
  return regels
}

const sorteer = (regels: readonly Journaalregel[]): Journaalregel[] => [
  ...regels.filter((r) => r.zijde === 'debet'),
  ...regels.filter((r) => r.zijde === 'credit'),
]

const som = (regels: readonly Journaalregel[], zijde: 'debet' | 'credit'): Decimaal =>
  regels.reduce((totaal, r) => (r.zijde === zijde ? totaal.plus(r.bedrag) : totaal), NUL)

const bepaalBetalingskorting = (
  invoer: Journaliseringsinvoer,
  inrichting: JournaliseringsInrichting,
): Betalingskorting | undefined => {
  const conditie = invoer.opdracht.betalingsconditie
  if (!inrichting.betalingskortingGebruiken || conditie?.kortingPercentage === undefined) return undefined
  if (decimaal(conditie.kortingPercentage).isZero()) return undefined
  return {
    percentage: conditie.kortingPercentage,
    bedrag: decimaalAlsBedrag(
      rondAfOpCent(decimaal(invoer.btw.totaalBruto).times(conditie.kortingPercentage).dividedBy(100)),
    ),
    vervaldatum: plusDagen(invoer.opdracht.factuurdatum, conditie.kortingTermijnDagen ?? conditie.termijnDagen),
    afronding: HALF_UP_CENT,
  }
}

const plusDagen = (datum: string, dagen: number): string => {
  const date = new Date(`${datum}T00:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + dagen)
  return date.toISOString().slice(0, 10)
}
