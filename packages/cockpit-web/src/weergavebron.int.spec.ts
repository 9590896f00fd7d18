import { weergaven } from '@factuurstroom/facturatie'
import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { afterEach, describe, expect, it } from 'vitest'
import { bouwOpzet, testCockpit } from '../test/opzet'
import { tabelBron } from './weergavebron'

const NU = '2026-04-30T10:00:00.000Z'
const PADEN = [
  '/',
  '/facturen',
  '/facturen?sorteer=factuurdatum&richting=aflopend&grootte=1&pagina=2',
  '/facturen?relatie=10032',
  '/factuurregels?sorteer=bedrag&richting=aflopend',
  '/factuurregels?status=Afgehandeld&van=2026-04-03',
  '/concepten',
  '/journaal',
  '/journaal?periode=2026-04',
]

let store: PostgresEventStore | undefined
afterEach(async () => {
  await store?.close()
})

const tekst = async (app: ReturnType<typeof testCockpit>, pad: string, wie: string) =>
  (await app.request(`http://cockpit.test${pad}`, { headers: { 'x-gebruiker': wie } })).text()

describe('the list pages over the PostgreSQL view tables', () => {
  it('show exactly what the fold shows, for every user (R12), once the worker has caught up', async () => {
    store = await PostgresEventStore.embedded()
    const opzet = await bouwOpzet(store)
    const projecties = weergaven.tabelProjecties(store)
    for (const p of projecties) await p.rebuild()
    const gevouwen = testCockpit(opzet, NU)
    const uitTabellen = testCockpit(opzet, NU, tabelBron(store))
    for (const wie of ['boekhouder', 'jan']) {
      for (const pad of PADEN) {
        const verwacht = await tekst(gevouwen, pad, wie)
        expect(verwacht).toContain('<h1>')
        expect(await tekst(uitTabellen, pad, wie), `${wie} ${pad}`).toBe(verwacht)
      }
    }

    // The tables are as current as the worker: an issued invoice leaves Niet verwerkte facturen once it catches up.
    await opzet.cockpit.verstrek(
      { administratie: 'A1', factuurId: 'F-2' },
      { commandId: 'verstrek-F-2', occurredAt: NU, actor: 'boekhouder' },
    )
    expect(await tekst(uitTabellen, '/', 'boekhouder')).toContain('data-factuur="F-2"')
    for (const p of projecties) await p.catchUp()
    expect(await tekst(uitTabellen, '/', 'boekhouder')).not.toContain('data-factuur="F-2"')
    expect(await tekst(uitTabellen, '/', 'boekhouder')).toBe(await tekst(gevouwen, '/', 'boekhouder'))
  })
})
