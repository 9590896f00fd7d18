import { expect, it } from 'vitest'
import { WrongExpectedRevisionError } from '../errors'
import type { EventStore } from '../event-store'
import { appendError, events } from './conformance-support'

/** Appending with an expected revision: no_stream, stream_exists, an exact revision, any; a conflict writes nothing. */
export const expectedRevisionConformance = (store: () => EventStore, newStream: (name: string) => string): void => {
  it('no_stream creates a stream with revisions from 0', async () => {
    const stream = newStream('new')
    const result = await store().appendToStream(stream, events(3, 'a'), 'no_stream')
    expect(result.nextExpectedRevision).toBe(2n)
    const read = await store().readStream(stream)
    expect(read.map((e) => e.streamRevision)).toEqual([0n, 1n, 2n])
    expect(read.map((e) => (e.data as { label: string }).label)).toEqual(['a0', 'a1', 'a2'])
  })

  it('no_stream on an existing stream conflicts, naming expected and actual', async () => {
    const stream = newStream('exists')
    await store().appendToStream(stream, events(2, 'a'), 'no_stream')
    const error = await appendError(store(), stream, events(1, 'b'), 'no_stream')
    expect(error).toBeInstanceOf(WrongExpectedRevisionError)
    expect(error.streamId).toBe(stream)
    expect(error.expected).toBe('no_stream')
    expect(error.actual).toBe(1n)
  })

  it('stream_exists on a missing stream conflicts with actual no_stream', async () => {
    const stream = newStream('missing')
    const error = await appendError(store(), stream, events(1, 'a'), 'stream_exists')
    expect(error.expected).toBe('stream_exists')
    expect(error.actual).toBe('no_stream')
    expect(await store().readStream(stream)).toEqual([])
  })

  it('stream_exists on an existing stream appends', async () => {
    const stream = newStream('exists-ok')
    await store().appendToStream(stream, events(1, 'a'), 'no_stream')
    const result = await store().appendToStream(stream, events(2, 'b'), 'stream_exists')
    expect(result.nextExpectedRevision).toBe(2n)
  })

  it('an exact revision appends when it matches and conflicts when it does not', async () => {
    const stream = newStream('exact')
    await store().appendToStream(stream, events(2, 'a'), 'no_stream')
    const ok = await store().appendToStream(stream, events(1, 'b'), 1n)
    expect(ok.nextExpectedRevision).toBe(2n)
    const error = await appendError(store(), stream, events(1, 'c'), 1n)
    expect(error.expected).toBe(1n)
    expect(error.actual).toBe(2n)
  })

  it('an exact revision on a missing stream conflicts', async () => {
    const stream = newStream('exact-missing')
    const error = await appendError(store(), stream, events(1, 'a'), 0n)
    expect(error.expected).toBe(0n)
    expect(error.actual).toBe('no_stream')
  })

  it('any appends whether or not the stream exists', async () => {
    const stream = newStream('any')
    expect((await store().appendToStream(stream, events(1, 'a'), 'any')).nextExpectedRevision).toBe(0n)
    expect((await store().appendToStream(stream, events(1, 'b'), 'any')).nextExpectedRevision).toBe(1n)
  })

  it('a conflicting batch writes none of its events', async () => {
    const stream = newStream('atomic')
    await store().appendToStream(stream, events(1, 'a'), 'no_stream')
    await appendError(store(), stream, events(5, 'b'), 5n)
    const read = await store().readStream(stream)
    expect(read.map((e) => (e.data as { label: string }).label)).toEqual(['a0'])
  })
}
