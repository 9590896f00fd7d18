import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { lekTabellenSpec } from './lek-tabellen.fixture'

lekTabellenSpec('PGlite', () => PostgresEventStore.embedded())
