import { type EventStore, type RecordedEvent, readAllEvents } from '@factuurstroom/eventsourcing'
import Decimal from 'decimal.js'
import { dagboekRegistry } from '../dagboek/events'

/** Every invariant the domain promises, checked on the whole log; each broken one is a line in `gebroken`. */
export const controleerInvarianten = async (store: EventStore) => {
  const events: RecordedEvent[] = []
  for await (const event of readAllEvents(store, { after: undefined })) events.push(event)
  const tel = (type: string) => events.filter((e) => e.type === type).length
  return {
    gebroken: [
      ...eenActiefConceptPerSleutel(events),
      ...nummersUniekEnZonderGaten(events),
      ...journaalpostenInBalans(events),
    ],
    sleutelclaims: tel('ConceptSleutelGeclaimd'),
    nummers: tel('FactuurnummerToegekend'),
    journaalposten: tel('Gejournaliseerd'),
  }
}

const perStream = (events: readonly RecordedEvent[], prefix: string): Map<string, RecordedEvent[]> => {
  const streams = new Map<string, RecordedEvent[]>()
  for (const event of events) {
    if (!event.streamId.startsWith(prefix)) continue
    streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event])
  }
  return streams
}

/** R3: a key is claimed only while free, and is never held by a deleted concept. */
const eenActiefConceptPerSleutel = (events: readonly RecordedEvent[]): string[] => {
  const fouten: string[] = []
  const verwijderd = new Set(
    events.filter((e) => e.type === 'ConceptVerwijderd').map((e) => (e.data as { conceptId: string }).conceptId),
  )
  for (const [stream, sleutelEvents] of perStream(events, 'conceptsleutel-')) {
    let houder: string | undefined
    for (const event of sleutelEvents) {
      const conceptId = (event.data as { conceptId: string }).conceptId
      if (event.type === 'ConceptSleutelGeclaimd') {
        if (houder !== undefined) fouten.push(`${stream}: claimed by ${conceptId} while ${houder} held it`)
        houder = conceptId
      } else houder = undefined
    }
    if (houder !== undefined && verwijderd.has(houder)) fouten.push(`${stream}: held by deleted concept ${houder}`)
  }
  return fouten
}

/** R27: per dagboek every number once, and the invoice numbers in sequence without gaps. */
const nummersUniekEnZonderGaten = (events: readonly RecordedEvent[]): string[] => {
  const fouten: string[] = []
  for (const [stream, dagboekEvents] of perStream(events, 'dagboek-')) {
    const toegekend = dagboekEvents
      .filter((e) => e.type === 'FactuurnummerToegekend')
      .map((e) => e.data as { factuurnummer: string; factuurId: string; volgnummer: number; herkomst: string })
    const nummers = toegekend.map((t) => t.factuurnummer)
    if (new Set(nummers).size !== nummers.length) fouten.push(`${stream}: a factuurnummer issued twice`)
    const ids = toegekend.map((t) => t.factuurId)
    if (new Set(ids).size !== ids.length) fouten.push(`${stream}: an invoice numbered twice`)
    const volgnummers = toegekend.filter((t) => t.herkomst === 'factuur').map((t) => t.volgnummer)
    volgnummers.forEach((n, i) => {
      const vorige = volgnummers[i - 1]
      if (vorige !== undefined && n !== vorige + 1) fouten.push(`${stream}: volgnummer ${n} follows ${vorige}`)
    })
  }
  return fouten
}

/** R30: Σ debet = Σ credit = the recorded totals; the open item is the debiteur line, under the invoice's number. */
const journaalpostenInBalans = (events: readonly RecordedEvent[]): string[] => {
  const fouten: string[] = []
  for (const event of events.filter((e) => e.type === 'Gejournaliseerd')) {
    // Decoded: the event is stored compactly, and its open item is checked against the line it is left out for.
    const gejournaliseerd = dagboekRegistry.decodeOrThrow(event)
    if (gejournaliseerd.type !== 'Gejournaliseerd') continue
    const { journaalpost, openstaandePost, factuurnummer } = gejournaliseerd.data
    const som = (zijde: string) =>
      journaalpost.regels.filter((r) => r.zijde === zijde).reduce((s, r) => s.plus(r.bedrag), new Decimal(0))
    const [debet, credit] = [som('debet'), som('credit')]
    if (!debet.equals(credit) || !debet.equals(journaalpost.totaalDebet) || !credit.equals(journaalpost.totaalCredit)) {
      fouten.push(`${factuurnummer}: journaalpost debet ${debet} ≠ credit ${credit}`)
    }
    const debiteur = journaalpost.regels.find((r) => r.soort === 'debiteur')
    const open = debiteur && new Decimal(debiteur.bedrag).times(debiteur.zijde === 'debet' ? 1 : -1)
    if (open === undefined || !open.equals(openstaandePost.bedrag) || openstaandePost.factuurnummer !== factuurnummer) {
      fouten.push(`${factuurnummer}: open item ${openstaandePost.bedrag} does not reconcile with the debiteur line`)
    }
  }
  return fouten
}
