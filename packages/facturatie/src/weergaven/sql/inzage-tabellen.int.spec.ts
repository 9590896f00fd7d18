import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { inzageTabellenSpec } from './inzage-tabellen.fixture'

inzageTabellenSpec('PGlite', () => PostgresEventStore.embedded())
