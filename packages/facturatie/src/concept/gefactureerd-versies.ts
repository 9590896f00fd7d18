import { isVelden, type Velden } from '../gedeeld/opslag'
import { gefactureerdOpslagVersie4 } from './gefactureerd-opslag'

/**
 * The upcasting of ConceptGefactureerd to version 5. A version 4 event read from the store is in its stored form
 * (the kernel expands only the current version's), one upcast from version 3 is not: the data built here are marked.
 */
const volledig = new WeakSet<object>()

/** Version 3 to 4: the same data; marked as not in version 4's stored form. */
export const versie4UitVersie3 = (data: unknown): unknown => {
  if (!isVelden(data)) return data
  const versie4 = { ...data }
  volledig.add(versie4)
  return versie4
}

/**
 * Version 4 to 5, from version 4's stored form unless marked: the VAT computation becomes its net total; the project
 * settings stay, recorded as they were. Stored data that cannot be expanded is left as it is, for validation to name.
 */
export const versie5UitVersie4 = (data: unknown): unknown => {
  if (!isVelden(data)) return data
  let versie4: Velden = data
  if (!volledig.has(data)) {
    try {
      versie4 = gefactureerdOpslagVersie4.expand(data) as Velden
    } catch {
      return data
    }
  }
  const { btw, ...rest } = versie4
  return isVelden(btw) ? { ...rest, totaalNetto: btw.totaalNetto } : versie4
}
