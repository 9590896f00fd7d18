import { defineEvent, type EventOf, eventRegistry } from '@factuurstroom/eventsourcing'
import * as t from 'io-ts'
import { Bedrag, Code, Datum, Kenmerk, Tijdstip } from '../gedeeld/codecs'
import { Factuurbron, Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import { BtwBerekening, Creditverwijzing, Integratiesoort } from '../journalisering'
import { Regelherkomst, Regelstatus, Verstrekking, Verstrekkingswijze } from './commands'
import { factuurAangemaaktOpslag } from './opslag'

/** An invoice line's status and origin, in the order of `opdracht.regels`. */
const Regelinfo = t.type({ regelId: Kenmerk, status: Regelstatus, herkomst: Regelherkomst })

/** Version 1 copied a concept line's concept lines into its herkomst; version 2 refers to `ConceptGefactureerd`. */
const zonderConceptregels = (herkomst: unknown): unknown => {
  const { conceptregels: _, ...rest } = herkomst as { conceptregels?: unknown }
  return rest
}

/**
 * An invoice was made: its opdracht, lines with their origin, VAT and the settings in force. Version 3 is stored in
 * a compact form (`factuurAangemaaktOpslag`: no copies inside the event); its domain shape is version 2's.
 */
export const FactuurAangemaakt = defineEvent(
  'FactuurAangemaakt',
  t.intersection([
    t.type({
      administratie: Code,
      factuurId: Code,
      bron: Factuurbron,
      bronId: Code,
      integratiesoort: Integratiesoort,
      opdracht: Factuuropdracht,
      regels: t.array(Regelinfo),
      /** R33: VAT per rate under the administratie's rounding mode, recorded. */
      btw: BtwBerekening,
      verstrekkingen: t.array(Verstrekking),
    }),
    t.partial({ creditnota: Creditverwijzing, runId: Code }),
  ]),
  // v2: lines refer to ConceptGefactureerd instead of copying its concept lines; opdracht.partijen (R32) and
  // creditnota.origineelFactuurdatum, both optional. v3: the same data, stored compactly.
  {
    version: 3,
    upcasters: {
      1: (data) => {
        const v1 = data as { regels: { herkomst: unknown }[] }
        return { ...v1, regels: v1.regels.map((r) => ({ ...r, herkomst: zonderConceptregels(r.herkomst) })) }
      },
      2: (data) => data,
    },
    storedForm: factuurAangemaaktOpslag,
  },
)

/**
 * The next lines of an invoice too big for one event, appended with its `FactuurAangemaakt` in the same decision:
 * `opdrachtregels` continue `opdracht.regels` and `regels` continue `regels`, from position `vanaf` (counting the
 * invoice's lines from 0). `project` is the invoice's project number, which its lines without their own belong to.
 */
export const FactuurregelsAangevuld = defineEvent(
  'FactuurregelsAangevuld',
  t.intersection([
    t.type({
      administratie: Code,
      factuurId: Code,
      vanaf: t.number,
      opdrachtregels: t.array(Factuurregel),
      regels: t.array(Regelinfo),
    }),
    t.partial({ project: Code }),
  ]),
)

/** R23: a manual line was added to an active invoice, with the invoice's VAT after it (version 2). */
export const FactuurregelToegevoegd = defineEvent(
  'FactuurregelToegevoegd',
  t.type({
    administratie: Code,
    factuurId: Code,
    regel: Factuurregel,
    status: t.literal('Actief'),
    herkomst: Regelherkomst,
    btw: BtwBerekening,
  }),
  {
    version: 2,
    upcasters: {
      1: (data) => {
        const v1 = data as { herkomst: unknown }
        return { ...v1, herkomst: zonderConceptregels(v1.herkomst) }
      },
    },
  },
)

/** R23: an Actief line was replaced, with the invoice's VAT after it. */
export const FactuurregelGewijzigd = defineEvent(
  'FactuurregelGewijzigd',
  t.type({ administratie: Code, factuurId: Code, regel: Factuurregel, btw: BtwBerekening }),
)

/** Keeps only `velden` of an older version's data: what the current version no longer copies is left behind. */
const alleen =
  (...velden: readonly string[]) =>
  (data: unknown): unknown =>
    Object.fromEntries(Object.entries(data as Record<string, unknown>).filter(([veld]) => velden.includes(veld)))

/**
 * The invoice got its number from the integratie-dagboek: it now exists for the customer (R27). Version 3 records
 * only what numbering adds; the parties, date, currency, totals and credit reference are the invoice's own
 * (`FactuurAangemaakt` and the VAT of the line events after it).
 */
export const Gefactureerd = defineEvent(
  'Gefactureerd',
  t.type({ administratie: Code, factuurId: Code, factuurnummer: Code, dagboek: Code }),
  // v2: creditnota.origineelFactuurdatum (optional). v3: the copies of the invoice's own facts left out.
  {
    version: 3,
    upcasters: { 1: (data) => data, 2: alleen('administratie', 'factuurId', 'factuurnummer', 'dagboek') },
  },
)

/** One report issued by one verstrekkingswijze; `volledigVerstrekt` once every report asked for is out (R22). */
export const FactuurVerstrekt = defineEvent(
  'FactuurVerstrekt',
  t.type({
    administratie: Code,
    factuurId: Code,
    factuurnummer: Code,
    rapport: Code,
    wijze: Verstrekkingswijze,
    tijdstip: Tijdstip,
    volledigVerstrekt: t.boolean,
  }),
)

/**
 * R30: the invoice was journalised on `boekdatum` in `dagboek`; the invoice is frozen from here on. Version 3 refers
 * to the booking instead of copying it: the journaalpost and openstaande post are the dagboek's `Gejournaliseerd` of
 * this `factuurId` (one per invoice), which also holds the set-up that applied.
 */
export const FactuurGejournaliseerd = defineEvent(
  'FactuurGejournaliseerd',
  t.type({ administratie: Code, factuurId: Code, dagboek: Code, boekdatum: Datum }),
  // v2: creditnota.origineelFactuurdatum (optional). v3: the copy of the dagboek's booking and of the invoice's
  // number, integratiesoort and credit reference left out.
  {
    version: 3,
    upcasters: { 1: (data) => data, 2: alleen('administratie', 'factuurId', 'dagboek', 'boekdatum') },
  },
)

/** A credit note was reserved against this invoice (R31); amounts per line in this invoice's sign. */
export const FactuurGecrediteerd = defineEvent(
  'FactuurGecrediteerd',
  t.type({
    administratie: Code,
    factuurId: Code,
    factuurnummer: Code,
    creditFactuurId: Code,
    regels: t.array(t.type({ regelId: Kenmerk, bedrag: Bedrag })),
  }),
)

/** Every event of the Factuur aggregate, as the registry defines them. */
export const factuurEventDefinities = [
  FactuurAangemaakt,
  FactuurregelsAangevuld,
  FactuurregelToegevoegd,
  FactuurregelGewijzigd,
  Gefactureerd,
  FactuurVerstrekt,
  FactuurGejournaliseerd,
  FactuurGecrediteerd,
] as const

/** Encodes and decodes (upcasting) the Factuur aggregate's events. */
export const factuurRegistry = eventRegistry(factuurEventDefinities)
/** Any event of the Factuur aggregate. */
export type FactuurEvent = EventOf<typeof factuurEventDefinities>
/** The Factuur event of one type, e.g. `FactuurEventVan<'Gefactureerd'>`. */
export type FactuurEventVan<T extends FactuurEvent['type']> = Extract<FactuurEvent, { type: T }>
