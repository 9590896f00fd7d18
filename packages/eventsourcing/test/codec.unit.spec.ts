import { DecodeError, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft, isRight } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { tellerEvents } from './teller.fixture'

describe('codecs', () => {
  it('decodes a current-version event', () => {
    const result = tellerEvents.decode({ type: 'Opgehoogd', schemaVersion: 2, data: { met: 1, stand: 4 } })
    expect(isRight(result) && result.right).toEqual({ type: 'Opgehoogd', data: { met: 1, stand: 4 } })
  })

  it('upcasts an old schema version on read', () => {
    const result = tellerEvents.decode({ type: 'Opgehoogd', schemaVersion: 1, data: { met: 1 } })
    expect(isRight(result) && result.right).toEqual({ type: 'Opgehoogd', data: { met: 1, stand: -1 } })
  })

  it('refuses a schema version newer than the code', () => {
    const result = tellerEvents.decode({ type: 'Opgehoogd', schemaVersion: 3, data: { met: 1, stand: 1 } })
    expect(isLeft(result) && result.left.message).toBe(
      'Invalid Opgehoogd: schemaVersion: unsupported schema version (this code knows 1..2) (got 3)',
    )
  })

  it('names the event type, the path and the value of a bad field', () => {
    const result = tellerEvents.decode({ type: 'Opgehoogd', schemaVersion: 2, data: { met: 'veel', stand: 1 } })
    expect(isLeft(result)).toBe(true)
    const error = (result as { left: DecodeError }).left
    expect(error.subject).toBe('Opgehoogd')
    expect(error.problems).toEqual([{ path: 'met', value: 'veel', message: 'expected number' }])
    expect(error.message).toBe('Invalid Opgehoogd: met: expected number (got "veel")')
  })

  it('refuses an unknown event type', () => {
    const result = tellerEvents.decode({ type: 'Onbekend', schemaVersion: 1, data: {} })
    expect(isLeft(result) && result.left.problems).toEqual([
      { path: 'type', value: 'Onbekend', message: 'unknown event type' },
    ])
  })

  it('refuses to write an event whose data does not match its codec', () => {
    expect(() =>
      tellerEvents.toNewEvent({ type: 'Opgehoogd', data: { met: 1 } } as never, {
        occurredAt: '2026-01-01T00:00:00.000Z',
      }),
    ).toThrow(DecodeError)
  })

  it('decodes commands with nested paths in the error', () => {
    const Command = t.type({ regels: t.array(t.type({ aantal: t.number })) })
    const result = decodeWith(Command, 'VoegRegelsToe', { regels: [{ aantal: 1 }, { aantal: '2' }] })
    expect(isLeft(result) && result.left.problems).toEqual([
      { path: 'regels.1.aantal', value: '2', message: 'expected number' },
    ])
  })
})
