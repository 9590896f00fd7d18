import * as t from 'io-ts'
import { Bedrag, Code, Datum, Decimaal, NietNegatiefDecimaal, Tekst, Valuta, VrijeVelden } from '../gedeeld/codecs'
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
    regelId: Code,
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
    regelId: Code,
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

export const Verwerking = t.keyof({ factureren: null, doorschuiven: null, afboeken: null })
export type Verwerking = t.TypeOf<typeof Verwerking>

export const WijzigVerwerkingsmethodeInput = t.intersection([
  t.type({
    administratie: Code,
    conceptId: Code,
    regelIds: nietLeeg(Code, 'NonEmptyRegelIds'),
    verwerking: Verwerking,
  }),
  t.partial({ reden: Tekst }),
])
export type WijzigVerwerkingsmethodeInput = t.TypeOf<typeof WijzigVerwerkingsmethodeInput>

export const WijzigVerdichteRegelBedragInput = t.type({
  administratie: Code,
  conceptId: Code,
  verdichteRegelId: Code,
  bedrag: Bedrag,
  correctieRegelId: Code,
})
export type WijzigVerdichteRegelBedragInput = t.TypeOf<typeof WijzigVerdichteRegelBedragInput>

export const BoekRegelsOverInput = t.type({
  administratie: Code,
  vanConceptId: Code,
  naarConceptId: Code,
  regelIds: nietLeeg(Code, 'NonEmptyRegelIds'),
})
export type BoekRegelsOverInput = t.TypeOf<typeof BoekRegelsOverInput>

export const WijzigBtwPlichtInput = t.type({ administratie: Code, conceptId: Code, btwPlicht: Code })
export type WijzigBtwPlichtInput = t.TypeOf<typeof WijzigBtwPlichtInput>

export const ConceptRefInput = t.type({ administratie: Code, conceptId: Code })
export type ConceptRefInput = t.TypeOf<typeof ConceptRefInput>

export const StelUitInput = t.intersection([ConceptRefInput, t.partial({ totDatum: Datum, reden: Tekst })])
export type StelUitInput = t.TypeOf<typeof StelUitInput>

export const VerwijderConceptInput = t.intersection([ConceptRefInput, t.type({ reden: Tekst })])
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
