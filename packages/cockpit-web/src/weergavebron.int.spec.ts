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
  '/openstaande-posten',
  '/openstaande-posten?peildatum=2026-05-03',
  '/openstaande-posten?peildatum=2026-07-15&relatie=20001',
  '/facturen/A1/F-1',
  '/facturen/A1/F-2',
  '/facturen/A1/F-bestaat-niet',
]

let store: PostgresEventStore | undefined
afterEach(async () => {
  await store?.close()
})

const tekst = async (app: ReturnType<typeof testCockpit>, pad: string, wie: string) =>
  (await app.request(`http://cockpit.test${pad}`, { headers: { 'x-gebruiker': wie } })).text()

describe('the pages over the PostgreSQL view tables', () => {
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

    // Not two empty pages: the journaalpost (R24), the buckets, and R12's 404.
    expect(await tekst(uitTabellen, '/facturen/A1/F-1', 'boekhouder')).toContain('Dagboek 70, boekdatum')
    expect(await tekst(uitTabellen, '/facturen/A1/F-1', 'jan')).toContain('journaalpost-geweigerd')
    expect(await tekst(uitTabellen, '/facturen/A1/F-2', 'jan')).toContain('bestaat niet of u mag haar niet zien')
    expect(await tekst(uitTabellen, '/openstaande-posten?peildatum=2026-05-03', 'jan')).toContain('1834.36')
    expect(await tekst(uitTabellen, '/openstaande-posten?peildatum=2026-05-03', 'jan')).not.toContain('1149.50')

    // The tables are as current as the worker: an issued invoice leaves Niet verwerkte facturen once it catches up.
    await opzet.cockpit.verstrek(
      { administratie: 'A1', factuurId: 'F-2' },
      { commandId: 'verstrek-F-2', occurredAt: NU, actor: 'boekhouder' },
    )
    expect(await tekst(uitTabellen, '/', 'boekhouder')).toContain('data-factuur="F-2"')
    expect(await tekst(uitTabellen, '/facturen/A1/F-2', 'boekhouder')).toContain('/verstrekken')
    for (const p of projecties) await p.catchUp()
    expect(await tekst(uitTabellen, '/', 'boekhouder')).not.toContain('data-factuur="F-2"')
    for (const pad of ['/', '/facturen/A1/F-2']) {
      expect(await tekst(uitTabellen, pad, 'boekhouder')).toBe(await tekst(gevouwen, pad, 'boekhouder'))
    }
    expect(await tekst(uitTabellen, '/facturen/A1/F-2', 'boekhouder')).not.toContain('/verstrekken')
  })

  it('read open items from their own table; while the journal table lags, the invoice page shows the post the cockpit gives', async () => {
    store = await PostgresEventStore.embedded()
    const opzet = await bouwOpzet(store)
    for (const p of weergaven.tabelProjecties(store)) await p.rebuild()
    const niets = { toRecordedAt: new Date(0) }
    await new weergaven.OpenstaandePostenTabel(store).herbouw(niets)
    await new weergaven.JournaalTabel(store).herbouw(niets)
    const gevouwen = testCockpit(opzet, NU)
    const uitTabellen = testCockpit(opzet, NU, tabelBron(store))
    const posten = '/openstaande-posten?peildatum=2026-05-03'
    expect(await tekst(gevouwen, posten, 'boekhouder')).toContain('1834.36')
    expect(await tekst(uitTabellen, posten, 'boekhouder')).not.toContain('1834.36')
    expect(await tekst(uitTabellen, '/facturen/A1/F-1', 'boekhouder')).toBe(
      await tekst(gevouwen, '/facturen/A1/F-1', 'boekhouder'),
    )
    // A peildatum that does not exist is bad input from either source: 400 naming field and value.
    for (const app of [gevouwen, uitTabellen]) {
      const antwoord = await app.request('http://cockpit.test/openstaande-posten?peildatum=2026-02-30', {
        headers: { 'x-gebruiker': 'boekhouder' },
      })
      expect(antwoord.status).toBe(400)
      expect(await antwoord.text()).toContain('peildatum &#39;2026-02-30&#39;: geef een datum als JJJJ-MM-DD')
    }
  })
})
