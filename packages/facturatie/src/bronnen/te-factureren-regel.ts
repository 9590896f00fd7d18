import * as t from 'io-ts'
import { Bedrag, Code, Datum, Kenmerk, Tekst, VrijeVelden } from '../gedeeld/codecs'
import { Betalingsconditie, Factuurbron, Factuurregel, ProjectRef, RelatieRef } from '../gedeeld/factuuropdracht'
import { Integratiesoort } from '../journalisering/integratiesoort'

/**
 * What a staged line shares with the other lines of its source document (bron, parties, date, project, header
 * fields): a staging event records each distinct one once and lets its lines refer to it.
 */
export const TeFacturerenBronkop = t.intersection([
  t.type({
    bron: Factuurbron,
    /** The invoice flow that numbers and journalises it (R25). */
    integratiesoort: Integratiesoort,
    /** The source document: subscription, enrolment, pakbon, project, termijn, concept. */
    bronId: Code,
    verkooprelatie: RelatieRef,
    factuurrelatie: RelatieRef,
    valuta: Code,
    btwPlicht: Code,
    /** The line's date: period start, course date, delivery date, booking date; decides the verzamelperiode. */
    datum: Datum,
  }),
  t.partial({
    project: ProjectRef,
    /** The project's "apart factureren" (R16). */
    apartFactureren: t.boolean,
    betalingsconditie: Betalingsconditie,
    bronOmschrijving: Tekst,
    leverdatum: Datum,
    /** A subscription's deviation from the relatie profile (R16). */
    verzamelen: t.boolean,
    /** The invoice id the source already chose (a concept's factuurId), used when the line is invoiced apart. */
    factuurIdVoorstel: Code,
    /** Invoice-level fields a concept decided (R12, R15). */
    kop: t.partial({
      geheelVerdicht: t.type({ omschrijving: Tekst, bedrag: Bedrag }),
      verstrekkingswijze: Code,
      vrijeVelden: VrijeVelden,
    }),
  }),
])
export type TeFacturerenBronkop = t.TypeOf<typeof TeFacturerenBronkop>

/** The fields that are a staged line's own. */
export const TeFacturerenRegelEigen = t.type({ id: Kenmerk, bronRegelId: Kenmerk, regel: Factuurregel })

/**
 * A source line normalised for staging (R19): one "te factureren regel". Its `id` (bron, source document, source
 * line) is unique for ever, so a line can be staged, and therefore invoiced, only once. `regel.regelId` is the id.
 */
export const TeFacturerenRegel = t.intersection([TeFacturerenRegelEigen, TeFacturerenBronkop])
export type TeFacturerenRegel = t.TypeOf<typeof TeFacturerenRegel>
