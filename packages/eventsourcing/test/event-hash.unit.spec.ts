import { describe, expect, it } from 'vitest'
import { canonicalJson, eventHash, GENESIS_HASH } from '../src'
import { base64url, portableSha256Digest, sha256Digest } from '../src/tamper-evidence/sha256-digest'

const event = {
  eventId: 'e"1',
  type: 'T',
  schemaVersion: 2,
  data: { b: [1, { z: 'é', a: null, u: undefined }], a: '1.50', n: 12n },
  metadata: { occurredAt: 'x', commandId: 'c', hash: 'old', actor: undefined },
}

describe('event hash', () => {
  it('is the digest the earlier, object-building implementation gave, in base64url (the hashed text is unchanged)', () => {
    const hashes = [0n, 1n, 2n].map((revision) => eventHash('ab'.repeat(32), 'stream-ü', revision, event as never))
    expect(hashes).toEqual([
      'hO8MBdygWBTGSQkwCpvjFaKiwH1HYYR_BWMs9263m3Q',
      'Bl6DZvOTbLDdSRymavQUB9x6ebCRNbIGec9yBCK9IB0',
      'ejwt-nb7e7yNSygC-4oh1wpAFPe6g6ONBbfVfjk7AuI',
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
      expect(sha256Digest(text)).toBe(portableSha256Digest(text))
    }
    expect(portableSha256Digest('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0')
  })

  it('base64url writes every length without padding, as RFC 4648 §5 does', () => {
    const bytes = Uint8Array.from([0xfb, 0xff, 0xbf, 0x00, 0x10, 0x83, 0x3e])
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((n) => base64url(bytes.subarray(0, n)))).toEqual([
      '',
      '-w',
      '-_8',
      '-_-_',
      '-_-_AA',
      '-_-_ABA',
      '-_-_ABCD',
      '-_-_ABCDPg',
    ])
    expect(base64url(new Uint8Array(32))).toBe(GENESIS_HASH)
  })

  it('canonical JSON sorts keys at every level and drops undefined keys', () => {
    expect(canonicalJson({ b: [{ d: 1, c: undefined, a: 'x' }], a: null })).toBe('{"a":null,"b":[{"a":"x","d":1}]}')
  })
})
