/**
 * Strict structural equality for specs: order of arrays matters, Dates compare by instant, bigints and strings
 * compare exactly (so `'1021.00'` differs from `'1021'`), and a key that is present but undefined differs from a
 * missing key.
 */
export const exactlyEqual = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => exactlyEqual(item, b[i]))
  }
  if (a instanceof Map || b instanceof Map) {
    return a instanceof Map && b instanceof Map && exactlyEqual([...a.entries()], [...b.entries()])
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  const recordA = a as Record<string, unknown>
  const recordB = b as Record<string, unknown>
  return keysA.every((key) => Object.hasOwn(recordB, key) && exactlyEqual(recordA[key], recordB[key]))
}

/** Renders a value so that every difference `exactlyEqual` sees is visible: types of dates and bigints included. */
export const render = (value: unknown): string =>
  JSON.stringify(
    value,
    function (this: unknown, key, replaced) {
      const original = (this as Record<string, unknown>)[key]
      if (original instanceof Date) return `Date(${original.toISOString()})`
      if (typeof replaced === 'bigint') return `${replaced}n`
      if (replaced === undefined) return 'undefined'
      if (replaced instanceof Map) return { Map: [...replaced.entries()] }
      return replaced
    },
    2,
  ) ?? 'undefined'

/** A line diff of the two renderings: `-` expected, `+` actual. */
export const diff = (expected: unknown, actual: unknown): string => {
  const left = render(expected).split('\n')
  const right = render(actual).split('\n')
  const table = lcsTable(left, right)
  const lines: string[] = []
  let i = 0
  let j = 0
  while (i < left.length && j < right.length) {
    if (left[i] === right[j]) {
      lines.push(`  ${left[i]}`)
      i++
      j++
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) {
      lines.push(`- ${left[i++]}`)
    } else {
      lines.push(`+ ${right[j++]}`)
    }
  }
  while (i < left.length) lines.push(`- ${left[i++]}`)
  while (j < right.length) lines.push(`+ ${right[j++]}`)
  return lines.join('\n')
}

const lcsTable = (a: readonly string[], b: readonly string[]): number[][] => {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    const row = table[i] as number[]
    const next = table[i + 1] as number[]
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number)
    }
  }
  return table
}

/**
 * Thrown by the spec helpers when an expectation is not met; its message holds a readable diff (`-` expected, `+`
 * actual).
 */
export class SpecFailure extends Error {
  override readonly name = 'SpecFailure'
}

/**
 * Throws a `SpecFailure` with a diff unless `expected` and `actual` are `exactlyEqual`; `what` names them in the
 * message.
 */
export const assertExactlyEqual = (expected: unknown, actual: unknown, what: string): void => {
  if (!exactlyEqual(expected, actual)) {
    throw new SpecFailure(`${what} differ (- expected, + actual):\n${diff(expected, actual)}`)
  }
}
