import { type EventStore, readAllEvents } from '../event-store'
import { type ChainVerification, type LogSeal, SEAL_EVENT, SEAL_STREAM, verifyHashChains } from './verify-hash-chains'

/**
 * Verifies the log and, if it is intact, appends a seal of its running hash to the audit stream, so a later
 * removal or edit before this point is detected even where no per-stream chain shows it (a stream's last event).
 */
export const sealLog = async (
  store: EventStore,
  sealedAt: string,
): Promise<{ verification: ChainVerification; seal: LogSeal | undefined }> => {
  const verification = await verifyHashChains(readAllEvents(store))
  if (verification.problems.length > 0 || verification.lastPosition === undefined)
    return { verification, seal: undefined }
  const seal: LogSeal = {
    upToPosition: verification.lastPosition.toString(),
    eventCount: verification.eventsChecked,
    runningHash: verification.runningHash,
  }
  await store.appendToStream(
    SEAL_STREAM,
    [
      {
        eventId: globalThis.crypto.randomUUID(),
        type: SEAL_EVENT,
        schemaVersion: 1,
        data: seal,
        metadata: { occurredAt: sealedAt, actor: 'audit' },
      },
    ],
    'any',
  )
  return { verification, seal }
}
