import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'

type NativeHash = (algorithm: 'sha256', text: string, encoding: 'base64url') => string

// The kernel imports nothing from `node:`; where the runtime offers its native one-shot sha256 without an import
// (Node's process.getBuiltinModule and crypto.hash), that is used: several times faster, the same digest.
const nativeHash = ((): NativeHash | undefined => {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  const crypto = runtime?.getBuiltinModule?.('node:crypto') as { hash?: NativeHash } | undefined
  return typeof crypto?.hash === 'function' ? crypto.hash : undefined
})()

/** sha256 of the UTF-8 bytes of `text`: the 32 bytes in base64url without padding (43 characters). */
export const sha256Digest: (text: string) => string = nativeHash
  ? (text) => nativeHash('sha256', text, 'base64url')
  : (text) => base64url(sha256(utf8ToBytes(text)))

/** The portable implementation, for specs that prove both give the same digest. */
export const portableSha256Digest = (text: string): string => base64url(sha256(utf8ToBytes(text)))

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** RFC 4648 §5 base64url without padding. */
export const base64url = (bytes: Uint8Array): string => {
  let text = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number)
    text += ALPHABET[n >> 18] + (ALPHABET[(n >> 12) & 63] as string) + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63]
  }
  const rest = bytes.length - i
  if (rest === 0) return text
  const n = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0)
  text += (ALPHABET[n >> 18] as string) + ALPHABET[(n >> 12) & 63]
  return rest === 2 ? text + ALPHABET[(n >> 6) & 63] : text
}
