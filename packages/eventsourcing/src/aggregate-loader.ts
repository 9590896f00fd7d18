import type { EventRegistry } from './codec'
import type { Decider, DomainError } from './decider'
import { foldEvents } from './decider'
import type { DomainEvent, RecordedEvent } from './envelope'
import type { EventStore, ExpectedRevision } from './event-store'

export interface LoadedAggregate<Event extends DomainEvent, State> {
  readonly state: State
  /** Pass as the expected revision when appending: `no_stream` for a stream that does not exist yet. */
  readonly expectedRevision: ExpectedRevision
  /** The events already recorded for each command id, for idempotent handling. */
  readonly eventsByCommandId: ReadonlyMap<string, readonly Event[]>
  readonly recorded: readonly RecordedEvent[]
}

/** Reads a stream, decodes and upcasts every event, and folds it into state in one linear pass. */
export const loadAggregate = async <Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State, DomainError>,
  registry: EventRegistry<Event>,
): Promise<LoadedAggregate<Event, State>> => {
  const recorded = await store.readStream(streamId)
  const events: Event[] = new Array(recorded.length)
  const eventsByCommandId = new Map<string, Event[]>()
  for (let i = 0; i < recorded.length; i++) {
    const entry = recorded[i] as RecordedEvent
    const event = registry.decodeOrThrow(entry)
    events[i] = event
    const commandId = entry.metadata.commandId
    if (commandId !== undefined) {
      const same = eventsByCommandId.get(commandId)
      if (same) same.push(event)
      else eventsByCommandId.set(commandId, [event])
    }
  }
  const last = recorded.at(-1)
  return {
    state: foldEvents(decider, decider.initialState(), events),
    expectedRevision: last ? last.streamRevision : 'no_stream',
    eventsByCommandId,
    recorded,
  }
}
