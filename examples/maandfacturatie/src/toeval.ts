/** A small seeded random source (mulberry32 over an FNV-1a hash of the seed): the same seed, the same month. */
export interface Toeval {
  /** A float in [0, 1). */
  getal(): number
  /** An integer in [van, tot] inclusive. */
  tussen(van: number, tot: number): number
  kans(p: number): boolean
  kies<T>(items: readonly T[]): T
}

const hash = (seed: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export const toeval = (seed: string): Toeval => {
  let a = hash(seed)
  const getal = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const tussen = (van: number, tot: number) => van + Math.floor(getal() * (tot - van + 1))
  return {
    getal,
    tussen,
    kans: (p) => getal() < p,
    kies: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(getal() * items.length)]
      if (item === undefined) throw new Error('kies: no items')
      return item
    },
  }
}
