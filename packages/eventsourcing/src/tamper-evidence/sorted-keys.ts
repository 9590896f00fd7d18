interface KeyOrder {
  readonly insertion: readonly string[]
  readonly sorted: readonly string[]
}

// Events repeat a few shapes (an invoice line, its project, the metadata) thousands of times: the sorted order of a
// shape's keys is remembered under its first key and reused when a later object's keys match it one by one. Many
// shapes start with the same key (`administratie`), so a few are kept per first key.
const orders = new Map<string, KeyOrder[]>()
const MAX_FIRST_KEYS = 1_000
const SHAPES_PER_FIRST_KEY = 8

/** An object's own enumerable keys in sorted order (the order `Object.keys(record).sort()` gives). */
export const sortedKeys = (record: object): readonly string[] => {
  const keys = Object.keys(record)
  if (keys.length < 2) return keys
  const first = keys[0] as string
  let shapes = orders.get(first)
  if (shapes === undefined) {
    if (orders.size >= MAX_FIRST_KEYS) orders.clear()
    shapes = []
    orders.set(first, shapes)
  }
  for (const known of shapes) if (sameKeys(known.insertion, keys)) return known.sorted
  const sorted = isSorted(keys) ? keys : [...keys].sort()
  if (shapes.length >= SHAPES_PER_FIRST_KEY) shapes.shift()
  shapes.push({ insertion: keys, sorted })
  return sorted
}

const isSorted = (keys: readonly string[]): boolean => {
  for (let i = 1; i < keys.length; i++) if ((keys[i - 1] as string) > (keys[i] as string)) return false
  return true
}

// Index 0 is the first key the shapes are filed under, so it matches already.
const sameKeys = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false
  for (let i = 1; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
