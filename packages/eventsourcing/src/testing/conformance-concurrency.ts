import { expect, it } from 'vitest'
import { WrongExpectedRevisionError } from '../errors'
import type { EventStore } from '../event-store'
import { events } from './conformance-support'

/** `writers` concurrent writers racing on one stream: exactly one wins each revision and nothing is lost. */
export const concurrencyConformance = (
  store: () => EventStore,
  newStream: (name: string) => string,
  writers: number,
): void => {
  it('concurrent writers on one stream: exactly one wins each revision and nothing is lost', async () => {
    const stream = newStream('race')
    const winnersPerRevision = new Map<bigint, number>()
    let conflicts = 0
    const write = async (writer: number) => {
      // Bounded: an adapter that can never win (e.g. reads a wrong current revision) fails instead of spinning.
      for (let attempt = 0; attempt < writers * 4; attempt++) {
        const current = (await store().readStream(stream)).at(-1)?.streamRevision
        try {
          const result = await store().appendToStream(stream, events(1, `w${writer}-`), current ?? 'no_stream')
          winnersPerRevision.set(
            result.nextExpectedRevision,
            (winnersPerRevision.get(result.nextExpectedRevision) ?? 0) + 1,
          )
          return
        } catch (error) {
          if (!(error instanceof WrongExpectedRevisionError)) throw error
          conflicts++
        }
      }
      throw new Error(`writer ${writer} never won a revision on ${stream}`)
    }
    await Promise.all(Array.from({ length: writers }, (_, i) => write(i)))
    const read = await store().readStream(stream)
    expect(read.length).toBe(writers)
    expect(new Set(read.map((e) => (e.data as { label: string }).label)).size).toBe(writers)
    expect([...winnersPerRevision.values()].every((count) => count === 1)).toBe(true)
    expect(winnersPerRevision.size).toBe(writers)
    expect(conflicts).toBeGreaterThan(0)
  })
}
