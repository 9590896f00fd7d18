import { type AppendPart, type AppendResult, appendParts, type EventStore } from '@factuurstroom/eventsourcing'
import type { Poortdeel } from './poorten'

/**
 * Appends a port's part (first) and the invoice's as one (`appendParts`: one transaction on a store that can, one
 * after another otherwise), each folded into its cache once written; answers with the invoice's result, if it had a
 * part. A port's part for another store than the cockpit's is appended there first, on its own.
 */
export const schrijfSamen = async (
  store: EventStore,
  poortdeel: Poortdeel | undefined,
  deel: AppendPart | undefined,
): Promise<AppendResult | undefined> => {
  let eerst: AppendPart | undefined = poortdeel
  if (poortdeel && poortdeel.store !== store) {
    await appendParts(poortdeel.store, [poortdeel])
    eerst = undefined
  }
  const delen = [eerst, deel].filter((d): d is AppendPart => d !== undefined)
  if (delen.length === 0) return undefined
  const results = await appendParts(store, delen)
  return deel ? results.at(-1) : undefined
}
