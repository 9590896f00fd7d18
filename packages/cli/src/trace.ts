import { type EventStore, type RecordedEvent, readAllEvents } from '@factuurstroom/eventsourcing'
import { concept, factuur, weergaven } from '@factuurstroom/facturatie'

const { conceptStreamId } = concept
const { factuurStreamId } = factuur
const { weergaveRegistry } = weergaven

/** Where a fact is in the log. */
export interface Vindplaats {
  readonly type: string
  readonly positie: string
  readonly streamId: string
  readonly revisie: string
  readonly vastgelegdOp: string
  /** Business time from the command that caused it. */
  readonly plaatsgevondenOp: string
}

/**
 * One concept line behind an invoice line, with the nacalculatie line it came from (`null` for lines added by hand).
 */
export interface TraceConceptregel {
  readonly regelId: string
  readonly nacalculatieRegelId: string | null
  readonly omschrijving: string | undefined
  readonly bedrag: string | undefined
  /** The event that put the line on the concept. */
  readonly toegevoegd: Vindplaats | undefined
}

/** One printed invoice line, where it came from (`bron`, `bronId`) and the concept lines it totals. */
export interface TraceFactuurregel {
  readonly regelId: string
  readonly omschrijving: string
  readonly bedrag: string
  readonly integratiegroep: string
  readonly bron: string
  readonly bronId: string
  readonly conceptregels: readonly TraceConceptregel[]
}

/**
 * What `runTrace` found for one invoice number: the number, invoice, journaalpost and concepts, each with its place in
 * the log.
 */
export interface TraceReport {
  readonly factuurnummer: string
  readonly administratie: string
  readonly factuurId: string
  readonly nummer: Vindplaats | undefined
  readonly gefactureerd: Vindplaats
  readonly aangemaakt: Vindplaats | undefined
  readonly journaal:
    | {
        readonly vindplaats: Vindplaats
        readonly dagboek: string
        readonly boekdatum: string
        readonly omschrijving: string
        readonly regels: readonly { rekening: string; zijde: string; bedrag: string; soort: string }[]
      }
    | undefined
  readonly concepten: readonly { conceptId: string; gefactureerd: Vindplaats | undefined }[]
  readonly regels: readonly TraceFactuurregel[]
}

const vindplaats = (e: RecordedEvent): Vindplaats => ({
  type: e.type,
  positie: e.globalPosition.toString(),
  streamId: e.streamId,
  revisie: e.streamRevision.toString(),
  vastgelegdOp: e.recordedAt.toISOString(),
  plaatsgevondenOp: e.metadata.occurredAt,
})

/**
 * From an invoice number back to its origin: the number issued by the dagboek, the journaalpost, the invoice and its
 * lines, the concept(s) they came from, each concept line and the nacalculatie line behind it, with event positions
 * and dates. One pass over the log finds the invoice and its journaalpost; the invoice and concept streams are then
 * read directly. `undefined` when no invoice carries the number.
 */
export const runTrace = async (store: EventStore, factuurnummer: string): Promise<TraceReport | undefined> => {
  const { gefactureerd, nummer, journaal } = await zoekInLog(store, factuurnummer)
  if (!gefactureerd) return undefined
  const g = weergaveRegistry.decodeOrThrow(gefactureerd)
  if (g.type !== 'Gefactureerd') return undefined
  const { administratie, factuurId } = g.data
  const factuur = await leesFactuur(store, administratie, factuurId)
  const conceptIds = [
    ...new Set(factuur.info.filter((r) => r.herkomst.bron === 'concept').map((r) => r.herkomst.bronId)),
  ]
  const sporen = await leesConcepten(store, administratie, factuurId, conceptIds)
  return {
    factuurnummer,
    administratie,
    factuurId,
    nummer: nummer ? vindplaats(nummer) : undefined,
    gefactureerd: vindplaats(gefactureerd),
    aangemaakt: factuur.aangemaakt ? vindplaats(factuur.aangemaakt) : undefined,
    journaal: journaal ? journaalVan(journaal) : undefined,
    concepten: sporen.concepten,
    regels: factuur.regels.map((regel, i) => factuurregel(regel, factuur.info[i]?.herkomst, sporen)),
  }
}

/** The one pass over the log: the invoice's `Gefactureerd`, the number its dagboek issued, its journaalpost. */
const zoekInLog = async (store: EventStore, factuurnummer: string) => {
  let gefactureerd: RecordedEvent | undefined
  let nummer: RecordedEvent | undefined
  let journaal: RecordedEvent | undefined
  for await (const e of readAllEvents(store)) {
    const data = e.data as { factuurnummer?: string }
    if (data.factuurnummer !== factuurnummer) continue
    if (e.type === 'Gefactureerd') gefactureerd = e
    else if (e.type === 'FactuurnummerToegekend') nummer = e
    else if (e.type === 'Gejournaliseerd') journaal = e
  }
  return { gefactureerd, nummer, journaal }
}

type FactuurAangemaakt = Extract<weergaven.WeergaveEvent, { type: 'FactuurAangemaakt' }>['data']

/**
 * The invoice's `FactuurAangemaakt` from its own stream: its lines and where each came from, with the lines of the
 * `FactuurregelsAangevuld` parts of an invoice recorded in parts.
 */
const leesFactuur = async (store: EventStore, administratie: string, factuurId: string) => {
  let aangemaakt: RecordedEvent | undefined
  const regels: FactuurAangemaakt['opdracht']['regels'][number][] = []
  const info: FactuurAangemaakt['regels'][number][] = []
  for (const e of await store.readStream(factuurStreamId(administratie, factuurId))) {
    if (e.type !== 'FactuurAangemaakt' && e.type !== 'FactuurregelsAangevuld') continue
    const event = weergaveRegistry.decodeOrThrow(e)
    if (event.type === 'FactuurAangemaakt') {
      aangemaakt = e
      regels.push(...event.data.opdracht.regels)
      info.push(...event.data.regels)
    } else if (event.type === 'FactuurregelsAangevuld') {
      regels.push(...event.data.opdrachtregels)
      info.push(...event.data.regels)
    }
  }
  return { aangemaakt, regels, info }
}

/** A concept line as it was put on its concept. */
interface Conceptregelspoor {
  readonly vindplaats: Vindplaats
  readonly omschrijving: string
  readonly bedrag: string
  readonly nacalculatieRegelId: string | null
}

/** What the concepts' streams say about this invoice; keys are `conceptId|regelId`. */
interface Conceptsporen {
  readonly concepten: { conceptId: string; gefactureerd: Vindplaats | undefined }[]
  readonly conceptregels: Map<string, Conceptregelspoor>
  /** Per concept and printed line, the concept lines it totals, from the `ConceptGefactureerd` of this invoice. */
  readonly getotaliseerd: Map<string, readonly string[]>
}

/** Reads each concept's stream: where every line was added, and the `ConceptGefactureerd` of this invoice. */
const leesConcepten = async (
  store: EventStore,
  administratie: string,
  factuurId: string,
  conceptIds: readonly string[],
): Promise<Conceptsporen> => {
  const sporen: Conceptsporen = { concepten: [], conceptregels: new Map(), getotaliseerd: new Map() }
  for (const conceptId of conceptIds) {
    let conceptGefactureerd: Vindplaats | undefined
    for (const e of await store.readStream(conceptStreamId(administratie, conceptId))) {
      const event = weergaveRegistry.decodeOrThrow(e)
      for (const r of toegevoegdeRegels(event)) {
        sporen.conceptregels.set(`${conceptId}|${r.regelId}`, {
          vindplaats: vindplaats(e),
          omschrijving: r.omschrijving,
          bedrag: r.bedrag,
          nacalculatieRegelId: r.nacalculatieRegelId ?? null,
        })
      }
      if (event.type === 'ConceptGefactureerd' && event.data.factuurId === factuurId) {
        conceptGefactureerd = vindplaats(e)
        for (const h of event.data.herkomst) {
          sporen.getotaliseerd.set(`${conceptId}|${h.factuurregelId}`, h.conceptregelIds)
        }
      }
    }
    sporen.concepten.push({ conceptId, gefactureerd: conceptGefactureerd })
  }
  return sporen
}

/** The lines an event put on a concept. */
const toegevoegdeRegels = (event: weergaven.WeergaveEvent): readonly concept.ConceptRegel[] => {
  switch (event.type) {
    case 'ConceptRegelsToegevoegd':
    case 'ConceptRegelsOvergenomen':
      return concept.regelsVan(event.data)
    case 'VoorschotRegelToegevoegd':
    case 'VerdichteRegelBedragGewijzigd':
      return event.data.regels
    case 'AfrondingsregelBerekend':
      return [concept.afrondingsregelVan(event.data)]
    case 'VoorschotVerrekend':
      return [event.data.regel]
    default:
      return []
  }
}

const journaalVan = (journaal: RecordedEvent): TraceReport['journaal'] => {
  const j = weergaveRegistry.decodeOrThrow(journaal)
  if (j.type !== 'Gejournaliseerd') return undefined
  return {
    vindplaats: vindplaats(journaal),
    dagboek: j.data.dagboek,
    boekdatum: j.data.journaalpost.boekdatum,
    omschrijving: j.data.journaalpost.omschrijving,
    regels: j.data.journaalpost.regels.map(({ rekening, zijde, bedrag, soort }) => ({
      rekening,
      zijde,
      bedrag,
      soort,
    })),
  }
}

/** One invoice line with the concept lines it totals and, for each, the nacalculatie line behind it. */
const factuurregel = (
  regel: FactuurAangemaakt['opdracht']['regels'][number],
  herkomst: FactuurAangemaakt['regels'][number]['herkomst'] | undefined,
  { getotaliseerd, conceptregels }: Conceptsporen,
): TraceFactuurregel => ({
  regelId: regel.regelId,
  omschrijving: regel.omschrijving,
  bedrag: regel.bedrag,
  integratiegroep: regel.integratiegroep,
  bron: herkomst?.bron ?? 'onbekend',
  bronId: herkomst?.bronId ?? '',
  conceptregels: (getotaliseerd.get(`${herkomst?.bronId}|${herkomst?.bronRegelId}`) ?? []).map((regelId) => {
    const gevonden = conceptregels.get(`${herkomst?.bronId}|${regelId}`)
    return {
      regelId,
      nacalculatieRegelId: gevonden?.nacalculatieRegelId ?? null,
      omschrijving: gevonden?.omschrijving,
      bedrag: gevonden?.bedrag,
      toegevoegd: gevonden?.vindplaats,
    }
  }),
})
