import { gelijk } from './gelijk'

/**
 * The field rules of the events' stored forms (`StoredForm` in the kernel): a field that the same event already
 * holds elsewhere (its `standaard`) is left out when it equals it, and stored as `null` when it is absent although a
 * standaard exists; any other value is kept. Only for fields whose codec refuses `null`, so `null` is unambiguous.
 */

/** An object of stored or domain data. */
export type Velden = Record<string, unknown>

/** Whether `waarde` is a plain object: stored data is only expanded where it has the shape compacting gave it. */
export const isVelden = (waarde: unknown): waarde is Velden =>
  typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde)

/** `velden` with each field of `standaarden` left out when it equals its standaard (`null` when absent). */
export const zonderStandaarden = (velden: Velden, standaarden: Velden): Velden => {
  const uit: Velden = {}
  for (const veld in velden) if (!(veld in standaarden)) uit[veld] = velden[veld]
  for (const veld in standaarden) {
    const waarde = velden[veld]
    const standaard = standaarden[veld]
    if (standaard === undefined) {
      if (waarde !== undefined) uit[veld] = waarde
    } else if (waarde === undefined) uit[veld] = null
    else if (waarde !== standaard && !gelijk(waarde, standaard)) uit[veld] = waarde
  }
  return uit
}

/** The inverse of `zonderStandaarden`, given the same standaarden: an absent field is its standaard again. */
export const metStandaarden = (opgeslagen: Velden, standaarden: Velden): Velden => {
  const uit: Velden = {}
  for (const veld in opgeslagen) if (!(veld in standaarden)) uit[veld] = opgeslagen[veld]
  for (const veld in standaarden) {
    const standaard = standaarden[veld]
    const waarde = veld in opgeslagen ? opgeslagen[veld] : standaard
    // `null` said "absent although a standaard exists"; without a standaard it stays, for validation to name.
    if (waarde !== undefined && !(waarde === null && standaard !== undefined)) uit[veld] = waarde
  }
  return uit
}

/** `lijst` with `stap` applied to each item, or `lijst` itself when it is not an array (validation names it). */
export const perItem = <T>(lijst: unknown, stap: (item: unknown, index: number) => T): unknown =>
  Array.isArray(lijst) ? lijst.map(stap) : lijst
