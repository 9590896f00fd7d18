import { decisionEvents, InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { factuur } from '@factuurstroom/facturatie'
import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  GROTE_FACTUUR_EVENTS,
  groteHerkomst,
  groteOpdracht,
  maakGroteFactuur,
} from '../../facturatie/src/factuur/grote-factuur.fixture'
import { runTrace } from '../src'

const metadata = { commandId: 'groot', occurredAt: '2026-04-01T09:00:00.000Z' }

const beslis = (command: factuur.FactuurCommand, history: readonly factuur.FactuurEvent[]) => {
  const state = history.reduce(factuur.factuurDecider.evolve, factuur.factuurDecider.initialState())
  const decision = factuur.factuurDecider.decide(command, state)
  if (isLeft(decision)) throw new Error(decision.left.code)
  return [...history, ...decisionEvents(decision.right)]
}

describe('trace of an invoice recorded in parts (issue 11)', async () => {
  const gemaakt = beslis(maakGroteFactuur(), [])
  const events = beslis(
    {
      type: 'RegistreerFactuurnummer',
      administratie: 'A1',
      factuurId: 'F-GROOT',
      factuurnummer: '26000009',
      dagboek: '70',
    },
    gemaakt,
  )
  // Only the invoice's own stream: no master data, no concepts.
  const store = new InMemoryEventStore()
  await store.appendToStream(
    factuur.factuurStreamId('A1', 'F-GROOT'),
    events.map((e) => factuur.factuurRegistry.toNewEvent(e, metadata)),
    'no_stream',
  )

  it('lists every line once, in order, with its origin, from the header and its FactuurregelsAangevuld parts', async () => {
    expect(events.map((e) => e.type)).toEqual([...GROTE_FACTUUR_EVENTS, 'Gefactureerd'])
    const t = await runTrace(store, '26000009')
    expect(t?.aangemaakt?.type).toBe('FactuurAangemaakt')
    expect(t?.regels.map((r) => [r.regelId, r.bedrag, r.bron, r.bronId])).toEqual(
      groteOpdracht().regels.map((r, i) => [r.regelId, r.bedrag, 'concept', groteHerkomst(i).bronId]),
    )
    expect(t?.concepten.map((c) => c.conceptId)).toEqual(['C-001', 'C-002', 'C-003', 'C-004', 'C-005', 'C-006'])
  })
})
