import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { inject } from 'vitest'
import { weergaveTabellenSpec } from './weergave-tabellen.fixture'

weergaveTabellenSpec('PostgreSQL server', () =>
  PostgresEventStore.connect({
    connectionString: inject('postgresUrl'),
    schema: `weergaven_${globalThis.crypto.randomUUID().slice(0, 8)}`,
  }),
)
