import type { CheckpointStore, EventStore } from '@factuurstroom/eventsourcing'

/**
 * What a view table needs from a PostgreSQL store (`PostgresEventStore` of @factuurstroom/store-postgres has it):
 * the log, and a transaction in which a table and the checkpoint move together. Structural, so this package does
 * not depend on the adapter.
 */
export interface TabelTransactie {
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>
  readonly checkpoints: CheckpointStore
  /** The store's schema, quoted. */
  readonly schema: string
}

export interface TransactioneleStore extends Pick<EventStore, 'readAll'> {
  withTransaction<T>(work: (tx: TabelTransactie) => Promise<T>): Promise<T>
}
