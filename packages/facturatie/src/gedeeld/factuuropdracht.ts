import * as t from 'io-ts'
import { AantalDagen, Bedrag, Code, Datum, Decimaal, Kenmerk, Percentage, Tekst, Valuta, VrijeVelden } from './codecs'
import { Factuurpartijen } from './partij'

/**
 * The hand-over between the sources of an invoice (a concept, a subscription, an order, …), the Factuur aggregate
 * and journalising. Everything journalising needs is in here, so replay never consults master data (principle 2).
 */

/** A party as it stood when the invoice was made. */
export const RelatieRef = t.type({ nummer: Code, naam: Tekst })
export type RelatieRef = t.TypeOf<typeof RelatieRef>

/** A project (and its phase, if any) as it stood when the invoice was made. */
export const ProjectRef = t.intersection([
  t.type({ nummer: Code, omschrijving: Tekst }),
  t.partial({ fase: t.type({ code: Code, omschrijving: Tekst }) }),
])
export type ProjectRef = t.TypeOf<typeof ProjectRef>

/**
 * What a line is for journalising: `omzet` (revenue), `voorschotverrekening` (settling an advance: negative, on the
 * advances account), `afronding` (R8; booked with the verdichte regel it rounds), `korting` (factuurkorting, R29).
 */
export const Regelsoort = t.keyof({ omzet: null, voorschotverrekening: null, afronding: null, korting: null })
export type Regelsoort = t.TypeOf<typeof Regelsoort>

/** One printed invoice line (for a concept: a verdichte regel, or an unverdichte line). Amounts are net. */
export const Factuurregel = t.intersection([
  t.type({
    regelId: Kenmerk,
    omschrijving: Tekst,
    soort: Regelsoort,
    /** Net amount, two decimals. */
    bedrag: Bedrag,
    btwCode: Code,
    btwPercentage: Percentage,
    /** Maps to a grootboekrekening in the administratie's set-up (e.g. werksoort/kostensoort group, `VOORSCHOT`). */
    integratiegroep: Code,
  }),
  t.partial({
    aantal: Decimaal,
    prijs: Decimaal,
    eenheid: Code,
    /** Werksoort, kostensoort or item code the line came from. */
    itemcode: Code,
    project: ProjectRef,
    vrijeVelden: VrijeVelden,
    /** The line's own currency where a source states it; it must equal the invoice's `valuta` (one per invoice). */
    valuta: Valuta,
  }),
])
export type Factuurregel = t.TypeOf<typeof Factuurregel>

/**
 * Per printed line of a concept's invoice, the concept lines it totals, by id: each line (and the nacalculatie line
 * it invoices) is recorded once, in the concept's own stream.
 */
export const FactuurregelHerkomst = t.type({ factuurregelId: Kenmerk, conceptregelIds: t.array(Kenmerk) })
export type FactuurregelHerkomst = t.TypeOf<typeof FactuurregelHerkomst>

/** Payment terms in force for the invoice: due date and payment discount (betalingskorting, R29) follow from them. */
export const Betalingsconditie = t.intersection([
  t.type({ termijnDagen: AantalDagen }),
  t.partial({ kortingPercentage: Percentage, kortingTermijnDagen: AantalDagen }),
])
export type Betalingsconditie = t.TypeOf<typeof Betalingsconditie>

/** Where an invoice comes from (R17). `balie` is shown but never invoiced from the cockpit (R18). */
export const Factuurbron = t.keyof({
  concept: null,
  abonnement: null,
  cursus: null,
  ordermanagement: null,
  urenDeclaraties: null,
  termijn: null,
  handmatig: null,
  verzamelfactuur: null,
  balie: null,
})
export type Factuurbron = t.TypeOf<typeof Factuurbron>

/** Everything needed to make one invoice: the input of the Factuur aggregate. */
export const Factuuropdracht = t.intersection([
  t.type({
    administratie: Code,
    bron: Factuurbron,
    /** The source's own id (concept id, order number, …), for tracing back. */
    bronId: Code,
    verkooprelatie: RelatieRef,
    /** The party invoiced ("factureren aan", R12); often the verkooprelatie itself. */
    factuurrelatie: RelatieRef,
    valuta: Valuta,
    btwPlicht: Code,
    factuurdatum: Datum,
    regels: t.array(Factuurregel),
  }),
  t.partial({
    project: ProjectRef,
    betalingsconditie: Betalingsconditie,
    vrijeVelden: VrijeVelden,
    /** The source's own description (order or subscription text): "bron + omschrijving bron" (R28). */
    bronOmschrijving: Tekst,
    /** Delivery date: "bron + week levering" (R28). */
    leverdatum: Datum,
    /**
     * R12 "factuur geheel verdichten": print one line with this text and the net total instead of `regels`;
     * `regels` still drive VAT and journalising.
     */
    geheelVerdicht: t.type({ omschrijving: Tekst, bedrag: Bedrag }),
    /** R12, R22: how the relatie wants this invoice issued (print, e-mail PDF, UBL, …). */
    verstrekkingswijze: Code,
    /** R32: both parties as they stood at invoicing; set when the administratie has its own party set up. */
    partijen: Factuurpartijen,
  }),
])
export type Factuuropdracht = t.TypeOf<typeof Factuuropdracht>
