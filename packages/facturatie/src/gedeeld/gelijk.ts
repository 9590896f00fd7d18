/** Structural equality of plain JSON data, regardless of key order: for "same set-up again → no event". */
export const gelijk = (a: unknown, b: unknown): boolean => canoniek(a) === canoniek(b)

const canoniek = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  )
