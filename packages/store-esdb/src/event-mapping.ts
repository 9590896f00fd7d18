import { type AllStreamResolvedEvent, type EventData, jsonEvent, type ResolvedEvent } from '@eventstore/db-client'
import type { EventMetadata, NewEvent, RecordedEvent } from '@factuurstroom/eventsourcing'

/**
 * How a kernel event travels in EventStoreDB: data as the JSON body; the kernel metadata as the JSON metadata with
 * `schemaVersion` beside it; the event id as the EventStoreDB event id (a UUID).
 */
export const toEventData = (event: NewEvent): EventData =>
  jsonEvent({
    id: event.eventId,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: { ...event.metadata, schemaVersion: event.schemaVersion },
  })

/** System events (`$`-prefixed type or stream) are EventStoreDB's own, never the application's. */
export const isSystemEvent = (resolved: ResolvedEvent | AllStreamResolvedEvent): boolean => {
  const event = resolved.event
  return event === undefined || event.type.startsWith('$') || event.streamId.startsWith('$')
}

/** A recorded event; its global position is EventStoreDB's commit position (unique per event written over gRPC). */
export const toRecordedEvent = (resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent => {
  const event = resolved.event
  if (event === undefined || !event.isJson) {
    throw new Error(
      `EventStoreDB event ${event?.id ?? '(link without event)'} is not JSON; it was not written by Factuurstroom`,
    )
  }
  const { schemaVersion, ...metadata } = (event.metadata ?? {}) as Partial<EventMetadata> & { schemaVersion?: unknown }
  const position = event.position?.commit ?? resolved.commitPosition
  if (position === undefined) throw new Error(`EventStoreDB event ${event.id} came without a position`)
  return {
    eventId: event.id,
    type: event.type,
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    data: event.data,
    metadata: metadata as EventMetadata,
    streamId: event.streamId,
    streamRevision: event.revision,
    globalPosition: position,
    recordedAt: event.created,
  }
}
