import type { AppendResult, EventStore, StreamAppend } from './event-store'

/**
 * Appends to several streams as one: through the store's `appendToStreams` (one transaction, all or nothing) when it
 * has that capability, otherwise one `appendToStream` after another, in order; a single part is always one
 * `appendToStream`. The fallback checks each stream's expected revision as it comes to it and stops at the first
 * refusal, but what it appended before that stays written, and a crash between two appends leaves the later ones
 * unwritten: a caller on such a store must still be able to complete a half-done command on retry (by its command
 * id), as before.
 */
export const appendAtomically = async (
  store: EventStore,
  appends: readonly StreamAppend[],
): Promise<AppendResult[]> => {
  // One part is one ordinary append, atomic on every store.
  if (store.appendToStreams && appends.length > 1) return store.appendToStreams(appends)
  const results: AppendResult[] = []
  for (const { streamId, events, expected } of appends) {
    results.push(await store.appendToStream(streamId, events, expected))
  }
  return results
}
