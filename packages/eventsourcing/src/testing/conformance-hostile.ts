import { describe, expect, it } from 'vitest'
import type { NewEvent } from '../envelope'
import { StreamRejectedError } from '../errors'
import { type EventStore, readAllEvents } from '../event-store'

const rlo = '\u202e'
const nul = '\u0000'
const loneSurrogate = '\ud800'

/** Stream ids every store holds and returns exactly as written. */
const heldIds = (prefix: string): Record<string, string> => ({
  'a right-to-left override': `${prefix}-${rlo}gpj.exe`,
  quotes: `${prefix}-'; DROP TABLE events; --"`,
  emoji: `${prefix}-😀-👩‍👩‍👧`,
  'a slash and dots': `${prefix}-../../etc/passwd/a/b`,
  'percent escapes and backslashes': `${prefix}-%00\\u0000\\`,
  'white space and line breaks': `${prefix}- a\tb\nc `,
  'the longest id: 1,000 UTF-8 bytes': `${prefix}-${'é'.repeat((1000 - prefix.length - 1) / 2)}`,
})

/** Stream ids no store can hold: each is refused with `StreamRejectedError` naming it, and nothing is written. */
const refusedIds = (prefix: string): Record<string, string> => ({
  'a NUL character': `${prefix}-a${nul}b`,
  'a lone surrogate': `${prefix}-${loneSurrogate}`,
  'a 10 KB id': `${prefix}-${'x'.repeat(10 * 1024)}`,
  'an empty id': '',
  "a system stream ('$' first)": `$${prefix}`,
})

const hostileData = {
  rlo: `${rlo}Koninklijke Exhibitions`,
  quotes: `'; DROP TABLE events; -- "\\"`,
  emoji: '😀 €1.021,00 👩‍👩‍👧',
  escapes: '\\u0000 and \\x00 as text',
  lines: 'regel 1\r\nregel 2\n',
  long: 'x'.repeat(10 * 1024),
  "key with 'quotes' and 😀": true,
  nested: [{ [`${rlo}`]: [null, 0, -1.5, ''] }],
}

const at = { occurredAt: '2026-01-01T00:00:00.000Z' }

/** Payloads no store can hold, by where the problem sits. */
const refusedPayloads: Record<string, Pick<NewEvent, 'type' | 'data' | 'metadata'>> = {
  'a NUL character in data': { type: 'Hostile', data: { omschrijving: `a${nul}b` }, metadata: at },
  'a NUL character in a key': { type: 'Hostile', data: { [`a${nul}`]: 1 }, metadata: at },
  'a NUL character in metadata': { type: 'Hostile', data: {}, metadata: { ...at, actor: nul } },
  'a lone surrogate in data': { type: 'Hostile', data: { naam: [`x${loneSurrogate}`] }, metadata: at },
  'NaN in data': { type: 'Hostile', data: { aantal: Number.NaN }, metadata: at },
  'a NUL character in the type': { type: `Hostile${nul}`, data: {}, metadata: at },
}

const event = (part: Partial<NewEvent> = {}): NewEvent => ({
  eventId: globalThis.crypto.randomUUID(),
  type: 'Hostile',
  schemaVersion: 1,
  data: {},
  metadata: at,
  ...part,
})

const rejection = async (work: Promise<unknown>): Promise<StreamRejectedError> => {
  try {
    await work
  } catch (error) {
    if (error instanceof StreamRejectedError) return error
    throw error
  }
  throw new Error('expected a StreamRejectedError, but the store accepted the append')
}

/**
 * The hostile part of the store contract: what one store holds, every store holds exactly; what one refuses, every
 * store refuses with `StreamRejectedError` naming the stream, writing nothing.
 */
export const hostileInputConformance = (store: () => EventStore, newStream: (name: string) => string): void => {
  describe('hostile input', () => {
    it('holds hostile stream ids exactly: each reads back as written and stays apart from the others', async () => {
      const ids = Object.values(heldIds(newStream('held')))
      for (const id of ids) await store().appendToStream(id, [event({ data: { id } })], 'no_stream')
      for (const id of ids) {
        const read = await store().readStream(id)
        expect(
          read.map((e) => [e.streamId, (e.data as { id: string }).id]),
          id,
        ).toEqual([[id, id]])
      }
    })

    it('refuses stream ids no store can hold, naming the stream, and writes nothing', async () => {
      for (const [what, id] of Object.entries(refusedIds(newStream('refused')))) {
        const before = await lastPosition(store())
        const error = await rejection(store().appendToStream(id, [event()], 'any'))
        expect(error.streamId, what).toBe(id)
        expect(error.code).toBe('STREAM_REJECTED')
        expect(await store().readStream(id), what).toEqual([])
        expect(await lastPosition(store()), what).toBe(before)
      }
    })

    it('holds hostile payloads exactly: right-to-left overrides, quotes, emoji, escapes as text, 10 KB texts', async () => {
      const stream = newStream('payload')
      const written = event({ data: hostileData, metadata: { ...at, actor: `${rlo}jan 😀`, note: '\'"' } })
      await store().appendToStream(stream, [written], 'no_stream')
      const [read] = await store().readStream(stream)
      expect(read?.data).toEqual(hostileData)
      expect(read?.metadata).toEqual(written.metadata)
    })

    it('refuses payloads no store can hold, naming the stream; a batch with one of them writes none', async () => {
      for (const [what, payload] of Object.entries(refusedPayloads)) {
        const stream = newStream('refused-payload')
        await store().appendToStream(stream, [event({ data: { n: 0 } })], 'no_stream')
        const error = await rejection(store().appendToStream(stream, [event({ data: { n: 1 } }), event(payload)], 0n))
        expect(error.streamId, what).toBe(stream)
        expect(error.message, what).toContain('nothing was appended')
        expect(
          (await store().readStream(stream)).map((e) => e.data),
          what,
        ).toEqual([{ n: 0 }])
      }
    })
  })
}

const lastPosition = async (store: EventStore): Promise<bigint | undefined> => {
  let position: bigint | undefined
  for await (const e of readAllEvents(store, { after: undefined, maxCount: 5000 })) position = e.globalPosition
  return position
}
