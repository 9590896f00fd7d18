import { type EventRegistry, InMemoryEventStore, type RecordedEvent, readAllEvents } from '@factuurstroom/eventsourcing'
import { cockpit, concept, factuur } from '@factuurstroom/facturatie'
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
