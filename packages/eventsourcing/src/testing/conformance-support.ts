// Shared by the conformance suite's topics: test events and a few reads of the log.
import type { NewEvent, RecordedEvent } from '../envelope'
import { WrongExpectedRevisionError } from '../errors'
import { type EventStore, readAllEvents } from '../event-store'

/** `count` small events labelled `<label>0`, `<label>1`, ... */
export const events = (count: number, label: string): NewEvent[] =>
  Array.from({ length: count }, (_, i) => ({
    eventId: globalThis.crypto.randomUUID(),
    type: 'ConformanceEvent',
    schemaVersion: 1,
    data: { label: `${label}${i}` },
    metadata: { occurredAt: '2026-01-01T00:00:00.000Z' },
  }))

/** The `WrongExpectedRevisionError` an append must fail with; anything else fails the test. */
export const appendError = async (
  store: EventStore,
  stream: string,
  batch: NewEvent[],
  expected: Parameters<EventStore['appendToStream']>[2],
): Promise<WrongExpectedRevisionError> => {
  try {
    await store.appendToStream(stream, batch, expected)
  } catch (error) {
    if (error instanceof WrongExpectedRevisionError) return error
    throw error
  }
  throw new Error(`Expected a WrongExpectedRevisionError appending to ${stream} at ${String(expected)}`)
}

/** The global position of the last event in the log, `undefined` when it is empty. */
export const lastPosition = async (store: EventStore): Promise<bigint | undefined> => {
  let position: bigint | undefined
  for await (const event of readAllEvents(store, { after: undefined, maxCount: 5000 })) position = event.globalPosition
  return position
}

/** Every event of the log after a position. */
export const collect = async (store: EventStore, after: bigint | undefined): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = []
  for await (const event of readAllEvents(store, { after })) all.push(event)
  return all
}

/** A promise that fails after `ms`, to race a wait against. */
export const timeout = (ms: number) =>
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no events within ${ms} ms`)), ms))

/**
 * Subscribes after `after` and collects the labels of the events of `streams` until `count` arrived; `received`
 * resolves with them (or fails after 20 s) and the subscription is stopped.
 */
export const receiveLabels = (
  store: EventStore,
  streams: readonly string[],
  count: number,
  after: bigint | undefined,
): { readonly received: Promise<string[]> } => {
  const labels: string[] = []
  let resolveAll: () => void = () => undefined
  const allReceived = new Promise<void>((resolve) => {
    resolveAll = resolve
  })
  const subscription = store.subscribeToAll(
    (event) => {
      if (!streams.includes(event.streamId)) return
      labels.push((event.data as { label: string }).label)
      if (labels.length === count) resolveAll()
    },
    { after },
  )
  const received = Promise.race([allReceived, timeout(20_000)]).finally(() => subscription.stop())
  return { received: received.then(() => labels) }
}
