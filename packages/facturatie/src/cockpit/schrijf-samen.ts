import { type AppendResult, appendAtomically, type EventStore } from '@factuurstroom/eventsourcing'
import type { Deel } from './beslisser'
import type { Poortdeel } from './poorten'

/**
 * Appends a port's part (first) and the invoice's as one (`appendAtomically`: one transaction on a store that can,
 * one after another otherwise), then folds each into its cache; answers with the invoice's result, if it had a part.
 * A port's part for another store than the cockpit's is appended there first, on its own.
 */
export const schrijfSamen = async (
  store: EventStore,
  poortdeel: Poortdeel | undefined,
  deel: Deel | undefined,
): Promise<AppendResult | undefined> => {
  let eerst = poortdeel
  if (eerst && eerst.store !== store) {
    eerst.bewaar(await eerst.store.appendToStream(eerst.streamId, eerst.events, eerst.expected))
    eerst = undefined
  }
  const delen = [eerst, deel].filter((d): d is Deel => d !== undefined)
  if (delen.length === 0) return undefined
  const results = await appendAtomically(
    store,
    delen.map(({ streamId, events, expected }) => ({ streamId, events, expected })),
  )
  for (const [i, d] of delen.entries()) d.bewaar(results[i] as AppendResult)
  return deel ? results.at(-1) : undefined
}
