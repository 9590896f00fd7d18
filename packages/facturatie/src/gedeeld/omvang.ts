/**
 * Event size limits of the domain. A part of a run holds at most `MAX_DEEL_BYTES` of JSON (UTF-8), which keeps
 * every event, with its metadata, under 64 KB; one decision appends at most `MAX_DELEN_PER_BESLUIT` parts, which
 * keeps an append under 1 MiB (EventStoreDB's default maximum).
 */
export const MAX_DEEL_BYTES = 48 * 1024
export const MAX_DELEN_PER_BESLUIT = 16

/** The UTF-8 length of a string without encoding it (any runtime). */
export const utf8Lengte = (tekst: string): number => {
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
