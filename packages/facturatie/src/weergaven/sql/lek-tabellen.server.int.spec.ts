import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { inject } from 'vitest'
import { lekTabellenSpec } from './lek-tabellen.fixture'

lekTabellenSpec('PostgreSQL server', () =>
  PostgresEventStore.connect({
    connectionString: inject('postgresUrl'),
    schema: `lek_${globalThis.crypto.randomUUID().slice(0, 8)}`,
  }),
)
