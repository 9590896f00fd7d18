import { InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { weergaven } from '@factuurstroom/facturatie'
import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { describe, expect, it } from 'vitest'
import { bouwScenario } from '../../facturatie/src/weergaven/scenario.fixture'
import { EXIT, herbouwTabellen, main, runReplay } from '../src'

const vraag = {
  sorteer: { kolom: 'factuurnummer', richting: 'oplopend' },
  pagina: { nummer: 1, grootte: 1000 },
} as const

describe('replay --tables', () => {
  it('rebuilds every PostgreSQL view table from the log, answering as the in-memory views do', async () => {
    const store = await PostgresEventStore.embedded()
    try {
      await bouwScenario({ store, opDag: () => undefined })
      const herbouwd = await herbouwTabellen(store)
      expect(herbouwd.map((t) => t.tabel)).toEqual(['facturen', 'concepten', 'journaal', 'openstaande posten'])
      expect(herbouwd.every((t) => t.events > 0)).toBe(true)
      const inMemory = (await runReplay(store)).view
      const tabel = await new weergaven.FacturenTabel(store).alleFacturen(weergaven.alleRelaties, vraag)
      const verwacht = weergaven.alleFacturen(inMemory.facturen, weergaven.alleRelaties, vraag)
      expect(tabel.totaal).toBeGreaterThan(0)
      expect(tabel).toEqual(verwacht)
    } finally {
      await store.close()
    }
  }, 120_000)

  it('is refused, with exit code 2, on a store that keeps no tables', async () => {
    const fout: string[] = []
    const code = await main(['replay', '--tables'], {
      stdout: () => undefined,
      stderr: (t) => fout.push(t),
      openStore: async () => new InMemoryEventStore(),
    })
    expect(code).toBe(EXIT.fout)
    expect(fout.join('')).toContain('replay --tables needs a PostgreSQL store')
  })
})
