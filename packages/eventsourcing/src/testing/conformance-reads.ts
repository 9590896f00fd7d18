import { expect, it } from 'vitest'
import type { NewEvent, RecordedEvent } from '../envelope'
import type { EventStore } from '../event-store'
import { events } from './conformance-support'

/** Reading one stream: every field round-trips, a missing stream is empty, from a revision with a maximum count. */
export const streamReadConformance = (store: () => EventStore, newStream: (name: string) => string): void => {
  it('round-trips id, type, schema version, data and metadata, and stamps the record', async () => {
    const stream = newStream('roundtrip')
    const event: NewEvent = {
      eventId: globalThis.crypto.randomUUID(),
      type: 'BedragGeboekt',
      schemaVersion: 3,
      data: {
        bedrag: '1021.25',
        regels: [{ aantal: '7.50' }],
        leeg: null,
        tekst: 'Koninklijke Exhibitions Benelux B.V.',
      },
      metadata: {
        commandId: 'cmd-1',
        correlationId: 'corr-1',
        causationId: 'cause-1',
        actor: 'jan',
        occurredAt: '2026-01-31T12:00:00.000Z',
      },
    }
    const result = await store().appendToStream(stream, [event], 'no_stream')
    const [read] = await store().readStream(stream)
    expect(read).toBeDefined()
    const recorded = read as RecordedEvent
    expect(recorded.eventId).toBe(event.eventId)
    expect(recorded.type).toBe(event.type)
    expect(recorded.schemaVersion).toBe(3)
    expect(recorded.data).toEqual(event.data)
    expect(recorded.metadata).toEqual(event.metadata)
    expect(recorded.streamId).toBe(stream)
    expect(recorded.streamRevision).toBe(0n)
    expect(recorded.globalPosition).toBe(result.lastPosition)
    expect(recorded.recordedAt).toBeInstanceOf(Date)
  })

  it('a missing stream reads as empty', async () => {
    expect(await store().readStream(newStream('never'))).toEqual([])
  })

  it('reads a stream from a revision, with a maximum count', async () => {
    const stream = newStream('from')
    await store().appendToStream(stream, events(10, 'a'), 'no_stream')
    const read = await store().readStream(stream, { fromRevision: 4n, maxCount: 3 })
    expect(read.map((e) => e.streamRevision)).toEqual([4n, 5n, 6n])
  })
}

/** A stream of `size` events written in batches of 1,000 reads back whole and in order. */
export const bulkStreamConformance = (
  store: () => EventStore,
  newStream: (name: string) => string,
  size: number,
): void => {
  it(`writes and reads back a stream of ${size} events`, async () => {
    const stream = newStream('bulk')
    let expected: 'no_stream' | bigint = 'no_stream'
    for (let offset = 0; offset < size; offset += 1000) {
      const result = await store().appendToStream(
        stream,
        events(Math.min(1000, size - offset), `b${offset}-`),
        expected,
      )
      expected = result.nextExpectedRevision
    }
    const read = await store().readStream(stream)
    expect(read.length).toBe(size)
    expect(read.every((e, i) => e.streamRevision === BigInt(i))).toBe(true)
    expect(read.at(-1)?.streamRevision).toBe(BigInt(size - 1))
  })
}
