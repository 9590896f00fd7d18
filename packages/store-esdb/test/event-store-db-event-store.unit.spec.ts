import { NO_STREAM } from '@eventstore/db-client'
import { StoreUnavailableError } from '@factuurstroom/eventsourcing'
import { describe, expect, it } from 'vitest'
import { EventStoreDbEventStore } from '../src'
import { fakeClient, resolved } from './fake-client'

const location = 'esdb://fake:2113'

const log = [
  resolved({ streamId: '$settings', type: '$metadata', commit: 10n }),
  resolved({ streamId: 'factuur-1', type: 'Gefactureerd', commit: 20n }),
  resolved({ streamId: 'factuur-1', type: 'Betaald', commit: 30n, revision: 1n }),
  resolved({ streamId: '$stats-127.0.0.1:2113', type: '$statsCollected', commit: 40n }),
  resolved({ streamId: 'factuur-2', type: 'Gefactureerd', commit: 50n }),
]

describe('EventStoreDbEventStore (on a fake client)', () => {
  it('reads all application events after a position, skipping the position itself and system events', async () => {
    const store = new EventStoreDbEventStore(fakeClient(log), location)
    const page = await store.readAll({ after: 20n })
    expect(page.events.map((e) => e.globalPosition)).toEqual([30n, 50n])
    expect(page.isEnd).toBe(true)
    expect(page.position).toBe(50n)
  })

  it('pages without losing or repeating events, moving past system events', async () => {
    const store = new EventStoreDbEventStore(fakeClient(log), location)
    const first = await store.readAll({ maxCount: 2 })
    expect(first.events.map((e) => e.globalPosition)).toEqual([20n, 30n])
    expect(first.isEnd).toBe(false)
    const second = await store.readAll({ after: first.position, maxCount: 2 })
    expect(second.events.map((e) => e.globalPosition)).toEqual([50n])
    expect(second.isEnd).toBe(true)
  })

  it('reads a stream the server does not know as empty', async () => {
    const store = new EventStoreDbEventStore(fakeClient(log), location)
    expect(await store.readStream('factuur-404')).toEqual([])
    expect((await store.readStream('factuur-1')).map((e) => e.streamRevision)).toEqual([0n, 1n])
  })

  it('appends with the mapped expected revision', async () => {
    const client = fakeClient(log)
    const store = new EventStoreDbEventStore(client, location)
    await store.appendToStream(
      'factuur-3',
      [
        {
          eventId: crypto.randomUUID(),
          type: 'Gefactureerd',
          schemaVersion: 1,
          data: {},
          metadata: { occurredAt: 'x' },
        },
      ],
      'no_stream',
    )
    expect(client.appends[0]).toMatchObject({ stream: 'factuur-3', expected: NO_STREAM })
  })

  it('an unreachable server on append is a StoreUnavailableError naming the URL', async () => {
    const unreachable = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 })
    const store = new EventStoreDbEventStore(fakeClient(log, unreachable), location)
    await expect(store.appendToStream('x', [], 'any')).rejects.toThrow(`store unreachable at ${location}`)
  })
})

describe('EventStoreDbEventStore (real client, nothing listening)', () => {
  it('reports the server unreachable without leaking the credentials', async () => {
    const store = EventStoreDbEventStore.connect('esdb://admin:changeit@127.0.0.1:1?tls=false')
    const error = await store
      .appendToStream(
        'x',
        [{ eventId: crypto.randomUUID(), type: 'T', schemaVersion: 1, data: {}, metadata: { occurredAt: 'x' } }],
        'any',
      )
      .catch((e: unknown) => e)
    await store.close()
    expect(error).toBeInstanceOf(StoreUnavailableError)
    expect((error as Error).message).toContain('store unreachable at esdb://127.0.0.1:1?tls=false')
    expect((error as Error).message).not.toContain('changeit')
  })
})
