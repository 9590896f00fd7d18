import { sortedKeys } from './sorted-keys'

// JSON.stringify escapes quotes, backslashes, control characters and lone surrogates; a text without any of those
// (or any surrogate, to keep the test simple) is written as it is.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are exactly what JSON escapes
const needsEscape = /[\u0000-\u001f"\\\ud800-\udfff]/

// Set while one canonicalText call runs (it is synchronous): false once a value JSON would write otherwise was met.
let plainSoFar = true

/**
 * JSON with object keys sorted at every level: the same value always gives the same text, so hashes are stable.
 * The text is exactly what sorting every object's keys and calling `JSON.stringify` would give, except that a
 * bigint is written as a decimal string and an object's own `toJSON` is not called.
 */
export const canonicalJson = (value: unknown): string => {
  switch (typeof value) {
    case 'string':
      return needsEscape.test(value) ? JSON.stringify(value) : `"${value}"`
    case 'number':
      return Number.isFinite(value) ? `${value}` : 'null'
    case 'boolean':
      return value ? 'true' : 'false'
    case 'bigint':
      plainSoFar = false
      return `"${value}"`
    case 'object':
      if (value === null) return 'null'
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Record<string, unknown>)
    default:
      if (value !== undefined) plainSoFar = false
      return 'null'
  }
}

const canonicalArray = (values: readonly unknown[]): string => {
  if (Object.getPrototypeOf(values) !== Array.prototype) plainSoFar = false
  // A list of strings, numbers, booleans and nulls (or of such lists: a stored table's rows) has no keys to sort:
  // JSON.stringify writes exactly the canonical text, natively and as one string instead of a piece per value.
  else if (onlyPrimitives(values)) return JSON.stringify(values)
  if (values.length === 0) return '[]'
  let text = `[${canonicalJson(values[0])}`
  for (let i = 1; i < values.length; i++) text += `,${canonicalJson(values[i])}`
  return `${text}]`
}

const onlyPrimitives = (values: readonly unknown[]): boolean => {
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    const type = typeof value
    if (type === 'string' || type === 'number' || type === 'boolean' || value === null) continue
    if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || !onlyPrimitives(value))
      return false
  }
  return true
}

/** An object's canonical text, optionally leaving out one key (the hash itself, when hashing metadata). */
export const canonicalObject = (record: Record<string, unknown>, without?: string): string => {
  if (plainSoFar) {
    const prototype = Object.getPrototypeOf(record)
    if (prototype !== Object.prototype && prototype !== null) plainSoFar = false
  }
  const keys = sortedKeys(record)
  let text = ''
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    const entry = record[key]
    if (entry === undefined || key === without) continue
    const prefix = keyPrefix(key)
    // A string is written into the text as it is, between the quotes its key's prefix and a closing quote give.
    if (typeof entry === 'string' && !needsEscape.test(entry)) {
      text = `${text}${text.length === 0 ? prefix.firstString : prefix.nextString}${entry}"`
    } else {
      text = `${text}${text.length === 0 ? prefix.first : prefix.next}${canonicalJson(entry)}`
    }
  }
  return text.length === 0 ? '{}' : `${text}}`
}

/** A value's canonical text, and whether `JSON.stringify` would write the same value (only its keys' order aside). */
export interface CanonicalText {
  readonly text: string
  /** False when the value holds what JSON would write otherwise: a `Date` or other class instance, a bigint, a function. */
  readonly plain: boolean
}

/**
 * The canonical text of a value (of an object, optionally without one key) and whether it is plain JSON, so a store
 * may keep that very text: then the bytes hashed are the bytes stored, and the event is serialized once.
 */
export const canonicalText = (value: unknown, without?: string): CanonicalText => {
  plainSoFar = true
  const text =
    without !== undefined && typeof value === 'object' && value !== null && !Array.isArray(value)
      ? canonicalObject(value as Record<string, unknown>, without)
      : canonicalJson(value)
  return { text, plain: plainSoFar }
}

/** A key as it is written: after `{` or `,`, and each again with the opening quote of a string value. */
interface KeyPrefix {
  readonly first: string
  readonly next: string
  readonly firstString: string
  readonly nextString: string
}

// Keys repeat across events (the same few dozen field names), so each is quoted once.
const keyPrefixes = new Map<string, KeyPrefix>()
const MAX_KEYS = 10_000

const keyPrefix = (key: string): KeyPrefix => {
  let prefix = keyPrefixes.get(key)
  if (prefix === undefined) {
    const quoted = JSON.stringify(key)
    prefix = { first: `{${quoted}:`, next: `,${quoted}:`, firstString: `{${quoted}:"`, nextString: `,${quoted}:"` }
    if (keyPrefixes.size < MAX_KEYS) keyPrefixes.set(key, prefix)
  }
  return prefix
}
