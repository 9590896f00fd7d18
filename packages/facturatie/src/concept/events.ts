import { defineEvent, type EventOf, eventRegistry } from '@factuurstroom/eventsourcing'
import * as t from 'io-ts'
import { Bedrag, Code, Datum, Kenmerk, MeerregeligeTekst, Valuta, VrijeVelden } from '../gedeeld/codecs'
import { Factuuropdracht, FactuurregelHerkomst, ProjectRef, RelatieRef } from '../gedeeld/factuuropdracht'
import { Afrondingsregel, afrondingsregelV1NaarV2 } from './afrondingsregel'
import { afrondingsregelOpslag } from './afrondingsregel-opslag'
import { ConceptRegel, VerdichteRegelRef, Verwerkingsmethode } from './conceptregel'
import { conceptGefactureerdOpslag, gefactureerdOpslagVersie4 } from './gefactureerd-opslag'
import { versie5UitVersie4 } from './gefactureerd-versies'
import { conceptGeopendOpslag } from './geopend-opslag'
import {
  AfrondingsmethodeCodec,
  Conceptmethode,
  ProjectFacturering,
  ProjectInstellingen,
  VerkooprelatieInstellingen,
} from './instellingen'
import { metRegelset, regelsetUitVersie1 } from './regelset'
import { regelsetOpslag } from './regelset-opslag'

export { Afrondingsregel, afrondingsregelVan } from './afrondingsregel'
export { ConceptRegel, Herkomst, Item, VerdichteRegelRef, Verwerkingsmethode, Voorschotfactuur } from './conceptregel'
export { alsRegelset, eersteVerwerkingsmethode, type Regelset, regelsVan, Setregel } from './regelset'

/** The R3 key of a concept: at most one active concept per value (project only with conceptmethode per project). */
export const Conceptsleutel = t.intersection([
  t.type({ administratie: Code, verkooprelatie: Code, valuta: Valuta, btwPlicht: Code }),
  t.partial({ project: Code }),
])
export type Conceptsleutel = t.TypeOf<typeof Conceptsleutel>

const ConceptGeopendData = t.intersection([
  t.type({
    administratie: Code,
    conceptId: Code,
    verkooprelatie: RelatieRef,
    valuta: Valuta,
    btwPlicht: Code,
    conceptmethode: Conceptmethode,
    /** The settings in force when the concept was opened; verdichting follows these for its whole life. */
    projectInstellingen: ProjectInstellingen,
    relatieInstellingen: VerkooprelatieInstellingen,
    /** `nacalculatie` when generated, `handmatig` when opened with a plus-regel or an advance. */
    aanleiding: t.keyof({ nacalculatie: null, handmatig: null }),
  }),
  t.partial({
    /** Per project only. */
    project: ProjectRef,
    /** R14: from the concept teller. */
    nummer: Code,
    vrijeVelden: VrijeVelden,
  }),
])

const regelsData = t.type({ administratie: Code, conceptId: Code, regels: t.array(ConceptRegel) })

/**
 * R2, R3: a concept was opened for its key, with the settings in force then and, when numbered, its number (R14).
 * Version 2 is version 1 stored without what the settings repeat of the event or hold at their usual value
 * (`conceptGeopendOpslag`).
 */
export const ConceptGeopend = defineEvent('ConceptGeopend', ConceptGeopendData, {
  version: 2,
  upcasters: { 1: (data) => data },
  storedForm: conceptGeopendOpslag,
})
/**
 * Lines from nacalculatie and plus-regels arriving on the concept, as a `Regelset` (each project and verdichte regel
 * once; `regelsVan` gives the full lines). Version 1 recorded every line in full; version 3 is version 2 stored with
 * its lists as tables (`regelsetOpslag`).
 */
export const ConceptRegelsToegevoegd = defineEvent(
  'ConceptRegelsToegevoegd',
  metRegelset({ administratie: Code, conceptId: Code }),
  {
    version: 3,
    upcasters: { 1: regelsetUitVersie1, 2: (data) => data },
    storedForm: regelsetOpslag,
  },
)
/** R9: an advance invoice arrived on the concept as a voorschotregel (never printed itself; settled on invoicing). */
export const VoorschotRegelToegevoegd = defineEvent('VoorschotRegelToegevoegd', regelsData)
/** R10: lines got another verwerkingsmethode; `afboekreden` is set when they are written off. */
export const VerwerkingsmethodeGewijzigd = defineEvent(
  'VerwerkingsmethodeGewijzigd',
  t.intersection([
    t.type({
      administratie: Code,
      conceptId: Code,
      regels: t.array(t.type({ regelId: Kenmerk, verwerkingsmethode: Verwerkingsmethode })),
    }),
    t.partial({ afboekreden: MeerregeligeTekst }),
  ]),
)
/** R7: the verdichte regel's amount was set by hand; `regels` holds the one correctieregel that makes it add up. */
export const VerdichteRegelBedragGewijzigd = defineEvent(
  'VerdichteRegelBedragGewijzigd',
  t.type({
    administratie: Code,
    conceptId: Code,
    verdichteRegelId: Kenmerk,
    bedrag: Bedrag,
    regels: t.array(ConceptRegel),
  }),
)
/**
 * R5: lines left this concept for another (whose btw-plicht may differ); the lines travel with the event as a
 * `Regelset` (version 1: in full).
 */
export const ConceptRegelsOvergeboekt = defineEvent(
  'ConceptRegelsOvergeboekt',
  metRegelset({ administratie: Code, conceptId: Code, naarConceptId: Code }),
  { version: 2, upcasters: { 1: regelsetUitVersie1 } },
)
/** R5, R11: lines moved in, as a `Regelset` (version 1: in full); the header becomes `gewijzigd`. */
export const ConceptRegelsOvergenomen = defineEvent(
  'ConceptRegelsOvergenomen',
  metRegelset({ administratie: Code, conceptId: Code, vanConceptId: Code }),
  { version: 2, upcasters: { 1: regelsetUitVersie1 } },
)
/** R5: the concept's btw-plicht changed from `van` to `naar`, and with it its key. */
export const ConceptBtwPlichtGewijzigd = defineEvent(
  'ConceptBtwPlichtGewijzigd',
  t.type({ administratie: Code, conceptId: Code, van: Code, naar: Code }),
)
/** R11: the concept may now be invoiced. */
export const ConceptFactureerbaarGesteld = defineEvent(
  'ConceptFactureerbaarGesteld',
  t.type({ administratie: Code, conceptId: Code }),
)
/** R11: the concept is not to be invoiced yet. */
export const ConceptNietFactureerbaarGesteld = defineEvent(
  'ConceptNietFactureerbaarGesteld',
  t.type({ administratie: Code, conceptId: Code }),
)
/** R11: the concept is deferred, optionally until `totDatum` and with a reason. */
export const ConceptUitgesteld = defineEvent(
  'ConceptUitgesteld',
  t.intersection([
    t.type({ administratie: Code, conceptId: Code }),
    t.partial({ totDatum: Datum, reden: MeerregeligeTekst }),
  ]),
)
/**
 * R8: one per verdichte regel whose nacalculatie lines do not land on the step; zero differences add no line. The
 * line is recorded once, under `verdichteRegel` (`afrondingsregelVan` gives it in full); version 1 named the
 * verdichte regel's id beside a full line that repeated it. Version 3 is version 2 stored without what the line
 * repeats of the verdichte regel (`afrondingsregelOpslag`).
 */
export const AfrondingsregelBerekend = defineEvent(
  'AfrondingsregelBerekend',
  t.type({
    administratie: Code,
    conceptId: Code,
    verdichteRegel: VerdichteRegelRef,
    /** Sum of the F lines from nacalculatie under the verdichte regel, before rounding. */
    grondslag: Bedrag,
    methode: AfrondingsmethodeCodec,
    regel: Afrondingsregel,
  }),
  { version: 3, upcasters: { 1: afrondingsregelV1NaarV2, 2: (data) => data }, storedForm: afrondingsregelOpslag },
)
/** R9: the advance `voorschotRegelId` is settled by the opposite-sign line `regel`, which goes onto the invoice. */
export const VoorschotVerrekend = defineEvent(
  'VoorschotVerrekend',
  t.type({ administratie: Code, conceptId: Code, voorschotRegelId: Kenmerk, factuurnummer: Code, regel: ConceptRegel }),
)

const AfgeboekteRegel = t.type({ regelId: Kenmerk, reden: MeerregeligeTekst })
const Afhandeling = {
  afgeboekt: t.array(AfgeboekteRegel),
  /** D/PD/VD lines that stay on the concept. */
  doorgeschoven: t.array(Code),
  /** R10: deferred unverdichte lines set to F because "doorgeschoven regels factureerbaar stellen" was on. */
  factureerbaarGesteld: t.array(Code),
  /** R3, R11: false when nothing remains; the concept is closed and its key free. */
  blijftActief: t.boolean,
}

interface ConceptGefactureerdV2 {
  readonly herkomst: readonly { factuurregelId: string; conceptregels: readonly { regelId: string }[] }[]
}

/**
 * The hand-over to invoicing (R1): a complete Factuuropdracht plus what happened to every line. Version 3 names the
 * concept lines a printed line totals by id only (versions 1 and 2 copied each with its nacalculatie id); version 4
 * is version 3 stored in a compact form (no copies inside the event). Version 5 records each fact once: the VAT
 * computation is the invoice's (FactuurAangemaakt), the concept keeps only the net total its rules decided on; the
 * project settings only when they differ from those the concept was opened with (`conceptGefactureerdOpslag`).
 */
export const ConceptGefactureerd = defineEvent(
  'ConceptGefactureerd',
  t.intersection([
    t.type({
      administratie: Code,
      conceptId: Code,
      factuurId: Code,
      factuuropdracht: Factuuropdracht,
      /** Per printed line (same order as `factuuropdracht.regels`), the conceptregels it totals. */
      herkomst: t.array(FactuurregelHerkomst),
      /** R6: the invoice's net total, on which its minimum and maximum were checked. */
      totaalNetto: Bedrag,
      /** The relatie's settings in force at invoicing. */
      relatieInstellingen: VerkooprelatieInstellingen,
      /** R16: the projects on the invoice with their "apart factureren" in force at invoicing. */
      projecten: t.array(ProjectFacturering),
      ...Afhandeling,
    }),
    t.partial({
      /** The project settings in force at invoicing, only where they differ from the ConceptGeopend's. */
      projectInstellingen: ProjectInstellingen,
    }),
  ]),
  {
    version: 5,
    upcasters: {
      // Version 1 did not record "apart factureren": such an invoice is collected as if no project were apart.
      1: (data) => ({ ...(data as object), projecten: [] }),
      2: (data) => {
        const v2 = data as ConceptGefactureerdV2
        return {
          ...v2,
          herkomst: v2.herkomst.map(({ factuurregelId, conceptregels }) => ({
            factuurregelId,
            conceptregelIds: conceptregels.map((r) => r.regelId),
          })),
        }
      },
      3: (data) => data,
      4: versie5UitVersie4,
    },
    storedForm: conceptGefactureerdOpslag,
    earlierStoredForms: { 4: gefactureerdOpslagVersie4 },
  },
)
/**
 * R10, R11: a run with nothing to invoice but lines to write off. Without remaining (deferred) lines the concept
 * closes without an invoice and frees its key.
 */
export const ConceptZonderFactuurAfgehandeld = defineEvent(
  'ConceptZonderFactuurAfgehandeld',
  t.type({ administratie: Code, conceptId: Code, ...Afhandeling }),
)
/** R11: deleted; its nacalculatie lines are free to be taken over again. */
export const ConceptVerwijderd = defineEvent(
  'ConceptVerwijderd',
  t.type({
    administratie: Code,
    conceptId: Code,
    reden: MeerregeligeTekst,
    vrijgegevenNacalculatieRegels: t.array(Kenmerk),
  }),
)

/** Every concept event definition, with its codec and schema version. */
export const conceptEventDefinities = [
  ConceptGeopend,
  ConceptRegelsToegevoegd,
  VoorschotRegelToegevoegd,
  VerwerkingsmethodeGewijzigd,
  VerdichteRegelBedragGewijzigd,
  ConceptRegelsOvergeboekt,
  ConceptRegelsOvergenomen,
  ConceptBtwPlichtGewijzigd,
  ConceptFactureerbaarGesteld,
  ConceptNietFactureerbaarGesteld,
  ConceptUitgesteld,
  AfrondingsregelBerekend,
  VoorschotVerrekend,
  ConceptGefactureerd,
  ConceptZonderFactuurAfgehandeld,
  ConceptVerwijderd,
] as const

/** Decodes (and upcasts) the concept stream's events. */
export const conceptRegistry = eventRegistry(conceptEventDefinities)
/** Any event of a concept stream. */
export type ConceptEvent = EventOf<typeof conceptEventDefinities>
/** The concept event of type `T`. */
export type ConceptEventVan<T extends ConceptEvent['type']> = Extract<ConceptEvent, { type: T }>
