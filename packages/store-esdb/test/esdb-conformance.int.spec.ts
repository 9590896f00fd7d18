import { eventStoreConformance } from '@factuurstroom/eventsourcing/conformance'
import { describe, it } from 'vitest'
import { EventStoreDbEventStore } from '../src'

const url = process.env.FACTUURSTROOM_ESDB_URL

if (url) {
  eventStoreConformance(`EventStoreDB (${url.replace(/\/\/[^@/]*@/, '//')})`, {
    create: async () => EventStoreDbEventStore.connect(url, { pollIntervalMs: 100 }),
  })
} else {
  console.info(
    'EventStoreDB conformance skipped: no server on this machine. Set FACTUURSTROOM_ESDB_URL (e.g. esdb://localhost:2113?tls=false) to run it.',
  )
  describe.skip('EventStore conformance: EventStoreDB (set FACTUURSTROOM_ESDB_URL to run)', () => {
    it('runs the shared conformance suite against a server', () => undefined)
  })
}
