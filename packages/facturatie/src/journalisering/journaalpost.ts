import * as t from 'io-ts'
import { Bedrag, Code, Datum, Percentage, Tekst, Valuta } from '../gedeeld/codecs'
import { decimaal, NUL } from '../geld'

/** The side of a journal line: debet or credit. */
export const Zijde = t.keyof({ debet: null, credit: null })
export type Zijde = t.TypeOf<typeof Zijde>

/** Payment discount (betalingskorting, R29): carried on the debiteur line and the openstaande post, not on revenue. */
export const Betalingskorting = t.type({
  percentage: Percentage,
  bedrag: Bedrag,
  /** Pay by this date to earn the discount. */
  vervaldatum: Datum,
  /** The named rounding of `bedrag` (gross × percentage). */
  afronding: t.literal('HALF_UP_CENT'),
})
export type Betalingskorting = t.TypeOf<typeof Betalingskorting>

/**
 * One journal line. `bedrag` is never zero except on the debiteur line; it is negative only on a credit note with
 * storneren on (R31), where it stays on the original's side.
 */
export const Journaalregel = t.intersection([
  t.type({
    soort: t.keyof({ debiteur: null, grootboek: null, factuurkorting: null, btw: null }),
    rekening: Code,
    zijde: Zijde,
    bedrag: Bedrag,
  }),
  t.partial({
    /** The debiteur (factuurrelatie number) of the debiteur line. */
    debiteur: Code,
    betalingskorting: Betalingskorting,
    /** The integratiegroepen whose lines were totalled on this account. */
    integratiegroepen: t.array(Code),
    btwCode: Code,
    btwPercentage: Percentage,
    /** Net amount the VAT was computed on. */
    grondslag: Bedrag,
  }),
])
export type Journaalregel = t.TypeOf<typeof Journaalregel>

const JournaalpostVelden = t.type({
  omschrijving: Tekst,
  dagboek: Code,
  /** Decides the period. */
  boekdatum: Datum,
  /** The invoice date: governs the VAT period. */
  boekstukdatum: Datum,
  /** `YYYY-MM` of the boekdatum. */
  periode: t.string,
  /** `YYYY-MM` of the boekstukdatum (monthly; a quarterly return groups three). */
  btwPeriode: t.string,
  valuta: Valuta,
  regels: t.array(Journaalregel),
  totaalDebet: Bedrag,
  totaalCredit: Bedrag,
})
type JournaalpostVelden = t.TypeOf<typeof JournaalpostVelden>

/** Σ debet, Σ credit and whether both equal the recorded totals and each other, to the cent. */
export const balans = (post: Pick<JournaalpostVelden, 'regels' | 'totaalDebet' | 'totaalCredit'>) => {
  let debet = NUL
  let credit = NUL
  for (const regel of post.regels) {
    if (regel.zijde === 'debet') debet = debet.plus(regel.bedrag)
    else credit = credit.plus(regel.bedrag)
  }
  const inBalans = debet.equals(credit) && debet.equals(decimaal(post.totaalDebet)) && credit.equals(post.totaalCredit)
  return { debet, credit, inBalans }
}

/**
 * A journaalpost (R30). The codec itself refuses an unbalanced post, so one can neither be appended (the registry
 * validates every new event) nor read back from a tampered store.
 */
export const Journaalpost = new t.Type<JournaalpostVelden, JournaalpostVelden, unknown>(
  'Journaalpost (Σ debet = Σ credit)',
  (input): input is JournaalpostVelden => JournaalpostVelden.is(input) && balans(input).inBalans,
  (input, context) => {
    const decoded = JournaalpostVelden.validate(input, context)
    if (decoded._tag === 'Left') return decoded
    return balans(decoded.right).inBalans ? decoded : t.failure(input, context, 'journaalpost is not in balance')
  },
  t.identity,
)
export type Journaalpost = JournaalpostVelden

/** The open receivable of one invoice on its debiteur (R30). */
export const OpenstaandePost = t.intersection([
  t.type({
    debiteur: Code,
    factuurnummer: Code,
    factuurdatum: Datum,
    /** Factuurdatum + the payment term's days. */
    vervaldatum: Datum,
    bedrag: Bedrag,
    valuta: Valuta,
  }),
  t.partial({ betalingskorting: Betalingskorting }),
])
export type OpenstaandePost = t.TypeOf<typeof OpenstaandePost>
