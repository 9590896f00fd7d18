import { expect, it } from 'vitest'
import type { EventStore } from '../event-store'
import { events, lastPosition, timeout } from './conformance-support'

/** A subscription to all: catches up from a position, then delivers live events in order, and stops. */
export const subscriptionConformance = (store: () => EventStore, newStream: (name: string) => string): void => {
  it('catches up, then delivers live events in order, and stops', async () => {
    const stream = newStream('subscription')
    const before = await lastPosition(store())
    await store().appendToStream(stream, events(3, 'old'), 'no_stream')
    const received: string[] = []
    let resolveAll: () => void = () => undefined
    const allReceived = new Promise<void>((resolve) => {
      resolveAll = resolve
    })
    const subscription = store().subscribeToAll(
      (event) => {
        if (event.streamId !== stream) return
        received.push((event.data as { label: string }).label)
        if (received.length === 6) resolveAll()
      },
      { after: before },
    )
    await store().appendToStream(stream, events(3, 'new'), 2n)
    await Promise.race([allReceived, timeout(20_000)])
    await subscription.stop()
    expect(received).toEqual(['old0', 'old1', 'old2', 'new0', 'new1', 'new2'])
  })
}
