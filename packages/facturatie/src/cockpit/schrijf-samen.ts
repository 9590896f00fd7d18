import { type AppendPart, type AppendResult, appendParts, type EventStore } from '@factuurstroom/eventsourcing'
import type { Poortdeel } from './poorten'

/**
 * Appends the invoice's parts with a port's part before the last of them (`appendParts`: one transaction on a store
 * that can, one after another otherwise), each folded into its cache once written; answers with the invoice's last
 * result, if it had a part. So an invoice created in the same append exists before the number it gets is consumed,
 * and its `Gefactureerd` follows the number: the same order as appending each step on its own. A port's part for
 * another store than the cockpit's is appended there on its own, at its place in that order.
 */
export const schrijfSamen = async (
  store: EventStore,
  poortdeel: Poortdeel | undefined,
  delen: readonly (AppendPart | undefined)[],
): Promise<AppendResult | undefined> => {
  const eigen = delen.filter((d): d is AppendPart => d !== undefined)
  const [voor, laatste] = [eigen.slice(0, -1), eigen.slice(-1)]
  if (poortdeel && poortdeel.store !== store) {
    if (voor.length > 0) await appendParts(store, voor)
    await appendParts(poortdeel.store, [poortdeel])
    return (await appendParts(store, laatste)).at(-1)
  }
  const alle = poortdeel ? [...voor, poortdeel, ...laatste] : eigen
  if (alle.length === 0) return undefined
  const results = await appendParts(store, alle)
  return eigen.length > 0 ? results.at(-1) : undefined
}
