import { InMemoryEventStore, ProjectionRunner, readAllEvents } from '@factuurstroom/eventsourcing'
import { describe, expect, it } from 'vitest'
import { conceptDecider } from '../concept/decide'
import { conceptRegistry } from '../concept/events'
import { conceptStreamId } from '../concept/sleutel'
import { alleRelaties } from './autorisatie'
import { alleFacturen, nietVerwerkteFacturen } from './facturen'
import { aggregaatOpMoment, herbouwWeergaven, momentopname, totEnMet } from './replay'
import { bouwScenario, DAGEN } from './scenario.fixture'
import { weergavenProjectie } from './weergaven'

describe('replay for audit', async () => {
  const { store, conceptIds } = await bouwScenario()
  const volledig = await herbouwWeergaven(store)

  it('the same events always give the same view: twice, in pages of 1, 7 and 1000, and by a resumed runner', async () => {
    const referentie = momentopname(volledig.view)
    expect(momentopname((await herbouwWeergaven(store)).view)).toBe(referentie)
    for (const maxCount of [1, 7, 1000]) {
      const runner = new ProjectionRunner(weergavenProjectie)
      for await (const event of readAllEvents(store, { maxCount })) runner.apply(event)
      expect(momentopname(runner.view)).toBe(referentie)
    }
    const eerste = new ProjectionRunner(weergavenProjectie)
    await eerste.catchUp(store, { toPosition: 20n })
    const hervat = new ProjectionRunner(weergavenProjectie, { view: eerste.view, position: eerste.position })
    await hervat.catchUp(store)
    // Redelivered history is skipped, never counted twice.
    for await (const event of readAllEvents(store)) expect(hervat.apply(event)).toBe(false)
    expect(momentopname(hervat.view)).toBe(referentie)
    expect(hervat.position).toBe(volledig.position)
  })

  it('rebuilds the views as of a date: before day 3 the second invoice does not exist yet', async () => {
    const { view } = await herbouwWeergaven(store, { toRecordedAt: totEnMet(DAGEN[1]) })
    expect(alleFacturen(view.facturen, alleRelaties).rijen.map((r) => r.factuurId)).toEqual(['F-1'])
    expect(nietVerwerkteFacturen(view.facturen, alleRelaties).totaal).toBe(0)
    expect(view.openstaandePosten.posten.size).toBe(1)
  })

  it('rebuilds the views as of a global position', async () => {
    const gefactureerd: bigint[] = []
    for await (const e of readAllEvents(store)) if (e.type === 'Gefactureerd') gefactureerd.push(e.globalPosition)
    const { view, position } = await herbouwWeergaven(store, { toPosition: gefactureerd[0] })
    expect(position).toBe(gefactureerd[0])
    expect(alleFacturen(view.facturen, alleRelaties).rijen.map((r) => [r.factuurnummer, r.status])).toEqual([
      ['26000001', 'nietVerwerkt'],
    ])
  })

  it("shows an aggregate's state as of a date: the concept before and after it was invoiced", async () => {
    const streamId = conceptStreamId('A1', conceptIds.c10032)
    const voor = await aggregaatOpMoment(store, streamId, conceptDecider, conceptRegistry, {
      toRecordedAt: totEnMet(DAGEN[0]),
    })
    expect(voor.state.status).toBe('nietFactureerbaar')
    expect([...voor.state.regels.keys()]).toEqual(['n1', 'n2', 'n3', 'n4', 'n5'])
    const na = await aggregaatOpMoment(store, streamId, conceptDecider, conceptRegistry, {
      toRecordedAt: totEnMet(DAGEN[1]),
    })
    expect([...na.state.regels.keys()]).toEqual(['n4'])
    expect(na.state.aantalFacturen).toBe(1)
  })

  it('an empty log gives empty views, and a bad moment is refused with a readable message', async () => {
    const leeg = await herbouwWeergaven(new InMemoryEventStore())
    expect(leeg.position).toBeUndefined()
    expect(leeg.view.facturen.facturen.size).toBe(0)
    expect(() => totEnMet('31-03-2026')).toThrow(/not a date/)
  })
})
