import * as t from 'io-ts'
import {
  Bedrag,
  Code,
  Datum,
  Decimaal,
  Kenmerk,
  MeerregeligeTekst,
  Percentage,
  Tekst,
  VrijeVelden,
} from '../gedeeld/codecs'
import { ProjectRef } from '../gedeeld/factuuropdracht'
import { Tekstcode } from './instellingen'

/** R10: F/D/A for lines from nacalculatie (and afronding), P/PD/PB for plus- and correctieregels, V/VD/VB for voorschot. */
export const Verwerkingsmethode = t.keyof({
  F: null,
  D: null,
  A: null,
  P: null,
  PD: null,
  PB: null,
  V: null,
  VD: null,
  VB: null,
})
export type Verwerkingsmethode = t.TypeOf<typeof Verwerkingsmethode>

/** R10: what invoicing does with a line by its verwerkingsmethode; `verrekend` is the advance a V line settles (R9). */
export const bijFactureren: Readonly<
  Record<Verwerkingsmethode, 'gefactureerd' | 'verrekend' | 'doorgeschoven' | 'afgeboekt'>
> = {
  F: 'gefactureerd',
  P: 'gefactureerd',
  V: 'verrekend',
  D: 'doorgeschoven',
  PD: 'doorgeschoven',
  VD: 'doorgeschoven',
  A: 'afgeboekt',
  PB: 'afgeboekt',
  VB: 'afgeboekt',
}

/** R9, R10: the lines an invoice takes off the concept: those it invoices and the advances it settles. */
export const gaatMetFactuurMee = (methode: Verwerkingsmethode): boolean =>
  bijFactureren[methode] === 'gefactureerd' || bijFactureren[methode] === 'verrekend'

/**
 * Where a conceptregel comes from. `voorschot` is the advance as invoiced (R9): it is never printed itself; invoicing
 * it adds a `voorschotverrekening` line of opposite sign.
 */
export const Herkomst = t.keyof({
  nacalculatie: null,
  plusregel: null,
  correctie: null,
  afronding: null,
  voorschot: null,
  voorschotverrekening: null,
})
export type Herkomst = t.TypeOf<typeof Herkomst>

/** The advance invoice a voorschotregel stands for, with the VAT it charged (R9). */
export const Voorschotfactuur = t.type({
  factuurnummer: Code,
  bron: t.keyof({ projectfactuur: null, abonnement: null }),
  bedrag: Bedrag,
  btwBedrag: Bedrag,
  btwCode: Code,
  btwPercentage: Percentage,
})
export type Voorschotfactuur = t.TypeOf<typeof Voorschotfactuur>

/** R7: the verdichte regel a detail line belongs to: its id and its printed text. */
export const VerdichteRegelRef = t.type({ id: Kenmerk, omschrijving: Tekst })

const itemVelden = {
  /** `uren` (werksoort) or `kosten` (kostensoort); verdichting per werksoort groups on it (R7). */
  soort: t.keyof({ uren: null, kosten: null }),
  /** Werksoort or kostensoort. */
  itemcode: Code,
  btwTariefgroep: Code,
  integratiegroep: Code,
}
const itemExtras = {
  /** Name of the werksoort/kostensoort: the text of a verdichte regel per werksoort. */
  itemomschrijving: Tekst,
}

/** What a line says about its werksoort or kostensoort: a `Regelset` records each combination once. */
export const Item = t.intersection([t.type(itemVelden), t.partial(itemExtras)])
export type Item = t.TypeOf<typeof Item>

/** The fields every conceptregel has besides its item, however it is recorded. */
export const conceptregelVelden = { omschrijving: Tekst, bedrag: Bedrag }

/** The fields a conceptregel may have, however it is recorded (item, project and verdichte regel aside). */
export const conceptregelExtras = {
  aantal: Decimaal,
  prijs: Decimaal,
  eenheid: Code,
  datum: Datum,
  tekstcode: Tekstcode,
  /** The nacalculatie line invoiced through this conceptregel (tracing, R10). */
  nacalculatieRegelId: Kenmerk,
  /** Fixed VAT for voorschot and voorschotverrekening lines: the rate the advance was charged at (R9). */
  btw: t.type({ btwCode: Code, percentage: Percentage }),
  voorschotfactuur: Voorschotfactuur,
  afboekreden: MeerregeligeTekst,
  /** Set when the library computed `bedrag` as aantal × prijs (a plus-regel): the rounding it used. */
  bedragAfronding: t.literal('HALF_UP_CENT'),
  /** R15: validated by the host's codec when the command came in. */
  vrijeVelden: VrijeVelden,
}

/**
 * A conceptregel in full, as the concept's state and the views hold it: self-contained, so it can be moved to another
 * concept and invoiced from the log alone. `ConceptRegelsToegevoegd` records such lines leaner (see `Regelset`).
 */
export const ConceptRegel = t.intersection([
  t.type({
    regelId: Kenmerk,
    herkomst: Herkomst,
    verwerkingsmethode: Verwerkingsmethode,
    ...itemVelden,
    ...conceptregelVelden,
  }),
  t.partial({
    ...itemExtras,
    ...conceptregelExtras,
    project: ProjectRef,
    /** Set when verdichting applies: the verdichte regel this line is a detail of (R7). */
    verdichteRegel: VerdichteRegelRef,
  }),
])
export type ConceptRegel = t.TypeOf<typeof ConceptRegel>
