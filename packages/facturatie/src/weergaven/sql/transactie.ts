import {
  type CheckpointStore,
  type EventStore,
  isBeyond,
  type RecordedEvent,
  type ReplayLimit,
} from '@factuurstroom/eventsourcing'

/**
 * What a view table needs from a PostgreSQL store (`PostgresEventStore` of @factuurstroom/store-postgres has it):
 * the log, and a transaction in which a table and the checkpoint move together. Structural, so this package does
 * not depend on the adapter.
 */
export interface TabelTransactie {
  /** Runs one statement with `$1…` parameters in the transaction and returns its rows. */
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>
  readonly checkpoints: CheckpointStore
  /** The store's schema, quoted. */
  readonly schema: string
}

/** A store that reads the log and runs work in one database transaction: what view tables need. */
export interface TransactioneleStore extends Pick<EventStore, 'readAll'> {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
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

/**
 * Brings the table behind checkpoint `naam` up to the end of the log (or the limit): reads a page after the
 * checkpoint, and applies it with `pasToe` and the new checkpoint in one transaction. When another runner moved the
 * checkpoint meanwhile, it rereads from there. Returns how many events it passed.
 */
export const werkTabelBij = async (
  store: TransactioneleStore,
  naam: string,
  paginagrootte: number,
  pasToe: (tx: TabelTransactie, events: readonly RecordedEvent[]) => Promise<void>,
  limit?: ReplayLimit,
): Promise<number> => {
  let after = await store.withTransaction((tx) => tx.checkpoints.load(naam))
  let verwerkt = 0
  for (;;) {
    const page = await store.readAll({ after, maxCount: paginagrootte })
    const events = page.events.filter((e) => !isBeyond(e, limit))
    const last = events.at(-1)
    if (!last) return verwerkt
    const uitkomst = await store.withTransaction((tx) =>
      pasPaginaToe(tx, naam, after, async () => {
        await pasToe(tx, events)
        await tx.checkpoints.save(naam, last.globalPosition)
      }),
    )
    if (uitkomst !== true) {
      after = uitkomst.checkpoint
      continue
    }
    verwerkt += events.length
    after = last.globalPosition
    if (page.isEnd || events.length < page.events.length) return verwerkt
  }
}

/** Empties a table (with `leeg`) and its checkpoint together, under the table's lock; then `werkTabelBij` refills it. */
export const leegTabel = (
  store: TransactioneleStore,
  naam: string,
  leeg: (tx: TabelTransactie) => Promise<void>,
): Promise<void> =>
  store.withTransaction(async (tx) => {
    await vergrendel(tx, naam)
    await leeg(tx)
    await tx.query(`DELETE FROM ${tx.schema}.checkpoints WHERE projection = $1`, [naam])
  })
