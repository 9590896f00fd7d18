import {
  ANY,
  InvalidArgumentError,
  MaxAppendSizeExceededError,
  NO_STREAM,
  STREAM_EXISTS,
  StreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client'
import { StoreUnavailableError, StreamRejectedError, WrongExpectedRevisionError } from '@factuurstroom/eventsourcing'
import { describe, expect, it } from 'vitest'
import { isStreamNotFound, translateAppendError, translateUnavailable } from '../src/errors'
import { isSystemEvent, toEventData, toRecordedEvent } from '../src/event-mapping'
import { fromClientCurrentRevision, toClientExpectedRevision } from '../src/expected-revision'
import { resolved } from './fake-client'

const location = 'esdb://localhost:2113?tls=false'

describe('EventStoreDB expected revision mapping', () => {
  it('maps every kernel expected revision to the client constant or number', () => {
    expect(toClientExpectedRevision('any')).toBe(ANY)
    expect(toClientExpectedRevision('no_stream')).toBe(NO_STREAM)
    expect(toClientExpectedRevision('stream_exists')).toBe(STREAM_EXISTS)
    expect(toClientExpectedRevision(41n)).toBe(41n)
  })

  it('maps the current revision back', () => {
    expect(fromClientCurrentRevision(NO_STREAM)).toBe('no_stream')
    expect(fromClientCurrentRevision(7n)).toBe(7n)
  })
})

describe('EventStoreDB error mapping', () => {
  it('turns WrongExpectedVersionError into the kernel conflict with expected and actual', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'factuur-1', expected: 3n, current: 5n })
    const translated = translateAppendError(error, 'factuur-1', 3n, location)
    expect(translated).toBeInstanceOf(WrongExpectedRevisionError)
    expect(translated).toMatchObject({ streamId: 'factuur-1', expected: 3n, actual: 5n })
  })

  it('reports a missing stream as actual no_stream', () => {
    const error = new WrongExpectedVersionError(undefined, {
      streamName: 'concept-9',
      expected: STREAM_EXISTS,
      current: NO_STREAM,
    })
    expect(translateAppendError(error, 'concept-9', 'stream_exists', location)).toMatchObject({
      expected: 'stream_exists',
      actual: 'no_stream',
    })
  })

  it('turns the plain gRPC UNAVAILABLE error and UnavailableError into "store unreachable" naming the URL', () => {
    const plain = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 })
    for (const error of [plain, new UnavailableError()]) {
      const translated = translateAppendError(error, 's', 'any', location)
      expect(translated).toBeInstanceOf(StoreUnavailableError)
      expect((translated as Error).message).toContain(`store unreachable at ${location}`)
      expect((translated as Error).cause).toBe(error)
    }
  })

  it('leaves other errors alone', () => {
    const other = Object.assign(new Error('permission denied'), { code: 7 })
    expect(translateUnavailable(other, location)).toBe(other)
    expect(translateAppendError(other, 's', 'any', location)).toBe(other)
  })

  it('recognises StreamNotFoundError', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 'nope'))).toBe(true)
    expect(isStreamNotFound(new Error('nope'))).toBe(false)
  })
})

describe('EventStoreDB event mapping', () => {
  it('carries schemaVersion and the kernel metadata in the event metadata, and reads them back', () => {
    const data = toEventData({
      eventId: '0b6f7d2c-3f0e-4f7e-9a3c-1e2d3c4b5a69',
      type: 'Gefactureerd',
      schemaVersion: 2,
      data: { bedrag: '121.00' },
      metadata: { occurredAt: '2026-01-31T12:00:00.000Z', actor: 'jan' },
    })
    expect(data).toMatchObject({
      id: '0b6f7d2c-3f0e-4f7e-9a3c-1e2d3c4b5a69',
      contentType: 'application/json',
      metadata: { occurredAt: '2026-01-31T12:00:00.000Z', actor: 'jan', schemaVersion: 2 },
    })
    const recorded = toRecordedEvent(
      resolved({
        streamId: 'factuur-1',
        revision: 4n,
        commit: 900n,
        type: data.type,
        data: data.data,
        metadata: data.metadata,
      }),
    )
    expect(recorded).toMatchObject({
      eventId: 'event-900',
      type: 'Gefactureerd',
      schemaVersion: 2,
      data: { bedrag: '121.00' },
      streamId: 'factuur-1',
      streamRevision: 4n,
      globalPosition: 900n,
    })
    expect(recorded.metadata).toEqual({ occurredAt: '2026-01-31T12:00:00.000Z', actor: 'jan' })
  })

  it('knows system events by a $ type or a $ stream', () => {
    expect(isSystemEvent(resolved({ streamId: '$stats', type: 'x', commit: 1n }))).toBe(true)
    expect(isSystemEvent(resolved({ streamId: 'a', type: '$metadata', commit: 1n }))).toBe(true)
    expect(isSystemEvent(resolved({ streamId: 'a', type: 'Gefactureerd', commit: 1n }))).toBe(false)
  })
})

describe('EventStoreDB refusals of the input', () => {
  it('an invalid argument, an append over the size limit and a deleted stream become StreamRejectedError naming the stream', () => {
    for (const error of [
      new InvalidArgumentError('stream name is invalid'),
      new MaxAppendSizeExceededError(undefined, 1_048_576),
      new StreamDeletedError(undefined, 'factuur-1'),
    ]) {
      const translated = translateAppendError(error, 'factuur-1', 'any', location)
      expect(translated, error.name).toBeInstanceOf(StreamRejectedError)
      expect(translated).toMatchObject({ streamId: 'factuur-1', code: 'STREAM_REJECTED', cause: error })
    }
  })
})
