import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

type NativeHash = (algorithm: 'sha256', text: string, encoding: 'hex') => string

// The kernel imports nothing from `node:`; where the runtime offers its native one-shot sha256 without an import
// (Node's process.getBuiltinModule and crypto.hash), that is used: several times faster, the same digest.
const nativeHash = ((): NativeHash | undefined => {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  const crypto = runtime?.getBuiltinModule?.('node:crypto') as { hash?: NativeHash } | undefined
  return typeof crypto?.hash === 'function' ? crypto.hash : undefined
})()

/** sha256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits. */
export const sha256Hex: (text: string) => string = nativeHash
  ? (text) => nativeHash('sha256', text, 'hex')
  : (text) => bytesToHex(sha256(utf8ToBytes(text)))

/** The portable implementation, for specs that prove both give the same digest. */
export const portableSha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)))
