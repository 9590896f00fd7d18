import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eventStoreConformance } from '@factuurstroom/eventsourcing/conformance'
import { afterAll } from 'vitest'
import { PostgresEventStore } from '../src'

eventStoreConformance('PostgreSQL embedded (PGlite, in memory)', {
  create: () => PostgresEventStore.embedded({ pollIntervalMs: 50 }),
  multiStreamAppend: true,
})

const dataDir = mkdtempSync(join(tmpdir(), 'factuurstroom-pglite-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

eventStoreConformance('PostgreSQL embedded (PGlite, durable directory)', {
  create: () => PostgresEventStore.embedded({ dataDir, pollIntervalMs: 50 }),
  multiStreamAppend: true,
})
