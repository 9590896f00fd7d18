import { expect, it } from 'vitest'
import type { RecordedEvent } from '../envelope'
import type { EventStore } from '../event-store'
import { collect, events, lastPosition } from './conformance-support'

/** The global log: append order across streams, and paging through it with every event exactly once. */
export const globalLogConformance = (store: () => EventStore, newStream: (name: string) => string): void => {
  it('orders all events globally in append order, across streams', async () => {
    const first = newStream('global-a')
    const second = newStream('global-b')
    const before = await lastPosition(store())
    await store().appendToStream(first, events(2, 'a'), 'no_stream')
    await store().appendToStream(second, events(2, 'b'), 'no_stream')
    await store().appendToStream(first, events(1, 'c'), 1n)
    const ours = (await collect(store(), before)).filter((e) => e.streamId === first || e.streamId === second)
    expect(ours.map((e) => (e.data as { label: string }).label)).toEqual(['a0', 'a1', 'b0', 'b1', 'c0'])
    const positions = ours.map((e) => e.globalPosition)
    expect(positions.every((p, i) => i === 0 || p > (positions[i - 1] as bigint))).toBe(true)
  })

  it('pages through all events: every event exactly once, pages no larger than asked', async () => {
    const stream = newStream('paging')
    const before = await lastPosition(store())
    await store().appendToStream(stream, events(25, 'p'), 'no_stream')
    const seen: RecordedEvent[] = []
    let after = before
    for (;;) {
      const page = await store().readAll({ after, maxCount: 7 })
      expect(page.events.length).toBeLessThanOrEqual(7)
      seen.push(...page.events)
      if (page.isEnd) break
      after = page.position
    }
    const ours = seen.filter((e) => e.streamId === stream)
    expect(ours.map((e) => e.streamRevision)).toEqual(Array.from({ length: 25 }, (_, i) => BigInt(i)))
    expect(new Set(seen.map((e) => e.eventId)).size).toBe(seen.length)
  })
}
