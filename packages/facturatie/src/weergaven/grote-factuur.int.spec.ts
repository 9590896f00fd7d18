import { decisionEvents, type EventStore, InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { isLeft } from 'fp-ts/lib/Either.js'
import { afterAll, describe, expect, it } from 'vitest'
import { type FactuurEvent, factuurDecider, factuurRegistry, factuurStreamId } from '../factuur'
import { alsEenEvent, GROTE_FACTUUR_EVENTS, groteOpdracht, maakGroteFactuur } from '../factuur/grote-factuur.fixture'
import { alleRelaties } from './autorisatie'
import { alleFacturen, alleFactuurregels } from './facturen'
import { herbouwWeergaven } from './replay'
import { FacturenTabel } from './sql/weergave-tabellen'

const metadata = { commandId: 'groot', occurredAt: '2026-04-01T09:00:00.000Z' }
const schrijf = async (store: EventStore, events: readonly FactuurEvent[]) => {
  await store.appendToStream(
    factuurStreamId('A1', 'F-GROOT'),
    events.map((e) => factuurRegistry.toNewEvent(e, metadata)),
    'any',
  )
}

const besluit = factuurDecider.decide(maakGroteFactuur(), factuurDecider.initialState())
if (isLeft(besluit)) throw new Error(besluit.left.code)
const gesplitst = [...decisionEvents(besluit.right)]
const viewVan = async (events: readonly FactuurEvent[]) => {
  const store = new InMemoryEventStore()
  await schrijf(store, events)
  return (await herbouwWeergaven(store)).view.facturen
}

/** Drops what JSON cannot hold (undefined fields), so an in-memory answer compares with one read from jsonb. */
const alsJson = <T>(value: T): T => JSON.parse(JSON.stringify(value))

describe('the facturen view of an invoice recorded in parts (issue 11)', async () => {
  const deel = await viewVan(gesplitst)
  const heel = await viewVan(alsEenEvent(gesplitst))
  const regels = groteOpdracht().regels

  it('has the same invoice row and line rows as the invoice in one event', () => {
    expect(gesplitst.map((e) => e.type)).toEqual(GROTE_FACTUUR_EVENTS)
    const zonderPlaats = ({ positie: _p, aangemaaktOp: _a, ...rij }: { positie: string; aangemaaktOp: string }) => rij
    expect([...deel.facturen.values()].map(zonderPlaats)).toEqual([...heel.facturen.values()].map(zonderPlaats))
    expect(deel.regels).toEqual(heel.regels)
  })

  it('the rows say what the lines say: 600 lines in order, projects, origins and the totals', () => {
    const [rij] = alleFacturen(deel, alleRelaties).rijen
    expect(rij).toMatchObject({
      factuurId: 'F-GROOT',
      soort: 'verzamel',
      aantalRegels: 600,
      totaalNetto: '240597.00',
      totaalBtw: '43280.73',
      totaalBruto: '283877.73',
      positie: '4',
    })
    const rijen = alleFactuurregels(deel, alleRelaties, { pagina: { nummer: 1, grootte: 1000 } }).rijen
    expect(rijen.map((r) => [r.volgorde, r.regelId, r.bedrag])).toEqual(regels.map((r, i) => [i, r.regelId, r.bedrag]))
    expect(rijen.filter((r) => r.project === 'P2026-099').length).toBe(60)
    expect(rijen.filter((r) => r.project === 'P2026-017').length).toBe(540)
    expect(rijen[599]).toMatchObject({ regelId: 'R600', project: 'P2026-099', bron: 'concept', bronId: 'C-006' })
    expect(rijen[598]).toMatchObject({ regelId: 'R599', project: 'P2026-017', bronRegelId: 'R599', btwCode: 'HOOG' })
  })

  it('the PostgreSQL tables, applying one event per page, hold exactly the in-memory rows', async () => {
    const store = await PostgresEventStore.embedded()
    afterAll(() => store.close())
    await schrijf(store, gesplitst)
    const tabel = new FacturenTabel(store, 1)
    await tabel.maakAan()
    expect(await tabel.werkBij()).toBe(5)
    const { facturen } = (await herbouwWeergaven(store)).view
    expect(facturen.regels).toEqual(deel.regels)
    const vraag = { pagina: { nummer: 1, grootte: 1000 } }
    expect(await tabel.alleFactuurregels(alleRelaties, vraag)).toEqual(
      alsJson(alleFactuurregels(facturen, alleRelaties, vraag)),
    )
    expect(await tabel.alleFacturen(alleRelaties)).toEqual(alsJson(alleFacturen(facturen, alleRelaties)))
  })
})
