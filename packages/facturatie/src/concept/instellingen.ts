import * as t from 'io-ts'
import { Bedrag, Code, Percentage, Tekst } from '../gedeeld/codecs'
import { RelatieRef } from '../gedeeld/factuuropdracht'

/**
 * The settings of conceptfacturering as values. Hosts send the settings in force with each command; the concept
 * records them in its events (ConceptGeopend, ConceptGefactureerd), so replay never needs master data.
 */

/** R2: one concept per verkooprelatie (over projects), per project, or a new concept for every line. */
export const Conceptmethode = t.keyof({ perVerkooprelatie: null, perProject: null, perRegel: null })
export type Conceptmethode = t.TypeOf<typeof Conceptmethode>

/** R7: how detail lines are totalled into verdichte regels; `geen` prints every line. */
export const Verdichtingsmethode = t.keyof({
  geen: null,
  perProject: null,
  perProjectPerTekstcode: null,
  perTekstcode: null,
  perWerksoort: null,
})
export type Verdichtingsmethode = t.TypeOf<typeof Verdichtingsmethode>

const PositieveStap = new t.Type<string, string, unknown>(
  'PositieveStap',
  (u): u is string => typeof u === 'string' && /^\d{1,9}(\.\d{1,2})?$/.test(u) && Number(u) > 0,
  (u, c) =>
    typeof u === 'string' && /^\d{1,9}(\.\d{1,2})?$/.test(u) && Number(u) > 0 ? t.success(u) : t.failure(u, c),
  t.identity,
)

/** R8: step (e.g. "1", "5", "0.05") and direction, named explicitly. */
export const AfrondingsmethodeCodec = t.type({
  stap: PositieveStap,
  richting: t.keyof({ omlaag: null, dichtstbij: null, omhoog: null }),
})

/** A tekstcode and its text: verdichting per tekstcode groups lines on it (R7). */
export const Tekstcode = t.type({ code: Code, omschrijving: Tekst })
export type Tekstcode = t.TypeOf<typeof Tekstcode>

/** Projecten / Beheer / Instellingen / Facturering, tab Concepten and Projecten (administratie-wide). */
export const ProjectInstellingen = t.intersection([
  t.type({
    /** R1 */
    facturerenOpBasisVanConcepten: t.boolean,
    /** R6: when on, the amount below overrides the relatie's minimum and blocks invoicing. */
    striktMinimum: t.boolean,
    striktMaximum: t.boolean,
    conceptmethode: Conceptmethode,
    verdichting: Verdichtingsmethode,
    /** R9 */
    voorschot: t.intersection([
      t.type({ kostensoort: Code, omschrijving: Tekst, integratiegroep: Code }),
      /** Used when verdichting is per (project per) tekstcode: all voorschotregels under one verdichte regel. */
      t.partial({ tekstcode: Tekstcode }),
    ]),
    /** R10 */
    doorgeschovenRegelsFactureerbaarStellen: t.boolean,
    /** R13 */
    projectenFacturerenAanAlleVerkooprelaties: t.boolean,
  }),
  t.partial({
    minimumFactuurbedrag: Bedrag,
    maximumFactuurbedrag: Bedrag,
    /** R8: only together with a verdichtingsmethode. */
    afronding: t.type({ methode: AfrondingsmethodeCodec, kostensoort: Code }),
  }),
])
export type ProjectInstellingen = t.TypeOf<typeof ProjectInstellingen>

/** Per verkooprelatie (tabs Conceptinstellingen, Debiteur, Facturering, Digitaal): R6, R12. */
export const VerkooprelatieInstellingen = t.intersection([
  t.type({ btwPlicht: Code }),
  t.partial({
    afwijkendeBtwTariefgroep: Code,
    minimumFactuurbedrag: Bedrag,
    maximumFactuurbedrag: Bedrag,
    verstrekkingswijze: Code,
    /** R12: print one line with the total and this text. */
    factuurGeheelVerdichten: t.type({ tekst: Tekst }),
    hoofddeclarant: Code,
    declarant: Code,
    /** R12: invoice another relatie (e.g. the head office). */
    facturerenAan: RelatieRef,
  }),
])
export type VerkooprelatieInstellingen = t.TypeOf<typeof VerkooprelatieInstellingen>

/** R16: a project's "apart factureren" as in force when a concept with its lines is invoiced. */
export const ProjectFacturering = t.type({ nummer: Code, apartFactureren: t.boolean })
export type ProjectFacturering = t.TypeOf<typeof ProjectFacturering>

/** One row of the administratie's btw-code table: btw-plicht + tariefgroep → btw-code and rate. */
export const BtwCodeRegel = t.type({ btwPlicht: Code, tariefgroep: Code, btwCode: Code, percentage: Percentage })
export type BtwCodeRegel = t.TypeOf<typeof BtwCodeRegel>

/** R33: the administratie's VAT rounding mode: half-up at the cent per line or on the total per rate. */
export const BtwAfrondingsmodusCodec = t.keyof({ PER_REGEL: null, PER_TOTAAL: null })
