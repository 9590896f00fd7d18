import { expect, it } from 'vitest'
import type { NewEvent } from '../envelope'
import { AppendTooLargeError } from '../errors'
import type { EventStore } from '../event-store'
import { events } from './conformance-support'

/** The 1 MiB limit on one append: refused over it naming stream, type and size, writing nothing; accepted under. */
export const sizeLimitConformance = (store: () => EventStore, newStream: (name: string) => string): void => {
  it('an append over 1 MiB is refused naming stream, type and size, and writes nothing', async () => {
    const stream = newStream('too-large')
    await store().appendToStream(stream, events(1, 'a'), 'no_stream')
    const large: NewEvent = {
      ...events(1, 'big')[0]!,
      type: 'ConformanceLargeEvent',
      data: { text: 'é'.repeat(600_000) },
    }
    const error = await store()
      .appendToStream(stream, [...events(2, 'b'), large], 0n)
      .then(
        () => undefined,
        (e: unknown) => e,
      )
    expect(error).toBeInstanceOf(AppendTooLargeError)
    const tooLarge = error as AppendTooLargeError
    expect([tooLarge.streamId, tooLarge.eventType, tooLarge.maxBytes]).toEqual([
      stream,
      'ConformanceLargeEvent',
      1024 * 1024,
    ])
    expect(tooLarge.eventBytes).toBeGreaterThan(1_200_000)
    expect(tooLarge.message).toContain(`'${stream}'`)
    expect((await store().readStream(stream)).map((e) => (e.data as { label: string }).label)).toEqual(['a0'])
  })

  it('an append just under 1 MiB is accepted', async () => {
    const stream = newStream('just-under')
    const [event] = events(1, 'big')
    await store().appendToStream(stream, [{ ...event!, data: { text: 'x'.repeat(1_000_000) } }], 'no_stream')
    const [read] = await store().readStream(stream)
    expect((read?.data as { text: string } | undefined)?.text).toHaveLength(1_000_000)
  })
}
