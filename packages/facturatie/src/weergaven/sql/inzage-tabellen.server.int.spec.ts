import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { inject } from 'vitest'
import { inzageTabellenSpec } from './inzage-tabellen.fixture'

inzageTabellenSpec('PostgreSQL server', () =>
  PostgresEventStore.connect({
    connectionString: inject('postgresUrl'),
    schema: `inzage_${globalThis.crypto.randomUUID().slice(0, 8)}`,
  }),
)
