/**
 * The event-store conformance suite every adapter passes (vitest).
 *
 * @packageDocumentation
 * @module @factuurstroom/eventsourcing/conformance
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EventStore } from '../event-store'
import { concurrencyConformance } from './conformance-concurrency'
import { expectedRevisionConformance } from './conformance-expected-revision'
import { globalLogConformance } from './conformance-global-log'
import { hostileInputConformance } from './conformance-hostile'
import { multiStreamConformance } from './conformance-multi-stream'
import { bulkStreamConformance, streamReadConformance } from './conformance-reads'
import { sizeLimitConformance } from './conformance-size-limit'
import { subscriptionConformance } from './conformance-subscription'

/** The adapter under test, for `eventStoreConformance`: how to create a store, and how hard to load it. */
export interface ConformanceTarget {
  /** Creates the store under test; it may hold events of earlier tests (every test uses its own streams). */
  readonly create: () => Promise<EventStore>
  /** How many events the bulk test writes to one stream; default 10,000. */
  readonly bulkStreamSize?: number
  /** Concurrent writers racing on one stream; default 32. */
  readonly concurrentWriters?: number
  /**
   * True when the store has the optional `appendToStreams` capability: its topic then runs. A store that has the
   * capability must say so, or the suite fails (so no adapter or decorator claims it untested).
   */
  readonly multiStreamAppend?: boolean
}

/**
 * The contract every `EventStore` adapter must meet, as one vitest suite:
 *
 *     eventStoreConformance('PGlite', { create: () => PostgresEventStore.embedded(dir) })
 */
export const eventStoreConformance = (adapter: string, target: ConformanceTarget): void => {
  describe(`EventStore conformance: ${adapter}`, () => {
    let store: EventStore
    let streamCounter = 0
    const run = globalThis.crypto.randomUUID().slice(0, 8)
    const newStream = (name: string) => `conformance-${run}-${name}-${++streamCounter}`

    beforeAll(async () => {
      store = await target.create()
    })
    afterAll(async () => {
      await store?.close()
    })

    const current = () => store
    describe('expected revision', () => {
      expectedRevisionConformance(current, newStream)
      sizeLimitConformance(current, newStream)
    })
    describe('reading', () => {
      streamReadConformance(current, newStream)
      globalLogConformance(current, newStream)
      bulkStreamConformance(current, newStream, target.bulkStreamSize ?? 10_000)
    })
    describe('concurrency', () => concurrencyConformance(current, newStream, target.concurrentWriters ?? 32))
    describe('subscription', () => subscriptionConformance(current, newStream))
    describe('multi-stream append', () => {
      it('the target declares the appendToStreams capability exactly when the store has it', () => {
        expect(typeof store.appendToStreams === 'function').toBe(target.multiStreamAppend ?? false)
      })
      if (target.multiStreamAppend) multiStreamConformance(current, newStream, target.concurrentWriters ?? 32)
    })
    hostileInputConformance(current, newStream)
  })
}
