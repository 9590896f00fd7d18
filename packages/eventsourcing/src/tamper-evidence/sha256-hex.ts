import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

interface NativeHash {
  update(text: string, encoding: 'utf8'): NativeHash
  digest(encoding: 'hex'): string
}
type NativeCreateHash = (algorithm: 'sha256') => NativeHash

// The kernel imports nothing from `node:`; where the runtime offers its native sha256 without an import (Node's
// process.getBuiltinModule), that is used, several times faster than the portable one that gives the same digest.
const nativeCreateHash = ((): NativeCreateHash | undefined => {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  const crypto = runtime?.getBuiltinModule?.('node:crypto') as { createHash?: NativeCreateHash } | undefined
  return typeof crypto?.createHash === 'function' ? crypto.createHash : undefined
})()

/** sha256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits. */
export const sha256Hex: (text: string) => string = nativeCreateHash
  ? (text) => nativeCreateHash('sha256').update(text, 'utf8').digest('hex')
  : (text) => bytesToHex(sha256(utf8ToBytes(text)))

/** The portable implementation, for specs that prove both give the same digest. */
export const portableSha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)))
