/**
 * Event size limits of the domain. A part of a run holds at most `MAX_DEEL_BYTES` of JSON (UTF-8), which keeps
 * every event, with its metadata, under 64 KB; one decision appends at most `MAX_DELEN_PER_BESLUIT` parts, which
 * keeps an append under 1 MiB (EventStoreDB's default maximum).
 */
export const MAX_DEEL_BYTES = 48 * 1024
export const MAX_DELEN_PER_BESLUIT = 16

const NIET_ASCII = /[\u0080-\uffff]/

/** The UTF-8 length of a string without encoding it (any runtime). */
export const utf8Lengte = (tekst: string): number => {
  // Nearly every text here is ASCII: one byte per character, found by the regex engine instead of a loop.
  if (!NIET_ASCII.test(tekst)) return tekst.length
  let bytes = 0
  for (let i = 0; i < tekst.length; i++) {
    const code = tekst.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

export const jsonBytes = (waarde: unknown): number => utf8Lengte(JSON.stringify(waarde))

/** The items `vanaf` up to `tot` (exclusive) of a list split in parts. */
export interface Deel {
  readonly vanaf: number
  readonly tot: number
}

/**
 * Splits `aantal` items, in order, into parts of at most `MAX_DEEL_BYTES`: a part costs `basis(vanaf)` plus the
 * `kosten(i)` of its items and holds at least one item. Stops after `maxDelen` parts.
 */
export const verdeelOpOmvang = (
  aantal: number,
  kosten: (i: number) => number,
  basis: (vanaf: number) => number = () => 0,
  maxDelen = Number.POSITIVE_INFINITY,
): Deel[] => {
  const delen: Deel[] = []
  for (let vanaf = 0; vanaf < aantal && delen.length < maxDelen; ) {
    let bytes = basis(vanaf)
    let tot = vanaf
    for (; tot < aantal; tot++) {
      const nodig = kosten(tot)
      if (tot > vanaf && bytes + nodig > MAX_DEEL_BYTES) break
      bytes += nodig
    }
    delen.push({ vanaf, tot })
    vanaf = tot
  }
  return delen
}
