import { defineEvent, type EventOf, eventRegistry } from '@factuurstroom/eventsourcing'
import * as t from 'io-ts'
import { TeFacturerenBronkop, TeFacturerenRegel, TeFacturerenRegelEigen } from '../../bronnen/te-factureren-regel'
import { Code, Datum, Kenmerk } from '../../gedeeld/codecs'
import { Factuurbron } from '../../gedeeld/factuuropdracht'
import { Integratiesoort } from '../../journalisering/integratiesoort'
import { Verzameling } from '../profiel'
import { Cockpitactie } from './commands'
import { klaargezetOpslag } from './opslag'

const Bestemming = t.keyof({ apart: null, verzamelen: null })

/** A staged line as the state holds it: the line with its destination and collecting rule. */
export const KlaargezetteRegel = t.intersection([
  TeFacturerenRegel,
  t.type({ bestemming: Bestemming, verzameling: Verzameling }),
])
export type KlaargezetteRegel = t.TypeOf<typeof KlaargezetteRegel>

/**
 * A concept's hand-over an invoice is made of, staged by reference (a concept run): the hand-over's `factuurId` (its
 * `ConceptGefactureerd` holds the lines) and the collecting rule that applied.
 */
export const Overdrachtverwijzing = t.type({ factuurId: Code, verzameling: Verzameling })
export type Overdrachtverwijzing = t.TypeOf<typeof Overdrachtverwijzing>

/**
 * An invoice to be made from staged lines; its id is fixed here, so a retry makes the same invoice. With `overdracht`
 * it is made of all the lines of that concept hand-over (bronId is the concept) and `regelIds` is empty: the lines are
 * recorded once, in the concept's `ConceptGefactureerd`, not copied into the staging.
 */
export const Factuurgroep = t.intersection([
  t.type({
    factuurId: Code,
    runId: Code,
    integratiesoort: Integratiesoort,
    bron: Factuurbron,
    bronId: Code,
    factuurdatum: Datum,
    regelIds: t.array(Kenmerk),
  }),
  t.partial({ overdracht: Overdrachtverwijzing }),
])
export type Factuurgroep = t.TypeOf<typeof Factuurgroep>

/** A staged line's source-document fields with the collecting rule in force, recorded once per staging event. */
export const Klaarzetkop = t.intersection([TeFacturerenBronkop, t.type({ verzameling: Verzameling })])
export type Klaarzetkop = t.TypeOf<typeof Klaarzetkop>

/** A staged line as recorded: its own fields, and `kopNr`, the index of its source document's fields in `koppen`. */
export const KlaargezetteRegelVerwijzing = t.intersection([
  TeFacturerenRegelEigen,
  t.type({ bestemming: Bestemming, kopNr: t.number }),
])
export type KlaargezetteRegelVerwijzing = t.TypeOf<typeof KlaargezetteRegelVerwijzing>

/**
 * One part of a run's staging. A run is recorded in parts of at most ~48 KB each (no event grows with the run);
 * `laatste` marks the part that completes it. An invoice's group and all its lines are in the same part, so a run
 * that stopped between parts continues where it stopped (R21) and makes the same invoices with the same ids.
 * Schema 2: parts, `koppen` shared by lines (schema 1 was one event per run with every field on every line).
 * Schema 3: schema 2 stored in a compact form (`klaargezetOpslag`: no line ids or projects its kop already gives).
 * Schema 4: a concept hand-over invoiced at once is staged by reference (`Factuurgroep.overdracht`), without its lines.
 */
export const TeFacturerenRegelsKlaargezet = defineEvent(
  'TeFacturerenRegelsKlaargezet',
  t.type({
    administratie: Code,
    runId: Code,
    actie: Cockpitactie,
    factuurdatum: Datum,
    /** 1, 2, … within the run. */
    deel: t.number,
    laatste: t.boolean,
    koppen: t.array(Klaarzetkop),
    regels: t.array(KlaargezetteRegelVerwijzing),
    /** The invoices to make at once; lines with bestemming `verzamelen` wait. */
    facturen: t.array(Factuurgroep),
    /** Lines handed in that had been staged before: ignored, never invoiced twice. */
    alKlaargezet: t.array(Kenmerk),
  }),
  {
    version: 4,
    upcasters: {
      1: (data) => {
        const v1 = data as { regels: (KlaargezetteRegel & { conceptregels?: unknown })[] }
        const koppen: unknown[] = []
        const regels = v1.regels.map(({ id, bronRegelId, regel, bestemming, conceptregels: _, ...kop }) => {
          koppen.push(kop)
          return { id, bronRegelId, regel, bestemming, kopNr: koppen.length - 1 }
        })
        return { ...v1, deel: 1, laatste: true, koppen, regels }
      },
      // Version 3 is version 2 stored compactly; version 4 adds the optional `overdracht`. Both share one stored form.
      2: (data) => data,
      3: (data) => data,
    },
    storedForm: klaargezetOpslag,
    earlierStoredForms: { 3: klaargezetOpslag },
  },
)

/** One part of a Verzamelfactuur run (parts and `laatste` as for staging). Schema 2: parts. */
export const VerzamelfacturenSamengesteld = defineEvent(
  'VerzamelfacturenSamengesteld',
  t.type({
    administratie: Code,
    runId: Code,
    totEnMet: Datum,
    deel: t.number,
    laatste: t.boolean,
    facturen: t.array(Factuurgroep),
  }),
  { version: 2, upcasters: { 1: (data) => ({ ...(data as object), deel: 1, laatste: true }) } },
)

/** The staged invoice got its number; its lines (the group's `regelIds`) are done. Schema 2 drops the copied ids. */
export const TeFacturerenRegelsGefactureerd = defineEvent(
  'TeFacturerenRegelsGefactureerd',
  t.type({ administratie: Code, factuurId: Code, factuurnummer: Code }),
  {
    version: 2,
    upcasters: {
      1: (data) => {
        const { regelIds: _, ...v2 } = data as { regelIds?: unknown }
        return v2
      },
    },
  },
)

/** Every event of the `tefactureren` stream, as the registry defines them. */
export const teFacturerenEventDefinities = [
  TeFacturerenRegelsKlaargezet,
  VerzamelfacturenSamengesteld,
  TeFacturerenRegelsGefactureerd,
] as const
/** Encodes and decodes (upcasting) the `tefactureren` stream's events. */
export const teFacturerenRegistry = eventRegistry(teFacturerenEventDefinities)
/** Any event of an administratie's `tefactureren` stream. */
export type TeFacturerenEvent = EventOf<typeof teFacturerenEventDefinities>
