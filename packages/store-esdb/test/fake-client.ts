import {
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type EventData,
  type ReadAllOptions,
  type ReadPosition,
  type ReadStreamOptions,
  StreamNotFoundError,
} from '@eventstore/db-client'
import type { EventStoreDbClient } from '../src'

/** A resolved `$all` event as the client yields it. */
export const resolved = (event: {
  streamId: string
  type: string
  commit: bigint
  revision?: bigint
  data?: unknown
  metadata?: unknown
}): AllStreamResolvedEvent =>
  ({
    event: {
      streamId: event.streamId,
      id: `event-${event.commit}`,
      isJson: true,
      revision: event.revision ?? 0n,
      type: event.type,
      created: new Date('2026-01-31T12:00:00.000Z'),
      data: event.data ?? {},
      metadata: event.metadata ?? { occurredAt: '2026-01-31T12:00:00.000Z', schemaVersion: 1 },
      position: { commit: event.commit, prepare: event.commit },
    },
    commitPosition: event.commit,
  }) as AllStreamResolvedEvent

/**
 * The smallest stand-in for the client: a log in memory that reads like EventStoreDB (from a position inclusively,
 * system events included) and records appends.
 */
export const fakeClient = (
  log: readonly AllStreamResolvedEvent[],
  failAppend?: Error,
): EventStoreDbClient & { appends: { stream: string; events: EventData[]; expected?: AppendExpectedRevision }[] } => {
  const appends: { stream: string; events: EventData[]; expected?: AppendExpectedRevision }[] = []
  const fake = {
    appends,
    appendToStream: async (
      stream: string,
      events: EventData | EventData[],
      options?: { expectedRevision?: AppendExpectedRevision },
    ) => {
      if (failAppend) throw failAppend
      appends.push({ stream, events: [events].flat(), expected: options?.expectedRevision })
      return { success: true, nextExpectedRevision: 0n, position: { commit: 1n, prepare: 1n } }
    },
    readStream: (stream: string, _options?: ReadStreamOptions) =>
      (async function* () {
        const events = log.filter((e) => e.event?.streamId === stream)
        if (events.length === 0) throw new StreamNotFoundError(undefined, stream)
        yield* events
      })(),
    readAll: (options?: ReadAllOptions) =>
      (async function* () {
        const from: ReadPosition = options?.fromPosition ?? 'start'
        yield* log.filter((e) => typeof from === 'string' || (e.commitPosition ?? 0n) >= from.commit)
      })(),
    subscribeToAll: () => ({ on: () => undefined, unsubscribe: async () => undefined }),
    dispose: async () => undefined,
  }
  return fake as unknown as EventStoreDbClient & { appends: typeof appends }
}
