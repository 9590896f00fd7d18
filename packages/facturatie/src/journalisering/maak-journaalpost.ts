import { type Either, left, right } from 'fp-ts/lib/Either.js'
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
  const { opdracht, btw } = invoer
  if (opdracht.administratie !== inrichting.administratie) {
    return left(administratieAfwijkend(opdracht.administratie, inrichting.administratie))
  }
  const btwFout = controleerBtw(invoer, inrichting)
  if (btwFout) return left(btwFout)

  const ruwe: Ruwe[] = [
    {
      regel: { soort: 'debiteur', rekening: inrichting.debiteurenrekening, debiteur: opdracht.factuurrelatie.nummer },
      natuurlijk: 'debet',
      bedrag: decimaal(btw.totaalBruto),
    },
  ]
  const perRekening = new Map<string, { soort: 'grootboek' | 'factuurkorting'; bedrag: Decimaal; groepen: string[] }>()
  for (const regel of opdracht.regels) {
    let rekening: string | undefined
    if (regel.soort === 'korting') {
      if (!inrichting.factuurkortingGebruiken) {
        return left(factuurkortingNietToegestaan(inrichting.integratiesoort, regel.regelId))
      }
      rekening = inrichting.factuurkortingrekening
      if (rekening === undefined) return left(geenKortingrekening(inrichting.administratie))
    } else {
      rekening = inrichting.integratiegroepen[regel.integratiegroep]
      if (rekening === undefined) {
        return left(integratiegroepZonderRekening(inrichting.administratie, regel.integratiegroep, regel.regelId))
      }
    }
    const soort = regel.soort === 'korting' ? 'factuurkorting' : 'grootboek'
    const entry = perRekening.get(rekening)
    if (entry) {
      entry.bedrag = entry.bedrag.plus(regel.bedrag)
      if (!entry.groepen.includes(regel.integratiegroep)) entry.groepen.push(regel.integratiegroep)
    } else {
      perRekening.set(rekening, { soort, bedrag: decimaal(regel.bedrag), groepen: [regel.integratiegroep] })
    }
  }
  for (const [rekening, entry] of perRekening) {
    ruwe.push({
      regel: { soort: entry.soort, rekening, integratiegroepen: entry.groepen },
      natuurlijk: 'credit',
      bedrag: entry.bedrag,
    })
  }
  for (const code of btw.perCode) {
    const ingericht = inrichting.btwCodes[code.btwCode]
    if (!ingericht) return left(btwCodeOnbekend(inrichting.administratie, code.btwCode))
    ruwe.push({
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

  const stornering = invoer.creditnota !== undefined && inrichting.storneren
  const regels = plaats(ruwe, stornering)
  const betalingskorting = bepaalBetalingskorting(invoer, inrichting)
  const debiteurregel = regels[0] as Journaalregel
  if (betalingskorting) regels[0] = { ...debiteurregel, betalingskorting }

  const somDebet = som(regels, 'debet')
  const somCredit = som(regels, 'credit')
  const journaalpost: Journaalpost = {
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
    totaalDebet: decimaalAlsBedrag(somDebet),
    totaalCredit: decimaalAlsBedrag(somCredit),
  }
  const fout = controleerBalans(journaalpost)
  if (fout) return left(fout)

  const termijn = opdracht.betalingsconditie?.termijnDagen ?? 0
  const openstaandePost: OpenstaandePost = {
    debiteur: opdracht.factuurrelatie.nummer,
    factuurnummer: invoer.factuurnummer,
    factuurdatum: opdracht.factuurdatum,
    vervaldatum: plusDagen(opdracht.factuurdatum, termijn),
    bedrag: btw.totaalBruto,
    valuta: opdracht.valuta,
    ...(betalingskorting ? { betalingskorting } : {}),
  }
  return right({ journaalpost, openstaandePost })
}

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
  const opgegeven = JSON.stringify(btw.perCode)
  const verwacht = JSON.stringify(herberekend.perCode)
  return opgegeven === verwacht ? undefined : btwBerekeningAfwijkend('perCode', opgegeven, verwacht)
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
