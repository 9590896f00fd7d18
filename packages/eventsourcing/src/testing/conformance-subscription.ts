import { expect, it } from 'vitest'
import type { EventStore } from '../event-store'
import { events, lastPosition, receiveLabels } from './conformance-support'

/** A subscription to all: catches up from a position, then delivers live events in order, and stops. */
export const subscriptionConformance = (store: () => EventStore, newStream: (name: string) => string): void => {
  it('catches up, then delivers live events in order, and stops', async () => {
    const stream = newStream('subscription')
    const before = await lastPosition(store())
    await store().appendToStream(stream, events(3, 'old'), 'no_stream')
    const { received } = receiveLabels(store(), [stream], 6, before)
    await store().appendToStream(stream, events(3, 'new'), 2n)
    expect(await received).toEqual(['old0', 'old1', 'old2', 'new0', 'new1', 'new2'])
  })
}
