import type { EventStore, ReplayLimit } from '@factuurstroom/eventsourcing'
import { weergaven } from '@factuurstroom/facturatie'

const { ConceptenTabel, FacturenTabel, JournaalTabel, OpenstaandePostenTabel } = weergaven
type TransactioneleStore = weergaven.TransactioneleStore

/** One view table rebuilt from the log, with the events it applied. */
export interface TabelHerbouw {
  readonly tabel: string
  /** Events the rebuilt table applied. */
  readonly events: number
}

/** A PostgreSQL store (server or embedded) keeps its views as tables too; other stores only in memory. */
export const heeftTabellen = (store: EventStore): store is EventStore & TransactioneleStore =>
  typeof (store as Partial<TransactioneleStore>).withTransaction === 'function'

/**
 * Creates (if needed) and rebuilds every view table of a PostgreSQL store from the log, each table with its
 * checkpoint in one transaction per page: what `replay --tables` runs.
 */
export const herbouwTabellen = async (store: TransactioneleStore, limit?: ReplayLimit): Promise<TabelHerbouw[]> => {
  const tabellen = [
    ['facturen', new FacturenTabel(store)],
    ['concepten', new ConceptenTabel(store)],
    ['journaal', new JournaalTabel(store)],
    ['openstaande posten', new OpenstaandePostenTabel(store)],
  ] as const
  const resultaat: TabelHerbouw[] = []
  for (const [tabel, weergave] of tabellen) {
    await weergave.maakAan()
    resultaat.push({ tabel, events: await weergave.herbouw(limit) })
  }
  return resultaat
}
