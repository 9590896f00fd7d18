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

export interface TraceConceptregel {
  readonly regelId: string
  readonly nacalculatieRegelId: string | null
  readonly omschrijving: string | undefined
  readonly bedrag: string | undefined
  /** The event that put the line on the concept. */
  readonly toegevoegd: Vindplaats | undefined
}

export interface TraceFactuurregel {
  readonly regelId: string
  readonly omschrijving: string
  readonly bedrag: string
  readonly integratiegroep: string
  readonly bron: string
  readonly bronId: string
  readonly conceptregels: readonly TraceConceptregel[]
}

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
  if (!gefactureerd) return undefined
  const g = weergaveRegistry.decodeOrThrow(gefactureerd)
  if (g.type !== 'Gefactureerd') return undefined
  const { administratie, factuurId } = g.data

  const factuurEvents = await store.readStream(factuurStreamId(administratie, factuurId))
  const aangemaaktRecorded = factuurEvents.find((e) => e.type === 'FactuurAangemaakt')
  const aangemaakt = aangemaaktRecorded ? weergaveRegistry.decodeOrThrow(aangemaaktRecorded) : undefined
  const regels = aangemaakt?.type === 'FactuurAangemaakt' ? aangemaakt.data.opdracht.regels : []
  const info = aangemaakt?.type === 'FactuurAangemaakt' ? aangemaakt.data.regels : []

  const conceptIds = [...new Set(info.filter((r) => r.herkomst.bron === 'concept').map((r) => r.herkomst.bronId))]
  const conceptregels = new Map<
    string,
    { vindplaats: Vindplaats; omschrijving: string; bedrag: string; nacalculatieRegelId: string | null }
  >()
  /** Per concept and printed line, the concept lines it totals, from the `ConceptGefactureerd` of this invoice. */
  const getotaliseerd = new Map<string, readonly string[]>()
  const concepten: { conceptId: string; gefactureerd: Vindplaats | undefined }[] = []
  for (const conceptId of conceptIds) {
    let conceptGefactureerd: Vindplaats | undefined
    for (const e of await store.readStream(conceptStreamId(administratie, conceptId))) {
      const event = weergaveRegistry.decodeOrThrow(e)
      const toegevoegd =
        event.type === 'ConceptRegelsToegevoegd' ||
        event.type === 'VoorschotRegelToegevoegd' ||
        event.type === 'VerdichteRegelBedragGewijzigd' ||
        event.type === 'ConceptRegelsOvergenomen'
          ? event.data.regels
          : event.type === 'AfrondingsregelBerekend' || event.type === 'VoorschotVerrekend'
            ? [event.data.regel]
            : []
      for (const r of toegevoegd) {
        conceptregels.set(`${conceptId}|${r.regelId}`, {
          vindplaats: vindplaats(e),
          omschrijving: r.omschrijving,
          bedrag: r.bedrag,
          nacalculatieRegelId: r.nacalculatieRegelId ?? null,
        })
      }
      if (event.type === 'ConceptGefactureerd' && event.data.factuurId === factuurId) {
        conceptGefactureerd = vindplaats(e)
        for (const h of event.data.herkomst) getotaliseerd.set(`${conceptId}|${h.factuurregelId}`, h.conceptregelIds)
      }
    }
    concepten.push({ conceptId, gefactureerd: conceptGefactureerd })
  }

  const j = journaal ? weergaveRegistry.decodeOrThrow(journaal) : undefined
  return {
    factuurnummer,
    administratie,
    factuurId,
    nummer: nummer ? vindplaats(nummer) : undefined,
    gefactureerd: vindplaats(gefactureerd),
    aangemaakt: aangemaaktRecorded ? vindplaats(aangemaaktRecorded) : undefined,
    journaal:
      j?.type === 'Gejournaliseerd' && journaal
        ? {
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
        : undefined,
    concepten,
    regels: regels.map((regel, i) => {
      const herkomst = info[i]?.herkomst
      return {
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
      }
    }),
  }
}
