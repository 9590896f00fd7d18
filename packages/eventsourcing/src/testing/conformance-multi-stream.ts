import { expect, it } from 'vitest'
import type { NewEvent, RecordedEvent } from '../envelope'
import { AppendTooLargeError, WrongExpectedRevisionError } from '../errors'
import type { AppendResult, EventStore, StreamAppend } from '../event-store'
import { collect, events, lastPosition, receiveLabels } from './conformance-support'

type AppendToStreams = (appends: readonly StreamAppend[]) => Promise<AppendResult[]>

/** The store's `appendToStreams`; fails the test when the store does not have the capability. */
const multi = (store: EventStore): AppendToStreams => {
  const appendToStreams = store.appendToStreams?.bind(store)
  if (!appendToStreams) throw new Error('the store has no appendToStreams, yet its target says multiStreamAppend')
  return appendToStreams
}

const labels = (read: readonly RecordedEvent[]) => read.map((e) => (e.data as { label: string }).label)

/** The error a multi-stream append must fail with; anything else (or success) fails the test. */
const refusal = async (store: EventStore, appends: readonly StreamAppend[]): Promise<unknown> =>
  multi(store)(appends).then(
    () => {
      throw new Error('Expected the multi-stream append to be refused')
    },
    (error: unknown) => error,
  )

/**
 * `appendToStreams`, for a store that has it: all or nothing over several streams, global positions in the order of
 * the parts, the size maximum per stream, subscriptions, and writers racing on overlapping streams.
 */
export const multiStreamConformance = (
  store: () => EventStore,
  newStream: (name: string) => string,
  writers: number,
): void => {
  multiStreamWrites(store, newStream)
  multiStreamLimitsAndSubscription(store, newStream)
  multiStreamRace(store, newStream, writers)
}

/** Order, results, atomicity and empty parts. */
const multiStreamWrites = (store: () => EventStore, newStream: (name: string) => string): void => {
  it('appends to several streams at once, in order, with one result per part', async () => {
    const [a, b] = [newStream('multi-a'), newStream('multi-b')]
    await store().appendToStream(b, events(1, 'b'), 'no_stream')
    const before = await lastPosition(store())
    const results = await multi(store())([
      { streamId: a, events: events(2, 'a'), expected: 'no_stream' },
      { streamId: b, events: events(1, 'b-more'), expected: 0n },
      { streamId: a, events: events(1, 'a-more'), expected: 1n },
    ])
    const appended = (await collect(store(), before)).filter((e) => e.streamId === a || e.streamId === b)
    expect(appended.map((e) => [e.streamId, e.streamRevision, (e.data as { label: string }).label])).toEqual([
      [a, 0n, 'a0'],
      [a, 1n, 'a1'],
      [b, 1n, 'b-more0'],
      [a, 2n, 'a-more0'],
    ])
    const positions = appended.map((e) => e.globalPosition)
    expect(results).toEqual([
      { nextExpectedRevision: 1n, lastPosition: positions[1] },
      { nextExpectedRevision: 1n, lastPosition: positions[2] },
      { nextExpectedRevision: 2n, lastPosition: positions[3] },
    ])
    expect(labels(await store().readStream(a))).toEqual(['a0', 'a1', 'a-more0'])
  })

  it('one stream at a wrong revision refuses the whole append, naming that stream, and writes nothing', async () => {
    const [a, b, c] = [newStream('atomic-a'), newStream('atomic-b'), newStream('atomic-c')]
    await store().appendToStream(b, events(2, 'b'), 'no_stream')
    const before = await lastPosition(store())
    const error = await refusal(store(), [
      { streamId: a, events: events(1, 'a'), expected: 'no_stream' },
      { streamId: b, events: events(1, 'b-late'), expected: 0n },
      { streamId: c, events: events(1, 'c'), expected: 'any' },
    ])
    expect(error).toBeInstanceOf(WrongExpectedRevisionError)
    const conflict = error as WrongExpectedRevisionError
    expect([conflict.streamId, conflict.expected, conflict.actual]).toEqual([b, 0n, 1n])
    expect(await lastPosition(store())).toBe(before)
    expect(await store().readStream(a)).toEqual([])
    expect(labels(await store().readStream(b))).toEqual(['b0', 'b1'])
    expect(await store().readStream(c)).toEqual([])
    // The same append at the right revision goes through afterwards.
    await multi(store())([
      { streamId: a, events: events(1, 'a'), expected: 'no_stream' },
      { streamId: b, events: events(1, 'b-late'), expected: 1n },
    ])
    expect(labels(await store().readStream(b))).toEqual(['b0', 'b1', 'b-late0'])
  })

  it('an empty part writes nothing but its revision is checked with the others', async () => {
    const [a, b] = [newStream('empty-a'), newStream('empty-b')]
    await store().appendToStream(b, events(1, 'b'), 'no_stream')
    const error = await refusal(store(), [
      { streamId: a, events: events(1, 'a'), expected: 'no_stream' },
      { streamId: b, events: [], expected: 'no_stream' },
    ])
    expect([(error as WrongExpectedRevisionError).streamId, (error as WrongExpectedRevisionError).actual]).toEqual([
      b,
      0n,
    ])
    expect(await store().readStream(a)).toEqual([])
    const [forA, forB] = await multi(store())([
      { streamId: a, events: events(1, 'a'), expected: 'no_stream' },
      { streamId: b, events: [], expected: 0n },
    ])
    expect([forA?.nextExpectedRevision, forB?.nextExpectedRevision]).toEqual([0n, 0n])
  })
}

/** The size maximum per stream, and what a subscription sees. */
const multiStreamLimitsAndSubscription = (store: () => EventStore, newStream: (name: string) => string): void => {
  it('the size maximum applies to each stream: one part over 1 MiB refuses all, parts under it pass together', async () => {
    const [a, b] = [newStream('size-a'), newStream('size-b')]
    const big = (label: string, length: number): NewEvent => ({
      ...(events(1, label)[0] as NewEvent),
      type: 'ConformanceLargeEvent',
      data: { text: 'x'.repeat(length) },
    })
    const before = await lastPosition(store())
    const error = await refusal(store(), [
      { streamId: a, events: events(1, 'a'), expected: 'no_stream' },
      { streamId: b, events: [big('b', 1_100_000)], expected: 'no_stream' },
    ])
    expect(error).toBeInstanceOf(AppendTooLargeError)
    expect([(error as AppendTooLargeError).streamId, (error as AppendTooLargeError).eventType]).toEqual([
      b,
      'ConformanceLargeEvent',
    ])
    expect(await lastPosition(store())).toBe(before)
    await multi(store())([
      { streamId: a, events: [big('a', 900_000)], expected: 'no_stream' },
      { streamId: b, events: [big('b', 900_000)], expected: 'no_stream' },
    ])
    const [readA, readB] = [await store().readStream(a), await store().readStream(b)]
    expect([readA, readB].map((read) => (read[0]?.data as { text: string } | undefined)?.text.length)).toEqual([
      900_000, 900_000,
    ])
  })

  it('a subscription sees every event of a multi-stream append, in order', async () => {
    const [a, b] = [newStream('sub-a'), newStream('sub-b')]
    const before = await lastPosition(store())
    const { received } = receiveLabels(store(), [a, b], 4, before)
    await multi(store())([
      { streamId: a, events: events(2, 'a'), expected: 'no_stream' },
      { streamId: b, events: events(2, 'b'), expected: 'no_stream' },
    ])
    expect(await received).toEqual(['a0', 'a1', 'b0', 'b1'])
  })
}

/** Writers racing on overlapping streams, naming them in either order. */
const multiStreamRace = (store: () => EventStore, newStream: (name: string) => string, writers: number): void => {
  it('writers racing on overlapping streams in either order: one wins each revision, the others retry', async () => {
    const [x, y] = [newStream('race-x'), newStream('race-y')]
    let conflicts = 0
    const write = async (writer: number) => {
      for (let attempt = 0; attempt < writers * 4; attempt++) {
        const [atX, atY] = [(await store().readStream(x)).at(-1), (await store().readStream(y)).at(-1)]
        const parts: StreamAppend[] = [
          { streamId: x, events: events(1, `w${writer}-`), expected: atX?.streamRevision ?? 'no_stream' },
          { streamId: y, events: events(1, `w${writer}-`), expected: atY?.streamRevision ?? 'no_stream' },
        ]
        try {
          await multi(store())(writer % 2 === 0 ? parts : parts.reverse())
          return
        } catch (error) {
          if (!(error instanceof WrongExpectedRevisionError)) throw error
          conflicts++
        }
      }
      throw new Error(`writer ${writer} never won on ${x} and ${y}`)
    }
    await Promise.all(Array.from({ length: writers }, (_, i) => write(i)))
    const [readX, readY] = [await store().readStream(x), await store().readStream(y)]
    expect(readX.length).toBe(writers)
    expect(new Set(labels(readX)).size).toBe(writers)
    // Each writer's two events landed together: at the same revision of both streams.
    expect(labels(readY)).toEqual(labels(readX))
    expect(conflicts).toBeGreaterThan(0)
  })
}
