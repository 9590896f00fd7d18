import type { RecordedEvent } from '../envelope'
import { eventHash, GENESIS_HASH, hashOf, isHexDigest, runningHash } from './event-hash'

/** The stream that holds seals of the global running hash, and the seal event's type. */
export const SEAL_STREAM = 'audit-seals'
/** The type of the event that seals the global running hash. */
export const SEAL_EVENT = 'LogSealed'

/** The data of a seal: how far the log was sealed and the running hash at that point. */
export interface LogSeal {
  /** The last global position the seal covers (inclusive). */
  readonly upToPosition: string
  readonly eventCount: number
  readonly runningHash: string
}

/**
 * What the verification found wrong with an event: edited, removed, reordered, unhashed, not matching a seal, or
 * hashed in the hex encoding of a log chained before digests were base64url (not supported).
 */
export type ChainProblemKind = 'EDITED' | 'REMOVED' | 'REORDERED' | 'MISSING_HASH' | 'SEAL_MISMATCH' | 'HEX_HASH'

/** One event the verification found wrong, with where it sits in its stream and in the log. */
export interface ChainProblem {
  readonly kind: ChainProblemKind
  readonly streamId: string
  readonly streamRevision: bigint
  readonly globalPosition: bigint
  readonly eventId: string
  readonly message: string
}

/** The outcome of `verifyHashChains`: what was checked, the running hash, and every problem found. */
export interface ChainVerification {
  readonly eventsChecked: number
  readonly streamsChecked: number
  /** Running hash over every non-seal event in global order: compare it with a seal or a printed record. */
  readonly runningHash: string
  readonly lastPosition: bigint | undefined
  readonly sealsChecked: number
  readonly problems: readonly ChainProblem[]
}

const HEX_HASH_MESSAGE =
  'the hash is 64 hex digits: the log was chained before hashes were stored as base64url, which this version does not verify (chain it again: replay it into a HashChainingEventStore)'

/**
 * Walks the log in global order and recomputes every stream's hash chain and the global running hash.
 * Detects an edited event (its hash no longer matches), a removed one (a revision gap, or a seal whose running hash
 * no longer matches), a reordered one (revisions or positions out of order) and names each.
 */
export const verifyHashChains = async (log: AsyncIterable<RecordedEvent>): Promise<ChainVerification> => {
  const streams = new Map<string, { revision: bigint; hash: string }>()
  const problems: ChainProblem[] = []
  const runningAt = new Map<string, { hash: string; count: number }>()
  const seals: { seal: LogSeal; event: RecordedEvent }[] = []
  let running = GENESIS_HASH
  let count = 0
  let lastPosition: bigint | undefined
  const problem = (kind: ChainProblemKind, event: RecordedEvent, message: string) =>
    problems.push({
      kind,
      streamId: event.streamId,
      streamRevision: event.streamRevision,
      globalPosition: event.globalPosition,
      eventId: event.eventId,
      message,
    })

  for await (const event of log) {
    const previous = streams.get(event.streamId)
    const expectedRevision = previous ? previous.revision + 1n : 0n
    if (
      event.streamRevision < expectedRevision ||
      (lastPosition !== undefined && event.globalPosition <= lastPosition)
    ) {
      problem('REORDERED', event, `revision ${event.streamRevision} (position ${event.globalPosition}) is out of order`)
      // The gap this event left where it belonged was not a removal after all.
      for (const earlier of problems) {
        if (
          earlier.kind === 'REMOVED' &&
          earlier.streamId === event.streamId &&
          earlier.streamRevision > event.streamRevision
        ) {
          Object.assign(earlier, {
            kind: 'REORDERED',
            message: `revision ${earlier.streamRevision} appears before revision ${event.streamRevision}`,
          })
        }
      }
    } else if (event.streamRevision > expectedRevision) {
      problem(
        'REMOVED',
        event,
        `revision ${event.streamRevision} follows ${expectedRevision - 1n}: ${event.streamRevision - expectedRevision} event(s) missing`,
      )
    }
    if (lastPosition === undefined || event.globalPosition > lastPosition) lastPosition = event.globalPosition
    const stored = hashOf(event.metadata)
    if (stored === undefined) {
      problem('MISSING_HASH', event, 'the event carries no hash')
    } else if (isHexDigest(stored)) {
      problem('HEX_HASH', event, HEX_HASH_MESSAGE)
    } else {
      // Chain from the stored hash of the previous event, so one edit is reported once, not for every successor.
      const recomputed = eventHash(previous?.hash ?? GENESIS_HASH, event.streamId, event.streamRevision, event)
      if (recomputed !== stored && event.streamRevision === expectedRevision) {
        problem('EDITED', event, `content no longer matches its hash ${stored.slice(0, 12)}…`)
      }
    }
    if (event.streamRevision >= expectedRevision) {
      streams.set(event.streamId, { revision: event.streamRevision, hash: stored ?? GENESIS_HASH })
    }
    if (event.streamId === SEAL_STREAM && event.type === SEAL_EVENT) {
      seals.push({ seal: event.data as LogSeal, event })
      continue
    }
    running = runningHash(running, stored ?? GENESIS_HASH)
    count++
    runningAt.set(event.globalPosition.toString(), { hash: running, count })
  }

  for (const { seal, event } of seals) {
    const actual = runningAt.get(seal.upToPosition)
    if (isHexDigest(seal.runningHash)) {
      problem('HEX_HASH', event, `the seal's running hash: ${HEX_HASH_MESSAGE}`)
    } else if (!actual || actual.hash !== seal.runningHash || actual.count !== seal.eventCount) {
      problem(
        'SEAL_MISMATCH',
        event,
        `the log up to position ${seal.upToPosition} no longer matches the seal (${seal.eventCount} events, ${seal.runningHash.slice(0, 12)}…): an event before it was edited, removed or reordered`,
      )
    }
  }

  return {
    eventsChecked: count,
    streamsChecked: streams.size,
    runningHash: running,
    lastPosition,
    sealsChecked: seals.length,
    problems,
  }
}
