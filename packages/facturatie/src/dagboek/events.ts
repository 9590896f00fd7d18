import { defineEvent, type EventOf, eventRegistry } from '@factuurstroom/eventsourcing'
import * as t from 'io-ts'
import { Code } from '../gedeeld/codecs'
import { streamIdVan } from '../gedeeld/stream-id'
import { Dagboektype } from '../inrichting/dagboektype'
import { Nummerreeks, Volgnummer } from '../inrichting/reeks'
import { Integratiesoort } from '../journalisering/integratiesoort'
import { Creditverwijzing } from '../journalisering/invoer'
import { Journaalpost, OpenstaandePost } from '../journalisering/journaalpost'
import { OmschrijvingFinancieel } from '../journalisering/omschrijving'
import { gejournaliseerdOpslag } from './opslag'

/** First event of a dagboek stream: the series it numbers from, so the stream replays on its own. */
export const NummeringGestart = defineEvent(
  'NummeringGestart',
  t.type({ administratie: Code, dagboek: Code, dagboektype: Dagboektype, reeks: Nummerreeks }),
)

/** R27: the next number of the series, issued to one invoice (or a manual booking) for good. */
export const FactuurnummerToegekend = defineEvent(
  'FactuurnummerToegekend',
  t.type({
    administratie: Code,
    dagboek: Code,
    factuurId: Code,
    volgnummer: Volgnummer,
    factuurnummer: Code,
    herkomst: t.keyof({ factuur: null, handmatig: null }),
  }),
)

/**
 * R30: the invoice's journaalpost (balanced, the codec refuses anything else) and its openstaande post, with the
 * settings that shaped them. The dagboek's own record; the invoice is frozen from here on. Version 3 is stored in a
 * compact form (`gejournaliseerdOpslag`: no copies inside the event); its domain shape is version 2's.
 */
export const Gejournaliseerd = defineEvent(
  'Gejournaliseerd',
  t.intersection([
    t.type({
      administratie: Code,
      dagboek: Code,
      factuurId: Code,
      factuurnummer: Code,
      integratiesoort: Integratiesoort,
      omschrijvingFinancieel: OmschrijvingFinancieel,
      storneren: t.boolean,
      btwAfrondingsmodus: t.keyof({ PER_REGEL: null, PER_TOTAAL: null }),
      journaalpost: Journaalpost,
      openstaandePost: OpenstaandePost,
    }),
    t.partial({ creditnota: Creditverwijzing }),
  ]),
  // v2: creditnota.origineelFactuurdatum (optional): a v1 event reads as it is. v3: the same data, stored compactly.
  { version: 3, upcasters: { 1: (data) => data, 2: (data) => data }, storedForm: gejournaliseerdOpslag },
)

/** Every event of a dagboek stream, as the registry defines them. */
export const dagboekEvents = [NummeringGestart, FactuurnummerToegekend, Gejournaliseerd] as const
/** Encodes and decodes (upcasting) a dagboek stream's events. */
export const dagboekRegistry = eventRegistry(dagboekEvents)
/** Any event of a dagboek stream. */
export type DagboekEvent = EventOf<typeof dagboekEvents>
/** The data of a `Gejournaliseerd` event: the journaalpost, openstaande post and the settings that shaped them. */
export type GejournaliseerdData = Extract<DagboekEvent, { type: 'Gejournaliseerd' }>['data']

/** The stream of one dagboek: `dagboek-<administratie>-<dagboek>`. */
export const dagboekStream = (administratie: string, dagboek: string): string =>
  streamIdVan('dagboek', administratie, dagboek)
