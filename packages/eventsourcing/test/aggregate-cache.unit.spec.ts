import { describe, expect, it } from 'vitest'
import { AggregateCache, CommandIndex } from '../src'

const snapshot = (revision: bigint | undefined) => ({ state: {}, revision, eventsByCommandId: new CommandIndex() })
/** The streams the cache holds (looking one up uses it, so ask once, at the end). */
const bewaard = (cache: AggregateCache, streams: readonly string[]) =>
  streams.filter((s) => {
    const entry = cache.take(s)
    if (entry) cache.set(s, entry)
    return entry !== undefined
  })

describe('AggregateCache', () => {
  it('keeps up to maxStreams, then drops a tenth at once, oldest first; a stream used meanwhile stays', () => {
    const cache = new AggregateCache(20)
    const streams = Array.from({ length: 21 }, (_, i) => `s${i}`)
    for (const s of streams.slice(0, 20)) cache.set(s, snapshot(0n))
    const s0 = cache.take('s0')
    if (s0) cache.set('s0', s0)
    cache.set('s20', snapshot(0n))
    expect(bewaard(cache, streams)).toEqual(['s0', ...streams.slice(3)])
  })

  it('keeps no stream that does not exist yet, and the newest entry even when it may hold one stream only', () => {
    const cache = new AggregateCache(1)
    cache.set('nieuw', snapshot(undefined))
    cache.set('a', snapshot(0n))
    cache.set('b', snapshot(1n))
    expect(bewaard(cache, ['nieuw', 'a', 'b'])).toEqual(['b'])
  })
})
