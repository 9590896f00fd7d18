import { describe, expect, it } from 'vitest'
import { CommandIndex, type DomainEvent, type RecordedEvent } from '../src'

const recorded = (commandId: string | undefined, n: number): RecordedEvent => ({
  eventId: `e${n}`,
  type: 'T',
  schemaVersion: 1,
  data: { n },
  metadata: commandId === undefined ? { occurredAt: 'x' } : { commandId, occurredAt: 'x' },
  streamId: 's',
  streamRevision: BigInt(n),
  globalPosition: BigInt(n),
  recordedAt: new Date(0),
})
const event = (n: number): DomainEvent => ({ type: 'T', data: { n } })

describe('CommandIndex', () => {
  it('answers the same by its first scan and by the index built afterwards, with appended events added', () => {
    const index = new CommandIndex()
    index.addRecorded([recorded('a', 0), recorded(undefined, 1), recorded('a', 2)], [event(0), event(1), event(2)])
    index.addRecorded([recorded('b', 3)], [event(3)])
    expect(index.get('a')).toEqual([event(0), event(2)])
    expect(index.get('a')).toEqual([event(0), event(2)])
    expect([index.has('b'), index.has('c'), index.size]).toEqual([true, false, 2])
    index.addAppended('c', [event(4), event(5)])
    index.addRecorded([recorded('b', 6)], [event(6)])
    expect([...index.keys()]).toEqual(['a', 'b', 'c'])
    expect(index.get('b')).toEqual([event(3), event(6)])
    expect(index.get('c')).toEqual([event(4), event(5)])
  })

  it('finds appended events by its first scan too, and joins two appends of one command id in order', () => {
    const index = new CommandIndex()
    index.addRecorded([recorded('a', 0)], [event(0)])
    index.addAppended('b', [event(1)])
    index.addAppended('b', [event(2)])
    expect(index.get('b')).toEqual([event(1), event(2)])
    index.addAppended('a', [event(3)])
    expect([index.get('a'), index.get('b'), index.size]).toEqual([[event(0), event(3)], [event(1), event(2)], 2])
  })
})
