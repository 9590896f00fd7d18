/** JSON with object keys sorted at every level: the same value always gives the same text, so hashes are stable. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') return JSON.stringify(value.toString())
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value)) {
    let text = '['
    for (let i = 0; i < value.length; i++) text += `${i === 0 ? '' : ','}${canonicalJson(value[i])}`
    return `${text}]`
  }
  return canonicalObject(value as Record<string, unknown>)
}

/** An object's canonical text, optionally leaving out one key (the hash itself, when hashing metadata). */
export const canonicalObject = (record: Record<string, unknown>, without?: string): string => {
  const keys = Object.keys(record).sort()
  let text = '{'
  let first = true
  for (const key of keys) {
    const entry = record[key]
    if (entry === undefined || key === without) continue
    text += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(entry)}`
    first = false
  }
  return `${text}}`
}
