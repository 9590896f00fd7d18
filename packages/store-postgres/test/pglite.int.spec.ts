import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { NewEvent } from '@factuurstroom/eventsourcing'
import { afterAll, describe, expect, it } from 'vitest'
import { PostgresEventStore } from '../src'

describe('PostgreSQL embedded (PGlite)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'factuurstroom-pglite-durable-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('keeps events and checkpoints in its directory across a close and reopen', async () => {
    const first = await PostgresEventStore.embedded({ dataDir })
    await first.appendToStream('durable', [event('kept')], 'no_stream')
    await first.checkpoints().save('view', 7n)
    await first.close()

    const second = await PostgresEventStore.embedded({ dataDir })
    expect((await second.readStream('durable')).map((e) => e.data)).toEqual([{ label: 'kept' }])
    expect(await second.checkpoints().load('view')).toBe(7n)
    await second.close()
  })

  it('keeps stores in different schemas of one database apart', async () => {
    const left = await PostgresEventStore.embedded({ dataDir, schema: 'left_store' })
    await left.appendToStream('shared-name', [event('left')], 'no_stream')
    await left.close()
    const right = await PostgresEventStore.embedded({ dataDir, schema: 'right_store' })
    expect(await right.readStream('shared-name')).toEqual([])
    expect((await right.readAll()).events).toEqual([])
    await right.close()
  })
})

const event = (label: string): NewEvent => ({
  eventId: globalThis.crypto.randomUUID(),
  type: 'PgliteTestEvent',
  schemaVersion: 1,
  data: { label },
  metadata: { occurredAt: '2026-01-01T00:00:00.000Z' },
})
