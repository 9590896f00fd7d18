import type { NewEvent } from '@factuurstroom/eventsourcing'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { PostgresEventStore, type ProjectionTarget, ProjectionWorker, type ProjectionWorkerEvent } from '../src'

const url = inject('postgresUrl')
const run = globalThis.crypto.randomUUID().slice(0, 8)
const freshSchema = (name: string) => `worker_${run}_${name}`

const event = (n: number): NewEvent => ({
  eventId: globalThis.crypto.randomUUID(),
  type: 'Counted',
  schemaVersion: 1,
  data: { n },
  metadata: { occurredAt: '2026-04-01T10:00:00.000Z' },
})

const append = async (store: PostgresEventStore, from: number, count: number) => {
  for (let i = from; i < from + count; i++) await store.appendToStream(`count-${i % 3}`, [event(i)], 'any')
}

/** A projection that records every position it applies, with its checkpoint, and counts its rebuilds. */
const counter = (store: PostgresEventStore, version: string) => {
  const name = 'counter'
  const calls = { rebuilds: 0 }
  const catchUp = async (): Promise<number> => {
    let applied = 0
    for (;;) {
      const after = await store.withTransaction((tx) => tx.checkpoints.load(name))
      const page = await store.readAll({ after, maxCount: 2 })
      const last = page.events.at(-1)
      if (!last) return applied
      await store.withTransaction(async (tx) => {
        for (const e of page.events) {
          await tx.query(`INSERT INTO ${tx.schema}.counted (position) VALUES ($1)`, [e.globalPosition.toString()])
        }
        await tx.checkpoints.save(name, last.globalPosition)
      })
      applied += page.events.length
    }
  }
  const target: ProjectionTarget = {
    name,
    version,
    catchUp,
    rebuild: async () => {
      calls.rebuilds++
      await store.withTransaction(async (tx) => {
        await tx.query(`DROP TABLE IF EXISTS ${tx.schema}.counted`)
        await tx.query(`CREATE TABLE ${tx.schema}.counted (position bigint PRIMARY KEY)`)
        await tx.query(`DELETE FROM ${tx.schema}.checkpoints WHERE projection = $1`, [name])
      })
      return catchUp()
    },
  }
  return { target, calls }
}

const counted = (store: PostgresEventStore) =>
  store.withTransaction(async (tx) => {
    const [row] = await tx.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${tx.schema}.counted`)
    return Number(row?.n)
  })

const eventually = async (check: () => Promise<boolean>, what: string, timeoutMs = 20_000) => {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('projection worker on a PostgreSQL server', () => {
  const stores: PostgresEventStore[] = []
  const open = async (schema: string) => {
    const store = await PostgresEventStore.connect({ connectionString: url, schema, pollIntervalMs: 100 })
    stores.push(store)
    return store
  }
  afterAll(() => Promise.all(stores.map((s) => s.close())))

  it('reports its lag, catches up from the checkpoint, then follows appends live', async () => {
    const store = await open(freshSchema('live'))
    await append(store, 0, 5)
    const { target, calls } = counter(store, 'v1')
    const worker = new ProjectionWorker(store, [target])
    const [before] = await worker.status()
    expect(before).toMatchObject({ name: 'counter', active: false, events: 5, checkpoint: undefined })
    worker.start()
    await worker.caughtUp()
    expect(calls.rebuilds).toBe(1)
    expect(await counted(store)).toBe(5)
    const [after] = await worker.status()
    expect(after).toMatchObject({ active: true, events: 0, seconds: 0 })
    await append(store, 5, 3)
    await eventually(async () => (await counted(store)) === 8, 'the appended events reach the table')
    expect((await worker.status())[0]).toMatchObject({ events: 0 })
    await worker.stop()
    // Stopped: new events wait, and the lag says how many and for how long.
    await append(store, 8, 2)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const [stopped] = await worker.status()
    expect(stopped?.events).toBe(2)
    expect(stopped?.seconds).toBeGreaterThan(0)
  })

  it('an append notified while the reader was busy is not slept through', async () => {
    const store = await PostgresEventStore.connect({
      connectionString: url,
      schema: freshSchema('wakeup'),
      pollIntervalMs: 600_000,
    })
    stores.push(store)
    // The first wait starts listening; appends before LISTEN is in place are not notified, so append until one is.
    await store.waitForAppend(AbortSignal.abort())
    await eventually(async () => {
      await append(store, 0, 1)
      await new Promise((resolve) => setTimeout(resolve, 50))
      return store.appendsSeen > 0
    }, 'the store listens')
    const seen = store.appendsSeen
    await append(store, 1, 1)
    await eventually(async () => store.appendsSeen > seen, 'the notification arrives')
    // Without `seen` this would wait for the next append or the ten-minute poll.
    await store.waitForAppend(new AbortController().signal, seen)
  })

  it('an append notified while an older transaction still hides it is applied when that one ends, not at the next poll', async () => {
    const store = await PostgresEventStore.connect({
      connectionString: url,
      schema: freshSchema('horizon'),
      pollIntervalMs: 600_000,
    })
    stores.push(store)
    const worker = new ProjectionWorker(store, [counter(store, 'v1').target]).start()
    await worker.caughtUp()
    // Appends before LISTEN is in place are not notified: append until one is (the worker applies them as notified).
    let n = 0
    await eventually(async () => {
      await append(store, n++, 1)
      await new Promise((resolve) => setTimeout(resolve, 50))
      return (await counted(store)) === n
    }, 'the worker is notified')
    // An open transaction with an id, older than the append: readers of the log may not pass it yet.
    const blocker = new pg.Client({ connectionString: url })
    await blocker.connect()
    await blocker.query('BEGIN')
    await blocker.query('SELECT pg_current_xact_id()')
    await append(store, n, 1)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(await counted(store)).toBe(n)
    await blocker.query('COMMIT')
    await blocker.end()
    await eventually(async () => (await counted(store)) === n + 1, 'applied without a poll or another append', 5_000)
    await worker.stop()
  })

  it('rebuilds when the definition version changes, and only then', async () => {
    const store = await open(freshSchema('version'))
    await append(store, 0, 4)
    const first = counter(store, 'v1')
    const firstWorker = new ProjectionWorker(store, [first.target])
    await firstWorker.runOnce()
    await firstWorker.stop()
    const again = counter(store, 'v1')
    const sameWorker = new ProjectionWorker(store, [again.target])
    await sameWorker.runOnce()
    await sameWorker.stop()
    const changed = counter(store, 'v2')
    const events: ProjectionWorkerEvent[] = []
    const changedWorker = new ProjectionWorker(store, [changed.target], { onEvent: (e) => events.push(e) })
    await changedWorker.runOnce()
    await changedWorker.stop()
    expect([first.calls.rebuilds, again.calls.rebuilds, changed.calls.rebuilds]).toEqual([1, 0, 1])
    expect(events).toContainEqual({ type: 'rebuilt', projection: 'counter', events: 4, from: 'v1' })
    expect(await counted(store)).toBe(4)
  })

  it('one worker is active per projection; when its connection dies the waiting one takes over', async () => {
    const schema = freshSchema('lease')
    const [a, b] = [await open(schema), await open(schema)]
    await append(a, 0, 3)
    const workerA = new ProjectionWorker(a, [counter(a, 'v1').target]).start()
    await workerA.caughtUp()
    const bEvents: ProjectionWorkerEvent[] = []
    const workerB = new ProjectionWorker(b, [counter(b, 'v1').target], {
      onEvent: (e) => bEvents.push(e),
    }).start()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await workerA.status())[0]?.active).toBe(true)
    expect((await workerB.status())[0]?.active).toBe(false)

    // The server ends A's lease connection, as it does when A's process dies.
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    const terminated = await admin.query(
      `SELECT pg_terminate_backend(l.pid) AS ok FROM pg_locks AS l
       WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.granted
         AND l.classid::int = hashtext($1) AND l.objid::int = hashtext('counter')`,
      [`factuurstroom-projection:"${schema}"`],
    )
    await admin.end()
    expect(terminated.rows).toEqual([{ ok: true }])
    await eventually(async () => (await workerB.status())[0]?.active === true, 'B takes the lease')
    expect(bEvents[0]).toEqual({ type: 'acquired', projection: 'counter' })
    await append(a, 3, 2)
    await eventually(async () => (await counted(a)) === 5, 'the new holder applies new events')
    await Promise.all([workerA.stop(), workerB.stop()])
    expect(await counted(a)).toBe(5)
  })
})

describe('projection worker on embedded PostgreSQL (PGlite)', () => {
  it('two workers in one process: one active, the other takes over when it stops', async () => {
    const store = await PostgresEventStore.embedded({ pollIntervalMs: 50 })
    try {
      await append(store, 0, 3)
      const first = new ProjectionWorker(store, [counter(store, 'v1').target]).start()
      await first.caughtUp()
      const second = new ProjectionWorker(store, [counter(store, 'v1').target])
      expect(await second.runOnce()).toEqual([])
      await first.stop()
      expect(await second.runOnce()).toEqual(['counter'])
      await append(store, 3, 1)
      await second.runOnce()
      await second.stop()
      expect(await counted(store)).toBe(4)
    } finally {
      await store.close()
    }
  })
})
