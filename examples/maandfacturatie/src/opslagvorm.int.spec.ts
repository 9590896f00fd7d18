import { type EventRegistry, InMemoryEventStore, type RecordedEvent, readAllEvents } from '@factuurstroom/eventsourcing'
import { cockpit, concept, dagboek, factuur } from '@factuurstroom/facturatie'
import { beforeAll, describe, expect, it } from 'vitest'
import { genereerMaand } from './genereer'
import { draaiMaand } from './maand'

/** The event types stored in a compact form, with the registry that knows each. */
const registries: Record<string, EventRegistry<{ type: string; data: unknown }>> = {
  FactuurAangemaakt: factuur.factuurRegistry,
  ConceptGefactureerd: concept.conceptRegistry,
  ConceptRegelsToegevoegd: concept.conceptRegistry,
  AfrondingsregelBerekend: concept.conceptRegistry,
  ConceptGeopend: concept.conceptRegistry,
  TeFacturerenRegelsKlaargezet: cockpit.teFacturerenRegistry,
}

const opgeslagen: RecordedEvent[] = []

beforeAll(async () => {
  const store = new InMemoryEventStore()
  await draaiMaand(store, genereerMaand({ seed: 'opslag', relaties: 12 }))
  for await (const event of readAllEvents(store)) if (event.type in registries) opgeslagen.push(event)
})

const bytes = (waarde: unknown) => JSON.stringify(waarde).length

describe('the stored forms over every such event of a small month', () => {
  it('each event reads back to domain data that is stored again exactly as it was, and reads back the same', () => {
    const perType: Record<string, { events: number; opgeslagen: number; domein: number }> = {}
    const bronnen = new Set<unknown>()
    for (const event of opgeslagen) {
      const registry = registries[event.type] as EventRegistry<{ type: string; data: unknown }>
      const domein = registry.decodeOrThrow(event)
      const opnieuw = registry.toNewEvent(domein, { occurredAt: '2026-03-31T12:00:00.000Z' })
      expect(opnieuw.data).toStrictEqual(event.data)
      expect(registry.decodeOrThrow(JSON.parse(JSON.stringify(opnieuw)))).toStrictEqual(domein)
      perType[event.type] ??= { events: 0, opgeslagen: 0, domein: 0 }
      const telling = perType[event.type] as { events: number; opgeslagen: number; domein: number }
      telling.events++
      telling.opgeslagen += bytes(event.data)
      telling.domein += bytes(domein.data)
      if (event.type === 'FactuurAangemaakt') bronnen.add((domein.data as { bron: string }).bron)
    }
    expect(Object.keys(perType).sort()).toEqual(Object.keys(registries).sort())
    // Every kind of invoice of the month: advances by hand, concepts, subscriptions, courses and a verzamelfactuur.
    expect([...bronnen].sort()).toEqual(['abonnement', 'concept', 'cursus', 'handmatig', 'verzamelfactuur'])
    for (const telling of Object.values(perType)) expect(telling.opgeslagen).toBeLessThan(telling.domein * 0.85)
  })

  it('a concept run stages a hand-over invoiced at once by reference: the log alone joins it to its ConceptGefactureerd and its invoice', () => {
    const gelezen = opgeslagen.map((event) =>
      (registries[event.type] as EventRegistry<{ type: string; data: unknown }>).decodeOrThrow(event),
    )
    const overdrachten = new Map<string, { conceptId: string; regels: string[] }>()
    const facturen = new Map<string, string[]>()
    const verwezen: { factuurId: string; bronId: string; overdracht: string; regelIds: string[] }[] = []
    for (const event of gelezen) {
      if (event.type === 'ConceptGefactureerd') {
        const d = event.data as {
          conceptId: string
          factuurId: string
          factuuropdracht: { regels: { regelId: string }[] }
        }
        overdrachten.set(d.factuurId, {
          conceptId: d.conceptId,
          regels: d.factuuropdracht.regels.map((r) => r.regelId),
        })
      }
      if (event.type === 'FactuurAangemaakt') {
        const d = event.data as { factuurId: string; opdracht: { regels: { regelId: string }[] } }
        facturen.set(
          d.factuurId,
          d.opdracht.regels.map((r) => r.regelId),
        )
      }
      if (event.type === 'TeFacturerenRegelsKlaargezet') {
        const d = event.data as {
          actie: string
          facturen: {
            factuurId: string
            bron: string
            bronId: string
            regelIds: string[]
            overdracht?: { factuurId: string }
          }[]
        }
        for (const f of d.facturen) {
          // Every concept invoice made at once is staged by reference, nothing else is.
          expect(f.overdracht !== undefined, f.factuurId).toBe(f.bron === 'concept')
          if (f.overdracht)
            verwezen.push({
              factuurId: f.factuurId,
              bronId: f.bronId,
              overdracht: f.overdracht.factuurId,
              regelIds: f.regelIds,
            })
        }
      }
    }
    expect(verwezen.length).toBeGreaterThan(10)
    for (const { factuurId, bronId, overdracht, regelIds } of verwezen) {
      const gefactureerd = overdrachten.get(overdracht)
      expect(gefactureerd?.conceptId, factuurId).toBe(bronId)
      expect(regelIds).toEqual([])
      // The invoice's lines are the hand-over's, each named <bron>:<concept>:<printed line>.
      expect(facturen.get(factuurId)).toEqual(gefactureerd?.regels.map((regelId) => `concept:${bronId}:${regelId}`))
    }
  })

  it('the concept’s events, the invoice and the staging, without their in-log copies, are stored again byte for byte', () => {
    const typen = [
      'ConceptGeopend',
      'ConceptRegelsToegevoegd',
      'ConceptGefactureerd',
      'FactuurAangemaakt',
      'TeFacturerenRegelsKlaargezet',
    ]
    const gezien = new Map<string, number>()
    let vast = 0
    for (const event of opgeslagen) {
      if (!typen.includes(event.type)) continue
      const registry = registries[event.type] as EventRegistry<{ type: string; data: unknown }>
      const domein = registry.decodeOrThrow(event)
      const opnieuw = registry.toNewEvent(domein, { occurredAt: '2026-03-31T12:00:00.000Z' })
      expect([event.schemaVersion, JSON.stringify(opnieuw.data)]).toEqual([
        opnieuw.schemaVersion,
        JSON.stringify(event.data),
      ])
      gezien.set(event.type, (gezien.get(event.type) ?? 0) + 1)
      if (JSON.stringify(event.data).includes('"vast":[')) vast++
    }
    expect([...gezien.keys()].sort()).toEqual([...typen].sort())
    // Tables with constant columns occur in a real month.
    expect(vast).toBeGreaterThan(0)
    for (const event of opgeslagen) {
      if (event.type !== 'ConceptGefactureerd') continue
      const data = event.data as Record<string, unknown>
      // No copy of the invoice's VAT; the project settings only where changed since the concept was opened.
      expect([data.btw, data.projectInstellingen]).toEqual([undefined, undefined])
    }
  })
})

describe('Gejournaliseerd stored without its copies, over every booking of a small month', () => {
  const geboekt: RecordedEvent[] = []

  beforeAll(async () => {
    const store = new InMemoryEventStore()
    await draaiMaand(store, genereerMaand({ seed: 'opslag', relaties: 12 }))
    for await (const event of readAllEvents(store)) if (event.type === 'Gejournaliseerd') geboekt.push(event)
  })

  it('each booking reads back and is stored again byte for byte; its open item keeps only what it adds', () => {
    const registry = dagboek.dagboekRegistry
    const open = new Map<string, number>()
    let domein = 0
    let opgeslagenBytes = 0
    for (const event of geboekt) {
      const gelezen = registry.decodeOrThrow(event)
      const opnieuw = registry.toNewEvent(gelezen, { occurredAt: '2026-03-31T12:00:00.000Z' })
      expect(JSON.stringify(opnieuw.data)).toBe(JSON.stringify(event.data))
      expect(registry.decodeOrThrow(JSON.parse(JSON.stringify(opnieuw)))).toStrictEqual(gelezen)
      const velden = Object.keys((event.data as { openstaandePost: object }).openstaandePost).join(',')
      open.set(velden, (open.get(velden) ?? 0) + 1)
      domein += bytes(gelezen.data)
      opgeslagenBytes += bytes(event.data)
    }
    expect(geboekt.length).toBeGreaterThan(50)
    // Every open item of the month is its debiteur line's and the journaalpost's: only its due date is its own.
    expect([...open.keys()]).toEqual(['vervaldatum'])
    expect(opgeslagenBytes).toBeLessThan(domein * 0.8)
  })
})
