import type { NewEvent, RecordedEvent } from '@factuurstroom/eventsourcing'
import { readAllEvents, StoreUnavailableError } from '@factuurstroom/eventsourcing'
import { eventStoreConformance } from '@factuurstroom/eventsourcing/conformance'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { latestSchemaVersion, PostgresEventStore, SchemaTooNewError } from '../src'
import { appendParams, appendStatement } from '../src/append'
import { quoteIdentifier } from '../src/identifiers'

// Everything that uses the server lives in this one file so its tests run one after another: the gap test holds a
// transaction open on purpose, which holds back what every reader of the cluster may see.
const url = inject('postgresUrl')
const run = globalThis.crypto.randomUUID().slice(0, 8)
const freshSchema = (name: string) => `test_${run}_${name}`

eventStoreConformance('PostgreSQL server (pg pool)', {
  create: () =>
    PostgresEventStore.connect({ connectionString: url, schema: freshSchema('conformance'), maxConnections: 32 }),
  multiStreamAppend: true,
})

describe('PostgreSQL server: reading all events is gap-safe', () => {
  let store: PostgresEventStore
  let raw: pg.Client
  const schema = freshSchema('gap')

  beforeAll(async () => {
    store = await PostgresEventStore.connect({ connectionString: url, schema, pollIntervalMs: 20 })
    raw = new pg.Client({ connectionString: url })
    await raw.connect()
  })
  afterAll(async () => {
    await raw.end()
    await store.close()
  })

  it('does not hand out later commits past an open transaction, and skips nothing once it commits', async () => {
    const before = await lastPosition(store)
    const delivered: RecordedEvent[] = []
    const subscription = store.subscribeToAll(
      (event) => {
        delivered.push(event)
      },
      { after: before },
    )

    // An append that has written its event but not committed: the same statement the store runs, inside BEGIN.
    await raw.query('BEGIN')
    await raw.query(appendStatement(quoteIdentifier(schema)), appendParams('gap-early', [event('early')], 'no_stream'))
    const late1 = await store.appendToStream('gap-late-1', [event('late-1')], 'no_stream')
    const late2 = await store.appendToStream('gap-late-2', [event('late-2')], 'no_stream')

    expect((await store.readStream('gap-late-2')).map(label)).toEqual(['late-2'])
    expect((await readAfter(store, before)).map(label)).toEqual([])

    await raw.query('COMMIT')
    const all = await readAfter(store, before)
    expect(all.map(label)).toEqual(['early', 'late-1', 'late-2'])
    expect(all.map((e) => e.globalPosition)).toEqual([...all.map((e) => e.globalPosition)].sort(compare))
    expect(all[1]?.globalPosition).toBe(late1.lastPosition)
    expect(all[2]?.globalPosition).toBe(late2.lastPosition)

    await until(() => delivered.length >= 3)
    await subscription.stop()
    expect(delivered.map(label)).toEqual(['early', 'late-1', 'late-2'])
  })

  it('a subscriber following many concurrent writers receives every event once, in position order', async () => {
    const before = await lastPosition(store)
    const delivered: RecordedEvent[] = []
    const subscription = store.subscribeToAll(
      (event) => {
        delivered.push(event)
      },
      { after: before, batchSize: 7 },
    )
    const writers = 8
    const appendsPerWriter = 25
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (let i = 0; i < appendsPerWriter; i++) {
          await store.appendToStream(`writer-${writer}`, [event(`${writer}-${i}a`), event(`${writer}-${i}b`)], 'any')
        }
      }),
    )
    const written = writers * appendsPerWriter * 2
    await until(() => delivered.length >= written)
    await subscription.stop()
    expect(delivered.length).toBe(written)
    expect(new Set(delivered.map((e) => e.eventId)).size).toBe(written)
    const positions = delivered.map((e) => e.globalPosition)
    expect(positions.every((p, i) => i === 0 || p > (positions[i - 1] as bigint))).toBe(true)
    expect((await readAfter(store, before)).map((e) => e.eventId)).toEqual(delivered.map((e) => e.eventId))
  })
})

describe('PostgreSQL server: schema, connections and checkpoints', () => {
  it('migrates once when several stores start on a new schema at the same time', async () => {
    const schema = freshSchema('parallel')
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => PostgresEventStore.connect({ connectionString: url, schema })),
    )
    const versions = await withClient((client) =>
      client.query<{ version: number }>(
        `SELECT version FROM ${quoteIdentifier(schema)}.schema_version ORDER BY version`,
      ),
    )
    // Each migration once: version 1 (the tables and append_to_stream), version 2 (append_to_streams).
    expect(versions.rows.map((row) => row.version)).toEqual([1, 2])
    expect(latestSchemaVersion).toBe(2)
    await Promise.all(stores.map((store) => store.close()))
  })

  it('refuses a schema that a newer release has migrated', async () => {
    const schema = freshSchema('newer')
    await (await PostgresEventStore.connect({ connectionString: url, schema })).close()
    await withClient((client) =>
      client.query(
        `INSERT INTO ${quoteIdentifier(schema)}.schema_version (version, description) VALUES ($1, 'future')`,
        [latestSchemaVersion + 1],
      ),
    )
    const error = await PostgresEventStore.connect({ connectionString: url, schema }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SchemaTooNewError)
    expect((error as SchemaTooNewError).databaseVersion).toBe(latestSchemaVersion + 1)
    expect((error as SchemaTooNewError).message).toContain(`'${schema}' is at version ${latestSchemaVersion + 1}`)
  })

  it('says which host and port it cannot reach', async () => {
    const closedPort = 1
    const error = await PostgresEventStore.connect({
      connectionString: `postgres://postgres:x@127.0.0.1:${closedPort}/postgres`,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreUnavailableError)
    expect((error as Error).message).toContain(`unreachable at 127.0.0.1:${closedPort}`)
  })

  it('updates a view table and its checkpoint in one transaction: both commit or neither', async () => {
    const store = await PostgresEventStore.connect({ connectionString: url, schema: freshSchema('view') })
    await store.withTransaction((tx) => tx.query(`CREATE TABLE ${tx.schema}.labels (label text PRIMARY KEY)`))
    const { lastPosition: first } = await store.appendToStream('view-1', [event('one')], 'no_stream')
    const { lastPosition: second } = await store.appendToStream('view-2', [event('two')], 'no_stream')
    const project = (label: string, position: bigint, fail: boolean) =>
      store.withTransaction(async (tx) => {
        await tx.query(`INSERT INTO ${tx.schema}.labels (label) VALUES ($1)`, [label])
        await tx.checkpoints.save('labels', position)
        if (fail) throw new Error('projection crashed before commit')
      })

    await project('one', first, false)
    await expect(project('two', second, true)).rejects.toThrow('projection crashed before commit')

    expect(await store.checkpoints().load('labels')).toBe(first)
    const rows = await store.withTransaction((tx) =>
      tx.query<{ label: string }>(`SELECT label FROM ${tx.schema}.labels`),
    )
    expect(rows.map((row) => row.label)).toEqual(['one'])
    expect(await store.checkpoints().load('other')).toBeUndefined()
    await store.close()
  })

  it('leaves a pool it was given open, and refuses work once closed', async () => {
    const pool = new pg.Pool({ connectionString: url, max: 2 })
    const store = await PostgresEventStore.connect({ pool, schema: freshSchema('pool') })
    await store.appendToStream('pooled', [event('a')], 'no_stream')
    await store.close()
    await expect(store.readStream('pooled')).rejects.toThrow('is closed')
    expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }])
    await pool.end()
  })
})

const event = (text: string): NewEvent => ({
  eventId: globalThis.crypto.randomUUID(),
  type: 'GapTestEvent',
  schemaVersion: 1,
  data: { label: text },
  metadata: { occurredAt: '2026-01-01T00:00:00.000Z' },
})

const label = (event: RecordedEvent): string => (event.data as { label: string }).label

const compare = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0)

const readAfter = async (store: PostgresEventStore, after: bigint | undefined): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = []
  for await (const event of readAllEvents(store, { after })) all.push(event)
  return all
}

const lastPosition = async (store: PostgresEventStore): Promise<bigint | undefined> =>
  (await readAfter(store, undefined)).at(-1)?.globalPosition

const withClient = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Waits for a condition the code under test makes true; the test's own timeout bounds it. */
const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10))
}
