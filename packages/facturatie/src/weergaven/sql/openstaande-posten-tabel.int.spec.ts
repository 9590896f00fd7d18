import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { afterAll, describe, expect, it } from 'vitest'
import { alleRelaties } from '../autorisatie'
import { herbouwWeergaven } from '../replay'
import { bouwScenario } from '../scenario.fixture'
import { OpenstaandePostenTabel } from './openstaande-posten-tabel'
import type { TransactioneleStore } from './transactie'

describe('openstaande posten as a PostgreSQL table (PGlite), updated in one transaction with its checkpoint', async () => {
  const store = await PostgresEventStore.embedded()
  afterAll(() => store.close())
  await bouwScenario({ store, opDag: () => undefined })
  const inMemory = (await herbouwWeergaven(store)).view.openstaandePosten
  const verwacht = [...inMemory.posten.values()].sort((a, b) => (a.factuurnummer < b.factuurnummer ? -1 : 1))

  it('a table rebuilt from the log holds exactly the in-memory view, and a second run applies nothing twice', async () => {
    const tabel = new OpenstaandePostenTabel(store)
    await tabel.maakAan()
    await tabel.herbouw()
    expect(await tabel.rijen(alleRelaties)).toEqual(verwacht)
    const checkpoint = await tabel.checkpoint()
    expect(checkpoint).toBe((await herbouwWeergaven(store)).position)
    expect(await tabel.werkBij()).toBe(0)
    expect(await tabel.totaalPerDebiteur(alleRelaties)).toEqual([
      { administratie: 'A1', debiteur: '10032', aantal: 1, totaal: '1834.36' },
      { administratie: 'A1', debiteur: '20001', aantal: 1, totaal: '1149.50' },
    ])
  })

  it('resumes from its checkpoint in small pages and ends where a full rebuild ends', async () => {
    const tabel = new OpenstaandePostenTabel(store, 'openstaande-posten-gepagineerd', 3)
    await tabel.maakAan()
    const eerste = verwacht[0]?.positie as string
    await tabel.herbouw({ toPosition: BigInt(eerste) })
    expect((await tabel.rijen(alleRelaties)).map((r) => r.factuurnummer)).toEqual([verwacht[0]?.factuurnummer])
    expect(await tabel.checkpoint()).toBe(BigInt(eerste))
    await tabel.werkBij()
    expect(await tabel.rijen(alleRelaties)).toEqual(verwacht)
  })

  it('a crash before commit leaves neither rows nor checkpoint behind', async () => {
    const naam = 'openstaande-posten-crash'
    const tabel = new OpenstaandePostenTabel(store, naam)
    await store.withTransaction((tx) => tx.query(`DELETE FROM ${tx.schema}.openstaande_posten`))
    // The same store, but every transaction that wrote rows throws after its work, before COMMIT.
    const crashend: TransactioneleStore = {
      readAll: (options) => store.readAll(options),
      withTransaction: (work) =>
        store.withTransaction(async (tx) => {
          let geschreven = false
          const uitkomst = await work({
            ...tx,
            query: (text, params) => {
              if (text.includes('INSERT INTO')) geschreven = true
              return tx.query(text, params)
            },
            checkpoints: tx.checkpoints,
            schema: tx.schema,
          })
          if (geschreven) throw new Error('crash before commit')
          return uitkomst
        }),
    }
    await expect(new OpenstaandePostenTabel(crashend, naam).werkBij()).rejects.toThrow('crash before commit')
    expect(await tabel.rijen(alleRelaties)).toEqual([])
    expect(await tabel.checkpoint()).toBeUndefined()
    await tabel.werkBij()
    expect(await tabel.rijen(alleRelaties)).toEqual(verwacht)
  })
})
