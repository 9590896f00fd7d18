import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../src'
import { canonicalText } from '../src/tamper-evidence/canonical-json'

// The definition canonical JSON must keep to: sort every object's keys, then let JSON.stringify write it.
const sortedCopy = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortedCopy)
  if (value === null || typeof value !== 'object') return value
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) copy[key] = sortedCopy((value as Record<string, unknown>)[key])
  return copy
}
// Integer-like keys are listed first by any object, whatever the insertion order, so the reference writes by hand.
const reference = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : reference(v))).join(',')}]`
  if (value === null || typeof value !== 'object') return JSON.stringify(sortedCopy(value)) ?? 'null'
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${reference((value as Record<string, unknown>)[key])}`)
  return `{${entries.join(',')}}`
}

describe('canonical JSON', () => {
  it('writes what sorting the keys and JSON.stringify give, for texts that need escaping and numbers of every kind', () => {
    const value = {
      zeta: 'plain',
      alpha: ['quote " and \\ backslash', 'tab\t, newline\n, NUL-free control \u0001', 'emoji 😀', 'lone \ud800'],
      getal: [0, -0, 1.5, 1e21, 1e-7, -12, Number.NaN, Number.POSITIVE_INFINITY],
      waar: [true, false, null],
      leeg: [{}, []],
      '10': 'ten',
      '9': 'nine',
      'sleutel "met" quotes': 1,
    }
    expect(canonicalJson(value)).toBe(reference(value))
  })

  it('sorts every shape right when many shapes share a first key, in any order, repeatedly', () => {
    const keys = ['administratie', 'regelId', 'bedrag', 'aantal', 'werksoort', 'datum', 'btw', 'omschrijving']
    const objects: Record<string, unknown>[] = []
    for (let shape = 0; shape < 40; shape++) {
      const own = keys.filter((_, i) => i === 0 || (shape >> i) % 2 === 1 || i % 3 === shape % 3)
      const rotated = [
        own[0] as string,
        ...own
          .slice(1)
          .reverse()
          .slice(shape % 4),
        ...own
          .slice(1)
          .reverse()
          .slice(0, shape % 4),
      ]
      const object: Record<string, unknown> = {}
      for (const key of rotated) object[key] = `${key}-${shape}`
      objects.push(object)
    }
    const interleaved = [...objects, ...objects.reverse(), ...objects]
    expect(interleaved.map((object) => canonicalJson(object))).toEqual(interleaved.map(reference))
  })

  it('says whether JSON would carry the value as written: not a Date, a class instance, a bigint or a function', () => {
    expect(canonicalText({ a: [1, { b: 'x' }], c: null }).plain).toBe(true)
    expect(canonicalText(Object.assign(Object.create(null), { a: 1 })).plain).toBe(true)
    expect(canonicalText({ a: [new Date(0)] })).toEqual({ text: '{"a":[{}]}', plain: false })
    expect(canonicalText({ a: 12n })).toEqual({ text: '{"a":"12"}', plain: false })
    expect(canonicalText({ a: () => 1 })).toEqual({ text: '{"a":null}', plain: false })
    expect(canonicalText({ a: 1 }).plain).toBe(true)
    expect(canonicalText({ hash: 'h', b: 1 }, 'hash')).toEqual({ text: '{"b":1}', plain: true })
  })
})
