import { InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { weergaven } from '@factuurstroom/facturatie'
import { PostgresEventStore, ProjectionWorker, projectionLag } from '@factuurstroom/store-postgres'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { bouwScenario } from '../../facturatie/src/weergaven/scenario.fixture'
import { EXIT, main, telEvents } from '../src'
import { dumpTabellen, schrijfConcepten, startWorkerProces, uiteindelijk, verwachteTabellen } from './projectie.fixture'

// Worker processes run `factuurstroom project` from the sources through tsx: the real program, killed for real.
const url = inject('postgresUrl')
const run = globalThis.crypto.randomUUID().slice(0, 8)
const checkpoints = weergaven.tabelProjecties(new InMemoryEventStore() as never).map((t) => t.name)

const bijgewerkt = (store: PostgresEventStore) =>
  store.withTransaction(async (tx) => {
    for (const naam of checkpoints) if ((await projectionLag(tx, tx.schema, naam)).events > 0) return false
    return true
  })

describe('factuurstroom project: the projection worker over the view tables', () => {
  const stores: PostgresEventStore[] = []
  const open = async (naam: string) => {
    const store = await PostgresEventStore.connect({ connectionString: url, schema: `project_${run}_${naam}` })
    stores.push(store)
    return store
  }
  afterAll(() => Promise.all(stores.map((s) => s.close())))

  it('killed mid-page and restarted, it leaves the tables equal to a full rebuild and to the in-memory fold', async () => {
    const store = await open('kill')
    await bouwScenario({ store, opDag: () => undefined })
    const eerste = new ProjectionWorker(store, weergaven.tabelProjecties(store))
    expect(await eerste.runOnce()).toEqual(checkpoints)
    await eerste.stop()
    await schrijfConcepten(store, 6)

    // Hold the facturen checkpoint row: the child writes a page's rows, then waits to move the checkpoint.
    const beheer = new pg.Client({ connectionString: url })
    await beheer.connect()
    await beheer.query('BEGIN')
    const [houder] = (
      await beheer.query(`SELECT position FROM "project_${run}_kill".checkpoints WHERE projection = $1 FOR UPDATE`, [
        'tabel-facturen',
      ])
    ).rows
    expect(houder).toBeDefined()
    const kind = startWorkerProces(url, `project_${run}_kill`, '--page-size', '3')
    const debug: string[] = []
    const toezicht = new pg.Client({ connectionString: url })
    await toezicht.connect()
    try {
      await uiteindelijk(
        async () => {
          // Outside a transaction: inside one, pg_stat_activity would show the same snapshot on every read.
          const { rows } = await toezicht.query(
            `SELECT state, wait_event_type, wait_event, left(query, 120) AS q FROM pg_stat_activity
           WHERE pid <> pg_backend_pid() AND state <> 'idle'`,
          )
          debug.splice(0, debug.length, ...rows.map((r) => JSON.stringify(r)))
          return rows.some((r) => r.wait_event_type === 'Lock' && String(r.q).includes('checkpoints'))
        },
        'the worker process waits to commit a page whose rows it wrote',
        debug,
      )
    } finally {
      await kind.kill()
      await beheer.query('ROLLBACK')
      await Promise.all([beheer.end(), toezicht.end()])
    }
    expect(kind.regels).toContain('tabel-facturen: lease taken, this worker keeps it current')
    expect(kind.regels.some((r) => r.startsWith('tabel-facturen: applied'))).toBe(false)

    const herstart = new ProjectionWorker(store, weergaven.tabelProjecties(store, 3))
    await uiteindelijk(
      async () => (await herstart.runOnce()).length === checkpoints.length,
      'the restarted worker takes every lease once the dead one is gone',
    )
    expect(await bijgewerkt(store)).toBe(true)
    const hervat = await dumpTabellen(store)
    for (const t of herstart.targets) await t.rebuild()
    await herstart.stop()
    const herbouwd = await dumpTabellen(store)
    expect(hervat).toEqual(herbouwd)
    expect(hervat).toMatchObject(await verwachteTabellen(store))
    expect((hervat.weergave_concepten ?? []).length).toBe(9)
  })

  it('two hosts write through their own pools while one worker process follows: the tables equal the in-memory fold', async () => {
    const [a, b] = [await open('twee'), await open('twee')]
    const kind = startWorkerProces(url, `project_${run}_twee`, '--page-size', '7')
    try {
      await uiteindelijk(
        () => checkpoints.every((c) => kind.regels.some((r) => r.startsWith(`${c}: lease taken`))),
        'the worker takes every lease',
      )
      await Promise.all([bouwScenario({ store: a, opDag: () => undefined }), schrijfConcepten(b, 8)])
      await uiteindelijk(() => bijgewerkt(a), 'the worker catches up with both writers')
      const tabellen = await dumpTabellen(a)
      expect(tabellen).toMatchObject(await verwachteTabellen(a))
      expect((tabellen.weergave_concepten ?? []).length).toBe(11)
      expect((tabellen.weergave_facturen ?? []).length).toBe(2)
      expect((tabellen.openstaande_posten ?? []).length).toBe(2)
    } finally {
      await kind.kill()
    }
  })

  it('a second worker process waits, and takes over when the active one is killed', async () => {
    const store = await open('overname')
    await bouwScenario({ store, opDag: () => undefined })
    const eerste = startWorkerProces(url, `project_${run}_overname`)
    const tweede = startWorkerProces(url, `project_${run}_overname`)
    const leases = (w: { regels: string[] }) => w.regels.filter((r) => r.includes(': lease taken')).length
    try {
      await uiteindelijk(() => leases(eerste) + leases(tweede) === checkpoints.length, 'the leases are taken', [
        ...eerste.regels,
        ...tweede.regels,
      ])
      await new Promise((resolve) => setTimeout(resolve, 1000))
      // Per view one worker; which one is a race, so call the one that won facturen the active one.
      const [actief, wachtend] = eerste.regels.some((r) => r.startsWith('tabel-facturen: lease taken'))
        ? [eerste, tweede]
        : [tweede, eerste]
      expect(leases(eerste) + leases(tweede)).toBe(checkpoints.length)
      await uiteindelijk(() => bijgewerkt(store), 'caught up')
      await actief.kill()
      await uiteindelijk(() => leases(wachtend) === checkpoints.length, 'the waiting worker takes every lease', [
        ...wachtend.regels,
      ])
      await schrijfConcepten(store, 2)
      await uiteindelijk(() => bijgewerkt(store), 'the new holder applies what is appended after the takeover')
      expect(await dumpTabellen(store)).toMatchObject(await verwachteTabellen(store))
    } finally {
      await Promise.all([eerste.kill(), tweede.kill()])
    }
  })

  it('--once catches up and prints the lag; a store without tables is refused with exit code 2', async () => {
    const store = await open('once')
    await bouwScenario({ store, opDag: () => undefined })
    const uit: string[] = []
    const code = await main(['--pg', url, '--schema', `project_${run}_once`, 'project', '--once'], {
      stdout: (t) => uit.push(t),
      stderr: (t) => uit.push(t),
    })
    expect(code).toBe(EXIT.ok)
    expect(uit.join('\n')).toContain('tabel-facturen: active, 0 events and 0.0 s behind')
    expect(await dumpTabellen(store)).toMatchObject(await verwachteTabellen(store))

    // Tables left by an older definition (a column short, another version recorded) are rebuilt, and only those.
    await store.withTransaction(async (tx) => {
      await tx.query(`ALTER TABLE ${tx.schema}.weergave_facturen DROP COLUMN k_status`)
      await tx.query(`UPDATE ${tx.schema}.projection_versions SET version = 'oud' WHERE projection = 'tabel-facturen'`)
    })
    const opnieuw: string[] = []
    const tweede = await main(['--pg', url, '--schema', `project_${run}_once`, 'project', '--once'], {
      stdout: (t) => opnieuw.push(t),
      stderr: (t) => opnieuw.push(t),
    })
    expect(tweede).toBe(EXIT.ok)
    expect(opnieuw.filter((r) => r.includes('rebuilt'))).toEqual([
      `tabel-facturen: rebuilt from ${await telEvents(store)} events (definition changed since oud)`,
    ])
    expect(await dumpTabellen(store)).toMatchObject(await verwachteTabellen(store))
    expect(
      (
        await new weergaven.FacturenTabel(store).alleFacturen(weergaven.alleRelaties, {
          filter: { status: 'verwerkt' },
        })
      ).totaal,
    ).toBe(1)

    const fout: string[] = []
    const geweigerd = await main(['project', '--once'], {
      stdout: () => undefined,
      stderr: (t) => fout.push(t),
      openStore: async () => new InMemoryEventStore(),
    })
    expect(geweigerd).toBe(EXIT.fout)
    expect(fout.join('')).toContain('project needs a PostgreSQL store')
  })
})
