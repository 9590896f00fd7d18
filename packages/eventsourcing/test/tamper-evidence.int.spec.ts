import {
  type EventStore,
  eventHash,
  GENESIS_HASH,
  HashChainingEventStore,
  InMemoryEventStore,
  type LogSeal,
  type RecordedEvent,
  readAllEvents,
  SEAL_STREAM,
  type SerializedEvent,
  sealLog,
  serializeForAppend,
  verifyHashChains,
} from '@factuurstroom/eventsourcing'
import { describe, expect, it } from 'vitest'
import { geboekt } from './geboekt.fixture'

const event = geboekt

const seededLog = async (seal = false) => {
  const store = new HashChainingEventStore(new InMemoryEventStore())
  await store.appendToStream('a', [event('a0'), event('a1')], 'no_stream')
  await store.appendToStream('b', [event('b0')], 'any')
  await store.appendToStream('a', [event('a2')], 'any')
  if (seal) await sealLog(store, '2026-11-22T11:00:00.000Z')
  await store.appendToStream('b', [event('b1')], 0n)
  const log: RecordedEvent[] = []
  for await (const recorded of readAllEvents(store)) log.push(recorded)
  return { store, log }
}

async function* iterate(log: readonly RecordedEvent[]): AsyncGenerator<RecordedEvent> {
  yield* log
}

describe('tamper evidence', () => {
  it('chains each event to the previous one of its stream', async () => {
    const { log } = await seededLog()
    expect(log.every((e) => typeof e.metadata.hash === 'string' && /^[\w-]{43}$/.test(e.metadata.hash))).toBe(true)
    const verification = await verifyHashChains(iterate(log))
    expect(verification.problems).toEqual([])
    expect(verification.eventsChecked).toBe(5)
    expect(verification.streamsChecked).toBe(2)
  })

  it('gives the same running hash for the same log, and another for a different one', async () => {
    const first = await verifyHashChains(iterate((await seededLog()).log))
    const second = await verifyHashChains(iterate((await seededLog()).log))
    expect(second.runningHash).toBe(first.runningHash)
    const shorter = await verifyHashChains(iterate((await seededLog()).log.slice(0, 4)))
    expect(shorter.runningHash).not.toBe(first.runningHash)
  })

  it('names an edited event', async () => {
    const { log } = await seededLog()
    const tampered = log.map((e) => (e.eventId === 'id-a1' ? { ...e, data: { label: 'a1', bedrag: '1000.00' } } : e))
    const { problems } = await verifyHashChains(iterate(tampered))
    expect(problems.map((p) => [p.kind, p.streamId, p.streamRevision, p.eventId])).toEqual([
      ['EDITED', 'a', 1n, 'id-a1'],
    ])
  })

  it('names an edited metadata field too', async () => {
    const { log } = await seededLog()
    const tampered = log.map((e) =>
      e.eventId === 'id-b0' ? { ...e, metadata: { ...e.metadata, actor: 'mallory' } } : e,
    )
    expect((await verifyHashChains(iterate(tampered))).problems.map((p) => p.kind)).toEqual(['EDITED'])
  })

  it('names the event after a removed one', async () => {
    const { log } = await seededLog()
    const tampered = log.filter((e) => e.eventId !== 'id-a1')
    const { problems } = await verifyHashChains(iterate(tampered))
    expect(problems.map((p) => [p.kind, p.streamId, p.streamRevision])).toEqual([['REMOVED', 'a', 2n]])
  })

  it('names reordered events', async () => {
    const { log } = await seededLog()
    const tampered = [log[1], log[0], ...log.slice(2)] as RecordedEvent[]
    const kinds = (await verifyHashChains(iterate(tampered))).problems.map((p) => [p.kind, p.eventId])
    expect(kinds).toEqual([
      ['REORDERED', 'id-a1'],
      ['REORDERED', 'id-a0'],
    ])
  })

  it('a seal detects the removal of a stream’s last event, which no chain shows', async () => {
    const { log } = await seededLog(true)
    expect(log.some((e) => e.streamId === SEAL_STREAM)).toBe(true)
    expect((await verifyHashChains(iterate(log))).problems).toEqual([])
    const tampered = log.filter((e) => e.eventId !== 'id-a2')
    const { problems, sealsChecked } = await verifyHashChains(iterate(tampered))
    expect(sealsChecked).toBe(1)
    expect(problems.map((p) => [p.kind, p.streamId])).toEqual([['SEAL_MISMATCH', SEAL_STREAM]])
  })

  it('names every hash and seal in the hex encoding of an older log instead of calling them edited', async () => {
    const { log } = await seededLog(true)
    const hex = (digest: string) => Buffer.from(digest, 'base64url').toString('hex')
    const older = log.map((e) => ({
      ...e,
      metadata: { ...e.metadata, hash: hex(e.metadata.hash as string) },
      data:
        e.streamId === SEAL_STREAM
          ? { ...(e.data as LogSeal), runningHash: hex((e.data as LogSeal).runningHash) }
          : e.data,
    }))
    const { problems } = await verifyHashChains(iterate(older))
    expect(problems.map((p) => [p.kind, p.streamId, p.streamRevision])).toEqual([
      ['HEX_HASH', 'a', 0n],
      ['HEX_HASH', 'a', 1n],
      ['HEX_HASH', 'b', 0n],
      ['HEX_HASH', 'a', 2n],
      ['HEX_HASH', SEAL_STREAM, 0n],
      ['HEX_HASH', 'b', 1n],
      ['HEX_HASH', SEAL_STREAM, 0n],
    ])
  })

  it('refuses to chain onto a stream whose last hash is hex, naming it, and writes nothing', async () => {
    const inner = new InMemoryEventStore()
    const hex = 'ab'.repeat(32)
    await inner.appendToStream('h', [{ ...event('h0'), metadata: { ...event('h0').metadata, hash: hex } }], 'no_stream')
    const store = new HashChainingEventStore(inner)
    await expect(store.appendToStream('h', [event('h1')], 0n)).rejects.toMatchObject({
      code: 'STREAM_HEX_GEKETEND',
      details: { streamId: 'h', revision: '0' },
    })
    expect((await inner.readStream('h')).map((e) => e.eventId)).toEqual(['id-h0'])
  })

  it('keeps a caller’s own revision conflict, and pins `any` so concurrent appends never fork a chain', async () => {
    const store = new HashChainingEventStore(new InMemoryEventStore())
    await store.appendToStream('c', [event('c0')], 'no_stream')
    await expect(store.appendToStream('c', [event('x')], 5n)).rejects.toThrow(/expected at revision 5/)
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.appendToStream('c', [event(`c${i + 1}`)], 'any')))
    const log: RecordedEvent[] = []
    for await (const recorded of readAllEvents(store)) log.push(recorded)
    expect(log).toHaveLength(21)
    expect((await verifyHashChains(iterate(log))).problems).toEqual([])
  })

  it('hands the store the bytes it hashed: data as canonical JSON, metadata with the hash; a Date it leaves to JSON', async () => {
    const inner = new InMemoryEventStore()
    const written: SerializedEvent[] = []
    const capturing: EventStore = {
      appendToStream: (streamId, events, expected) => {
        written.push(...serializeForAppend(streamId, events))
        return inner.appendToStream(streamId, events, expected)
      },
      readStream: (streamId, options) => inner.readStream(streamId, options),
      readAll: (options) => inner.readAll(options),
      subscribeToAll: (handler, options) => inner.subscribeToAll(handler, options),
      close: () => inner.close(),
    }
    const store = new HashChainingEventStore(capturing)
    const plain = { ...event('p'), data: { zeta: [{ b: 2, a: 'é"' }], alpha: null } }
    await store.appendToStream('s', [plain], 'no_stream')
    await store.appendToStream('s', [{ ...event('d'), data: { op: new Date('2026-11-22T10:00:00.000Z'), a: 1 } }], 0n)
    const first = eventHash(GENESIS_HASH, 's', 0n, plain)
    const [, second] = await inner.readStream('s')
    expect(written.map(({ data, metadata }) => [data, metadata])).toEqual([
      ['{"alpha":null,"zeta":[{"a":"é\\"","b":2}]}', `{"occurredAt":"2026-11-22T10:00:00.000Z","hash":"${first}"}`],
      [
        '{"op":"2026-11-22T10:00:00.000Z","a":1}',
        `{"occurredAt":"2026-11-22T10:00:00.000Z","hash":"${second?.metadata.hash}"}`,
      ],
    ])
    const [stored] = await inner.readStream('s')
    expect(stored?.data).toEqual(plain.data)
    expect(stored?.metadata).toEqual({ ...plain.metadata, hash: first })
  })
})
