import * as t from 'io-ts'
import {
  Bedrag,
  Code,
  Datum,
  Decimaal,
  Kenmerk,
  MeerregeligeTekst,
  NietNegatiefDecimaal,
  Tekst,
  Valuta,
  VrijeVelden,
} from '../gedeeld/codecs'
import { ProjectRef, RelatieRef } from '../gedeeld/factuuropdracht'
import { type ConceptRegel, Voorschotfactuur } from './events'
import {
  BtwAfrondingsmodusCodec,
  BtwCodeRegel,
  ProjectFacturering,
  ProjectInstellingen,
  Tekstcode,
  VerkooprelatieInstellingen,
} from './instellingen'

const nietLeeg = <C extends t.Mixed>(codec: C, name: string) =>
  t.refinement(t.array(codec), (items) => items.length > 0, name)

// ---------------------------------------------------------------------------------------------------------------
// Host input: what a host sends to the concept service. Every input is decoded with its codec before anything runs.
// ---------------------------------------------------------------------------------------------------------------

/** A billable nacalculatie line (hours on a werksoort or costs on a kostensoort), as the host's nacalculatie has it. */
export const NacalculatieRegelInput = t.intersection([
  t.type({
    regelId: Kenmerk,
    /** Project number; must be one of the input's `projecten`. */
    project: Code,
    soort: t.keyof({ uren: null, kosten: null }),
    itemcode: Code,
    omschrijving: Tekst,
    aantal: Decimaal,
    prijs: Decimaal,
    bedrag: Bedrag,
    btwTariefgroep: Code,
    integratiegroep: Code,
  }),
  t.partial({
    /** Defaults to the input's valuta; a line in another valuta than its concept is refused. */
    valuta: Valuta,
    /** R5: a deviating btw-plicht carried from a pakbon/projectbon line. */
    btwPlicht: Code,
    itemomschrijving: Tekst,
    tekstcode: Tekstcode,
    datum: Datum,
    eenheid: Code,
    vrijeVelden: VrijeVelden,
  }),
])
export type NacalculatieRegelInput = t.TypeOf<typeof NacalculatieRegelInput>

const Routering = {
  administratie: Code,
  verkooprelatie: RelatieRef,
  valuta: Valuta,
  projectInstellingen: ProjectInstellingen,
  relatieInstellingen: VerkooprelatieInstellingen,
}

/**
 * Input of `neemNacalculatieOver` (R2, R3, R5): billable nacalculatie lines of one verkooprelatie and valuta, with the
 * settings in force now.
 */
export const NeemNacalculatieOverInput = t.intersection([
  t.type({
    ...Routering,
    /** The projects the lines belong to, as they stand now. */
    projecten: nietLeeg(ProjectRef, 'NonEmptyProjecten'),
    regels: nietLeeg(NacalculatieRegelInput, 'NonEmptyRegels'),
  }),
  t.partial({ conceptVrijeVelden: VrijeVelden }),
])
export type NeemNacalculatieOverInput = t.TypeOf<typeof NeemNacalculatieOverInput>

/** A manual line. Quantity is never negative: a credit is a negative price. */
export const PlusRegelInput = t.intersection([
  t.type({
    regelId: Kenmerk,
    soort: t.keyof({ uren: null, kosten: null }),
    itemcode: Code,
    omschrijving: Tekst,
    aantal: NietNegatiefDecimaal,
    prijs: Decimaal,
    btwTariefgroep: Code,
    integratiegroep: Code,
    valuta: Valuta,
  }),
  t.partial({
    project: ProjectRef,
    tekstcode: Tekstcode,
    itemomschrijving: Tekst,
    eenheid: Code,
    vrijeVelden: VrijeVelden,
  }),
])
export type PlusRegelInput = t.TypeOf<typeof PlusRegelInput>

/** Input of `voegPlusRegelToe`: a manual line on the concept the host names. */
export const VoegPlusRegelToeInput = t.type({ administratie: Code, conceptId: Code, regel: PlusRegelInput })
export type VoegPlusRegelToeInput = t.TypeOf<typeof VoegPlusRegelToeInput>

/** A manual concept: routed by its key like nacalculatie (R3), opened when no active concept holds the key. */
export const OpenHandmatigConceptInput = t.intersection([
  t.type({ ...Routering, regel: PlusRegelInput }),
  t.partial({ project: ProjectRef, btwPlicht: Code, conceptVrijeVelden: VrijeVelden }),
])
export type OpenHandmatigConceptInput = t.TypeOf<typeof OpenHandmatigConceptInput>

/** R9: an advance invoice (manual project invoice or subscription invoice) to settle on the project's concept. */
export const VoegVoorschotToeInput = t.intersection([
  t.type({ ...Routering, project: ProjectRef, voorschotfactuur: Voorschotfactuur }),
  t.partial({ btwPlicht: Code }),
])
export type VoegVoorschotToeInput = t.TypeOf<typeof VoegVoorschotToeInput>

/**
 * R10: what to do with a line on invoicing; the decider turns it into F/D/A, P/PD/PB or V/VD/VB by the line's origin.
 */
export const Verwerking = t.keyof({ factureren: null, doorschuiven: null, afboeken: null })
export type Verwerking = t.TypeOf<typeof Verwerking>

/** Input of `wijzigVerwerkingsmethode` (R10): lines to invoice, defer or write off; writing off needs `reden`. */
export const WijzigVerwerkingsmethodeInput = t.intersection([
  t.type({
    administratie: Code,
    conceptId: Code,
    regelIds: nietLeeg(Code, 'NonEmptyRegelIds'),
    verwerking: Verwerking,
  }),
  t.partial({ reden: MeerregeligeTekst }),
])
export type WijzigVerwerkingsmethodeInput = t.TypeOf<typeof WijzigVerwerkingsmethodeInput>

/**
 * Input of `wijzigVerdichteRegelBedrag` (R7): the new amount of a verdichte regel and the id of the correctieregel that
 * makes its lines add up to it.
 */
export const WijzigVerdichteRegelBedragInput = t.type({
  administratie: Code,
  conceptId: Code,
  verdichteRegelId: Kenmerk,
  bedrag: Bedrag,
  correctieRegelId: Code,
})
export type WijzigVerdichteRegelBedragInput = t.TypeOf<typeof WijzigVerdichteRegelBedragInput>

/** Input of `boekRegelsOver` (R5): lines to move from one concept to another of the same administratie. */
export const BoekRegelsOverInput = t.type({
  administratie: Code,
  vanConceptId: Code,
  naarConceptId: Code,
  regelIds: nietLeeg(Code, 'NonEmptyRegelIds'),
})
export type BoekRegelsOverInput = t.TypeOf<typeof BoekRegelsOverInput>

/** Input of `wijzigBtwPlicht` (R5): the concept's new btw-plicht. */
export const WijzigBtwPlichtInput = t.type({ administratie: Code, conceptId: Code, btwPlicht: Code })
export type WijzigBtwPlichtInput = t.TypeOf<typeof WijzigBtwPlichtInput>

/** Names one concept of an administratie: the input of `stelFactureerbaar` and `stelNietFactureerbaar`. */
export const ConceptRefInput = t.type({ administratie: Code, conceptId: Code })
export type ConceptRefInput = t.TypeOf<typeof ConceptRefInput>

/** Input of `stelUit` (R11): defers the concept, optionally until a date and with a reason (both only recorded). */
export const StelUitInput = t.intersection([ConceptRefInput, t.partial({ totDatum: Datum, reden: MeerregeligeTekst })])
export type StelUitInput = t.TypeOf<typeof StelUitInput>

/** Input of `verwijder` (R11): deleting a concept needs a reason. */
export const VerwijderConceptInput = t.intersection([ConceptRefInput, t.type({ reden: MeerregeligeTekst })])
export type VerwijderConceptInput = t.TypeOf<typeof VerwijderConceptInput>

/** Invoicing: the settings in force now, the btw-code table and the VAT rounding mode of the administratie (R33). */
export const FactureerConceptInput = t.type({
  administratie: Code,
  conceptId: Code,
  factuurId: Code,
  factuurdatum: Datum,
  projectInstellingen: ProjectInstellingen,
  relatieInstellingen: VerkooprelatieInstellingen,
  btwCodes: t.array(BtwCodeRegel),
  btwAfrondingsmodus: BtwAfrondingsmodusCodec,
  /** R16: "apart factureren" of every project on the lines to invoice (more may be sent), as in force now. */
  projecten: t.array(ProjectFacturering),
})
export type FactureerConceptInput = t.TypeOf<typeof FactureerConceptInput>

// ---------------------------------------------------------------------------------------------------------------
// Decider commands: what the service hands the pure decider, with every reference already resolved.
// ---------------------------------------------------------------------------------------------------------------

/** What a new concept records when a command opens it; for an existing concept, checked against its key (R3, R5). */
export interface ConceptKopGegevens {
  readonly verkooprelatie: RelatieRef
  readonly valuta: string
  readonly btwPlicht: string
  readonly projectInstellingen: ProjectInstellingen
  readonly relatieInstellingen: VerkooprelatieInstellingen
  readonly aanleiding: 'nacalculatie' | 'handmatig'
  readonly project?: ProjectRef
  readonly nummer?: string
  readonly vrijeVelden?: Record<string, unknown>
}

/** A line for the concept before the decider gives it its herkomst, verwerkingsmethode and verdichte regel. */
export type NieuweRegel = Omit<ConceptRegel, 'herkomst' | 'verwerkingsmethode' | 'verdichteRegel'> & {
  readonly valuta: string
}

interface Doel {
  readonly administratie: string
  readonly conceptId: string
}

/** What the concept service hands the concept decider: one command per action, with references resolved. */
export type ConceptCommand =
  | (Doel & {
      readonly type: 'VoegNacalculatieRegelsToe'
      readonly kop: ConceptKopGegevens
      readonly regels: readonly NieuweRegel[]
    })
  | (Doel & { readonly type: 'VoegPlusRegelToe'; readonly kop?: ConceptKopGegevens; readonly regel: NieuweRegel })
  | (Doel & {
      readonly type: 'VoegVoorschotRegelToe'
      readonly kop: ConceptKopGegevens
      readonly project: ProjectRef
      readonly voorschotfactuur: t.TypeOf<typeof Voorschotfactuur>
    })
  | (Doel & {
      readonly type: 'WijzigVerwerkingsmethode'
      readonly regelIds: readonly string[]
      readonly verwerking: Verwerking
      readonly reden?: string
    })
  | (Doel & {
      readonly type: 'WijzigVerdichteRegelBedrag'
      readonly verdichteRegelId: string
      readonly bedrag: string
      readonly correctieRegelId: string
    })
  | (Doel & { readonly type: 'BoekRegelsOver'; readonly naarConceptId: string; readonly regelIds: readonly string[] })
  | (Doel & {
      readonly type: 'NeemRegelsOver'
      readonly vanConceptId: string
      readonly regels: readonly ConceptRegel[]
      readonly valuta: string
    })
  | (Doel & { readonly type: 'WijzigBtwPlicht'; readonly btwPlicht: string })
  | (Doel & { readonly type: 'StelFactureerbaar' })
  | (Doel & { readonly type: 'StelNietFactureerbaar' })
  | (Doel & { readonly type: 'StelUit'; readonly totDatum?: string; readonly reden?: string })
  | (Doel & Omit<FactureerConceptInput, 'administratie' | 'conceptId'> & { readonly type: 'FactureerConcept' })
  | (Doel & { readonly type: 'VerwijderConcept'; readonly reden: string })
