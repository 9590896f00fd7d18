import { type EventStore, FactuurstroomError } from '@factuurstroom/eventsourcing'

/** Which store an audit command opens: an embedded directory or a PostgreSQL URL, and the schema. */
export interface StoreKeuze {
  /** Directory of an embedded (PGlite) store. */
  readonly store?: string
  /** PostgreSQL connection URL. */
  readonly pg?: string
  /** PostgreSQL schema; default the store's own (`factuurstroom`). */
  readonly schema?: string
}

/** Opens the store an audit command runs against: `--store <dir>` (embedded PostgreSQL) or `--pg <url>`. */
export const openStore = async (keuze: StoreKeuze): Promise<EventStore> => {
  if ((keuze.store === undefined) === (keuze.pg === undefined)) {
    throw new FactuurstroomError(
      'STORE_KEUZE_ONGELDIG',
      'Name exactly one store: --store <directory> (embedded) or --pg <postgres://…>.',
      { store: keuze.store ?? null, pg: keuze.pg ?? null },
    )
  }
  const { PostgresEventStore } = await import('@factuurstroom/store-postgres')
  const schema = keuze.schema ? { schema: keuze.schema } : {}
  return keuze.pg !== undefined
    ? PostgresEventStore.connect({ connectionString: keuze.pg, ...schema })
    : PostgresEventStore.embedded({ dataDir: keuze.store, ...schema })
}
