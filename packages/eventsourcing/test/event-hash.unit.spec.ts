import { describe, expect, it } from 'vitest'
import { canonicalJson, eventHash } from '../src'
import { portableSha256Hex, sha256Hex } from '../src/tamper-evidence/sha256-hex'

const event = {
  eventId: 'e"1',
  type: 'T',
  schemaVersion: 2,
  data: { b: [1, { z: 'é', a: null, u: undefined }], a: '1.50', n: 12n },
  metadata: { occurredAt: 'x', commandId: 'c', hash: 'old', actor: undefined },
}

describe('event hash', () => {
  it('is the digest the earlier, object-building implementation gave (the chain format is unchanged)', () => {
    const hashes = [0n, 1n, 2n].map((revision) => eventHash('ab'.repeat(32), 'stream-ü', revision, event as never))
    expect(hashes).toEqual([
      '84ef0c05dca05814c64909300a9be315a2a2c07d4761847f05632cf76eb79b74',
      '065e8366f3936cb0dd491ca66af41407dc7a79b09135b20679cf720422bd201d',
      '7a3c2dfa76fb7bbc8d4b2802fb8a21d70a4014f7ba83a38d05b7d57e393b02e2',
    ])
  })

  it('ignores the hash already in the metadata and key order, but not a changed value', () => {
    const base = eventHash('0'.repeat(64), 's', 0n, event as never)
    const reordered = { ...event, metadata: { commandId: 'c', occurredAt: 'x', hash: 'other' } }
    expect(eventHash('0'.repeat(64), 's', 0n, reordered as never)).toBe(base)
    const edited = { ...event, data: { ...event.data, a: '1.5' } }
    expect(eventHash('0'.repeat(64), 's', 0n, edited as never)).not.toBe(base)
  })

  it('native and portable sha256 give the same digest', () => {
    for (const text of ['', 'abc', 'é€😀'.repeat(100), canonicalJson(event)]) {
      expect(sha256Hex(text)).toBe(portableSha256Hex(text))
    }
    expect(portableSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('canonical JSON sorts keys at every level and drops undefined keys', () => {
    expect(canonicalJson({ b: [{ d: 1, c: undefined, a: 'x' }], a: null })).toBe('{"a":null,"b":[{"a":"x","d":1}]}')
  })
})
