import { type NewEvent, StreamRejectedError } from '@factuurstroom/eventsourcing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appendEvents } from '../src/append'
import { translateAppendRefusal } from '../src/driver-errors'
import { quoteIdentifier } from '../src/identifiers'
import { migrate } from '../src/migrations'
import { PgliteDatabase } from '../src/pglite-database'

const event = (data: Record<string, unknown>): NewEvent => ({
  eventId: globalThis.crypto.randomUUID(),
  type: 'Hostile',
  schemaVersion: 1,
  data,
  metadata: { occurredAt: '2026-01-01T00:00:00.000Z' },
})

/** What PostgreSQL itself answers when input gets past the store's own check, and what the adapter makes of it. */
describe('PostgreSQL refusals become StreamRejectedError', () => {
  let db: PgliteDatabase
  const s = quoteIdentifier('driver_errors')
  beforeAll(async () => {
    db = await PgliteDatabase.open(undefined)
    await migrate(db, 'driver_errors')
  })
  afterAll(async () => db?.close())

  const refusal = async (streamId: string, events: NewEvent[]): Promise<unknown> => {
    try {
      await appendEvents(db, s, streamId, events, 'any')
    } catch (error) {
      return error
    }
    throw new Error('PostgreSQL accepted the append')
  }

  it('a NUL in the JSON data: the raw driver error maps to a typed refusal naming the stream and SQLSTATE', async () => {
    const raw = await refusal('hostile-data', [event({ omschrijving: 'a\u0000b' })])
    expect(raw).not.toBeInstanceOf(StreamRejectedError)
    const mapped = translateAppendRefusal(raw, 'hostile-data')
    expect(mapped).toBeInstanceOf(StreamRejectedError)
    expect(mapped).toMatchObject({ streamId: 'hostile-data', code: 'STREAM_REJECTED', cause: raw })
    expect((mapped as Error).message).toMatch(/^Stream 'hostile-data' cannot be stored: PostgreSQL refused it \(22/)
  })

  it('a NUL in the stream id maps the same way', async () => {
    const raw = await refusal('a\u0000b', [event({})])
    expect(translateAppendRefusal(raw, 'a\u0000b')).toMatchObject({ streamId: 'a\u0000b', code: 'STREAM_REJECTED' })
  })

  it('an error that is not about the input is passed on unchanged', () => {
    const other = Object.assign(new Error('deadlock detected'), { code: '40P01' })
    expect(translateAppendRefusal(other, 'x')).toBe(other)
  })
})
