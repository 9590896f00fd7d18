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

/** Holds the lock of the view behind checkpoint `naam` until `tx` ends: one writer (page or rebuild) at a time. */
export const vergrendel = async (tx: TabelTransactie, naam: string): Promise<void> => {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [naam])
}

/**
 * Applies one page in `tx` only if the checkpoint `naam` still stands at `vanaf` (where the page was read from),
 * holding a lock on the name until commit: a second runner waits, sees the checkpoint moved and rereads from there,
 * so no page is applied twice and the checkpoint never moves back. Returns true when applied, else the checkpoint now.
 */
export const pasPaginaToe = async (
  tx: TabelTransactie,
  naam: string,
  vanaf: bigint | undefined,
  werk: () => Promise<void>,
): Promise<true | { readonly checkpoint: bigint | undefined }> => {
  await vergrendel(tx, naam)
  const checkpoint = await tx.checkpoints.load(naam)
  if (checkpoint !== vanaf) return { checkpoint }
  await werk()
  return true
}
