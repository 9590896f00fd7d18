import { AggregateCache, InMemoryEventStore, loadAggregate } from '@factuurstroom/eventsourcing'
import { conceptDecider, conceptRegistry, conceptService, conceptStreamId } from '../packages/facturatie/src/concept'
import {
  projectBeurs,
  projectInstellingen,
  relatie10032,
  relatieInstellingen,
} from '../packages/facturatie/src/concept/voorbeeld.fixture'
import { reportGrowth, reportRatio, time } from './measure'

export const title = 'Concept: adding lines one command at a time, then loading the concept back'

const regel = (i: number) => ({
  regelId: `n${i}`,
  project: projectBeurs.nummer,
  soort: i % 2 === 0 ? 'uren' : 'kosten',
  itemcode: i % 2 === 0 ? 'ADV' : 'REIS',
  omschrijving: 'Regel',
  aantal: '1.00',
  prijs: '95.00',
  bedrag: '95.00',
  btwTariefgroep: 'hoog',
  integratiegroep: i % 2 === 0 ? 'UREN' : 'KOSTEN',
})

const vul = async (aantal: number) => {
  const store = new InMemoryEventStore()
  const service = conceptService(store, { cache: new AggregateCache() })
  let conceptId = ''
  const toevoegen = await time(`add ${aantal.toLocaleString('en-US')} lines (one command each, cached)`, async () => {
    for (let i = 0; i < aantal; i++) {
      const result = await service.neemNacalculatieOver(
        {
          administratie: 'ADM01',
          verkooprelatie: relatie10032,
          valuta: 'EUR',
          projectInstellingen,
          relatieInstellingen,
          projecten: [projectBeurs],
          regels: [regel(i)],
        },
        { commandId: `c${i}`, occurredAt: '2026-01-31T12:00:00.000Z' },
      )
      if (result._tag === 'Left') throw new Error(result.left.message)
      conceptId = result.right.concepten[0]?.conceptId ?? ''
    }
    return aantal
  })
  return { store, conceptId, toevoegen }
}

const laden = async (store: InMemoryEventStore, conceptId: string, aantal: number) => {
  const streamId = conceptStreamId('ADM01', conceptId)
  const recorded = await store.readStream(streamId)
  const json = recorded.map((event) => JSON.stringify(event.data))
  const baseline = await time(
    `JSON.parse of the same ${recorded.length.toLocaleString('en-US')} events`,
    () => {
      for (const text of json) JSON.parse(text)
      return aantal
    },
    true,
  )
  const geladen = await time(
    `load ${aantal.toLocaleString('en-US')}-line concept (decode + fold)`,
    async () => {
      const loaded = await loadAggregate(store, streamId, conceptDecider, conceptRegistry)
      if (loaded.state.regels.size !== aantal) throw new Error('lines missing')
      return aantal
    },
    true,
  )
  return { baseline, geladen }
}

export default async function run(): Promise<void> {
  const klein = await vul(1_000)
  const groot = await vul(10_000)
  console.log(' adding lines:')
  reportGrowth(klein.toevoegen, groot.toevoegen)
  const kleinLaden = await laden(klein.store, klein.conceptId, 1_000)
  const grootLaden = await laden(groot.store, groot.conceptId, 10_000)
  console.log(' loading back:')
  reportGrowth(kleinLaden.geladen, grootLaden.geladen)
  console.log(' loading 10,000 lines against its JSON.parse baseline:')
  reportRatio(grootLaden.geladen, grootLaden.baseline, 'lines')
}
