import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { weergaveTabellenSpec } from './weergave-tabellen.fixture'

weergaveTabellenSpec('PGlite', () => PostgresEventStore.embedded())
