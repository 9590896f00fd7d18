import { InMemoryEventStore, type NewEvent, WrongExpectedRevisionError } from '@factuurstroom/eventsourcing'
import { describe, expect, it } from 'vitest'
import { EnigeSchrijverStore } from './enige-schrijver'

const event = (n: number): NewEvent => ({
  eventId: `e-${n}`,
  type: 'Geteld',
  schemaVersion: 1,
  data: { n },
  metadata: { occurredAt: '2026-03-31T08:00:00.000Z' },
})

/** The store below, counting the reads that reach it. */
const opzet = (leegGeopend: boolean) => {
  const binnen = new InMemoryEventStore()
  const reads: string[] = []
  const lees = binnen.readStream.bind(binnen)
  binnen.readStream = (streamId, options) => {
    reads.push(`${streamId}@${options?.fromRevision ?? 0n}`)
    return lees(streamId, options)
  }
  return { binnen, reads, store: new EnigeSchrijverStore(binnen, leegGeopend) }
}

describe('EnigeSchrijverStore: no round trip for a read that can only come back empty', () => {
  it('answers reads past a stream it wrote, and of streams in a store opened empty, without asking the store', async () => {
    const { store, reads } = opzet(true)
    expect(await store.readStream('nieuw')).toEqual([])
    await store.appendToStream('s', [event(0), event(1)], 'no_stream')
    expect(await store.readStream('s', { fromRevision: 2n })).toEqual([])
    expect(reads).toEqual([])
    // A read that may return events goes to the store, and returns what it holds.
    expect((await store.readStream('s', { fromRevision: 1n })).map((e) => e.data)).toEqual([{ n: 1 }])
    expect(reads).toEqual(['s@1'])
  })

  it('learns a stream from a full read only: a read with a limit may end before the stream does', async () => {
    const { binnen, store, reads } = opzet(false)
    await binnen.appendToStream('s', [event(0), event(1), event(2)], 'no_stream')
    expect(await store.readStream('s', { maxCount: 1 })).toHaveLength(1)
    expect((await store.readStream('s', { fromRevision: 1n })).map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }])
    expect(await store.readStream('s', { fromRevision: 3n })).toEqual([])
    expect(reads).toEqual(['s@0', 's@1'])
  })

  it('a second writer after all: the conflict comes from the store, and the stream is read again from then on', async () => {
    const { binnen, store, reads } = opzet(true)
    await store.appendToStream('s', [event(0)], 'no_stream')
    await binnen.appendToStream('s', [event(1)], 0n)
    await expect(store.appendToStream('s', [event(2)], 0n)).rejects.toBeInstanceOf(WrongExpectedRevisionError)
    expect((await store.readStream('s', { fromRevision: 1n })).map((e) => e.data)).toEqual([{ n: 1 }])
    expect(reads).toEqual(['s@1'])
  })

  it('several streams at once: each is remembered when the append goes through, each forgotten when it is refused', async () => {
    const { binnen, store, reads } = opzet(true)
    await store.appendToStreams?.([
      { streamId: 'a', events: [event(0)], expected: 'no_stream' },
      { streamId: 'b', events: [event(1), event(2)], expected: 'no_stream' },
    ])
    expect([
      await store.readStream('a', { fromRevision: 1n }),
      await store.readStream('b', { fromRevision: 2n }),
    ]).toEqual([[], []])
    expect(reads).toEqual([])
    await binnen.appendToStream('b', [event(3)], 1n)
    const refused = store.appendToStreams?.([
      { streamId: 'a', events: [event(4)], expected: 0n },
      { streamId: 'b', events: [event(5)], expected: 1n },
    ])
    await expect(refused).rejects.toBeInstanceOf(WrongExpectedRevisionError)
    expect((await store.readStream('a', { fromRevision: 1n })).map((e) => e.data)).toEqual([])
    expect((await store.readStream('b', { fromRevision: 2n })).map((e) => e.data)).toEqual([{ n: 3 }])
    expect(reads).toEqual(['a@1', 'b@2'])
  })
})
