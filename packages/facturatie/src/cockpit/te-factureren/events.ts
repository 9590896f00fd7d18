import { defineEvent, type EventOf, eventRegistry } from '@factuurstroom/eventsourcing'
import * as t from 'io-ts'
import { TeFacturerenRegel } from '../../bronnen/te-factureren-regel'
import { Code, Datum, Kenmerk } from '../../gedeeld/codecs'
import { Factuurbron } from '../../gedeeld/factuuropdracht'
import { Integratiesoort } from '../../journalisering/integratiesoort'
import { Verzameling } from '../profiel'
import { Cockpitactie } from './commands'

export const KlaargezetteRegel = t.intersection([
  TeFacturerenRegel,
  t.type({ bestemming: t.keyof({ apart: null, verzamelen: null }), verzameling: Verzameling }),
])
export type KlaargezetteRegel = t.TypeOf<typeof KlaargezetteRegel>

/** An invoice to be made from staged lines; its id is fixed here, so a retry makes the same invoice. */
export const Factuurgroep = t.type({
  factuurId: Code,
  runId: Code,
  integratiesoort: Integratiesoort,
  bron: Factuurbron,
  bronId: Code,
  factuurdatum: Datum,
  regelIds: t.array(Kenmerk),
})
export type Factuurgroep = t.TypeOf<typeof Factuurgroep>

export const TeFacturerenRegelsKlaargezet = defineEvent(
  'TeFacturerenRegelsKlaargezet',
  t.type({
    administratie: Code,
    runId: Code,
    actie: Cockpitactie,
    factuurdatum: Datum,
    regels: t.array(KlaargezetteRegel),
    /** The invoices to make at once; lines with bestemming `verzamelen` wait. */
    facturen: t.array(Factuurgroep),
    /** Lines handed in that had been staged before: ignored, never invoiced twice. */
    alKlaargezet: t.array(Kenmerk),
  }),
)

export const VerzamelfacturenSamengesteld = defineEvent(
  'VerzamelfacturenSamengesteld',
  t.type({ administratie: Code, runId: Code, totEnMet: Datum, facturen: t.array(Factuurgroep) }),
)

export const TeFacturerenRegelsGefactureerd = defineEvent(
  'TeFacturerenRegelsGefactureerd',
  t.type({ administratie: Code, factuurId: Code, factuurnummer: Code, regelIds: t.array(Kenmerk) }),
)

export const teFacturerenEventDefinities = [
  TeFacturerenRegelsKlaargezet,
  VerzamelfacturenSamengesteld,
  TeFacturerenRegelsGefactureerd,
] as const
export const teFacturerenRegistry = eventRegistry(teFacturerenEventDefinities)
export type TeFacturerenEvent = EventOf<typeof teFacturerenEventDefinities>
