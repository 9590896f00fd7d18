import {
  InMemoryEventStore,
  type Projection,
  ProjectionRunner,
  type RecordedEvent,
  replayProjection,
} from '@factuurstroom/eventsourcing'
import { projectionSpec } from '@factuurstroom/eventsourcing/testing'
import { describe, expect, it } from 'vitest'
import { type TellerEvent, tellerEvents } from './teller.fixture'

interface Totaal {
  verhogingen: number
  resets: number
}
const totaalProjection: Projection<Totaal, TellerEvent> = {
  name: 'totaal',
  registry: tellerEvents,
  initialView: () => ({ verhogingen: 0, resets: 0 }),
  evolve: (view, event) => {
    if (event.type === 'Opgehoogd') view.verhogingen += event.data.met
    else view.resets++
    return view
  },
}

const day = (n: number) => new Date(Date.UTC(2026, 0, n))
const seed = async () => {
  let today = day(1)
  const store = new InMemoryEventStore({ clock: () => today })
  for (let i = 1; i <= 10; i++) {
    today = day(i)
    await store.appendToStream(
      `teller-${i % 3}`,
      [
        tellerEvents.toNewEvent(
          { type: 'Opgehoogd', data: { met: i, stand: i } },
          { occurredAt: day(i).toISOString() },
        ),
      ],
      'any',
    )
  }
  return store
}

describe('projection runner', () => {
  it('rebuilds a view from the whole log', async () => {
    const { view, position } = await replayProjection(await seed(), totaalProjection)
    expect(view).toEqual({ verhogingen: 55, resets: 0 })
    expect(position).toBe(9n)
  })

  it('stops at a global position (inclusive) for an audit as of that position', async () => {
    const { view } = await replayProjection(await seed(), totaalProjection, { toPosition: 3n })
    expect(view).toEqual({ verhogingen: 1 + 2 + 3 + 4, resets: 0 })
  })

  it('stops at a recording date (inclusive)', async () => {
    const { view, position } = await replayProjection(await seed(), totaalProjection, { toRecordedAt: day(5) })
    expect(view).toEqual({ verhogingen: 15, resets: 0 })
    expect(position).toBe(4n)
  })

  it('ignores an event delivered twice', async () => {
    const store = await seed()
    const runner = new ProjectionRunner(totaalProjection)
    const page = await store.readAll({ maxCount: 3 })
    for (const event of page.events) runner.apply(event)
    expect(runner.apply(page.events[1] as RecordedEvent)).toBe(false)
    expect(runner.view.verhogingen).toBe(6)
  })

  it('continues from a checkpoint, giving the same view as a full rebuild', async () => {
    const store = await seed()
    const first = new ProjectionRunner(totaalProjection)
    await first.catchUp(store, { toPosition: 4n })
    const resumed = new ProjectionRunner(totaalProjection, { view: first.view, position: first.position })
    await resumed.catchUp(store)
    expect(resumed.view).toEqual((await replayProjection(store, totaalProjection)).view)
  })

  it('follows live events through a subscription and saves checkpoints', async () => {
    const store = await seed()
    const saved: bigint[] = []
    const runner = new ProjectionRunner(totaalProjection)
    const subscription = runner.follow(store, {
      load: async () => undefined,
      save: async (_name, p) => void saved.push(p),
    })
    await store.appendToStream(
      'teller-x',
      [
        tellerEvents.toNewEvent(
          { type: 'Gereset', data: { reden: 'jaarafsluiting' } },
          { occurredAt: day(11).toISOString() },
        ),
      ],
      'no_stream',
    )
    while (runner.position !== 10n) await new Promise((resolve) => setTimeout(resolve, 1))
    await subscription.stop()
    expect(runner.view).toEqual({ verhogingen: 55, resets: 1 })
    expect(saved.at(-1)).toBe(10n)
  })

  it('is specified with given-then on plain events', () => {
    projectionSpec(totaalProjection)
      .given([
        { type: 'Opgehoogd', data: { met: 2, stand: 2 } },
        { type: 'Gereset', data: { reden: 'test' } },
      ])
      .then({ verhogingen: 2, resets: 1 })
  })
})
