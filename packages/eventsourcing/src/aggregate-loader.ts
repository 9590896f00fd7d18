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
}

interface CachedAggregate {
  state: unknown
  revision: bigint
  eventsByCommandId: Map<string, DomainEvent[]>
}

/**
 * Keeps folded state per stream so the next load reads only the events after the cached revision: the cost of a
 * command stays independent of its stream's length (a dagboek issuing 100,000 numbers). Bounded, least recently
 * used first out. `evolve` may then continue from (and even mutate) a state folded earlier, so per-command cost is
 * O(new events); `decide` must treat state as read-only. A decision taken on state that moved on meanwhile is
 * still safe: its append carries the older expected revision and conflicts.
 */
export class AggregateCache {
  readonly #entries = new Map<string, CachedAggregate>()
  constructor(readonly maxStreams = 10_000) {}

  /**
   * Hands the entry out exclusively: until it is put back, a concurrent load of the same stream reads it in full,
   * so two loads never fold the same events onto one state.
   */
  take(streamId: string): CachedAggregate | undefined {
    const entry = this.#entries.get(streamId)
    this.#entries.delete(streamId)
    return entry
  }

  set(streamId: string, entry: CachedAggregate): void {
    this.#entries.delete(streamId)
    this.#entries.set(streamId, entry)
    if (this.#entries.size > this.maxStreams) {
      const oldest = this.#entries.keys().next().value
      if (oldest !== undefined) this.#entries.delete(oldest)
    }
  }

  clear(): void {
    this.#entries.clear()
  }
}

/**
 * Reads a stream (or, with a cache, only its new tail), decodes and upcasts every event, and folds it into state
 * in one linear pass.
 */
export const loadAggregate = async <Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State, DomainError>,
  registry: EventRegistry<Event>,
  cache?: AggregateCache,
): Promise<LoadedAggregate<Event, State>> => {
  const cached = cache?.take(streamId)
  const recorded = await store.readStream(streamId, cached ? { fromRevision: cached.revision + 1n } : {})
  const eventsByCommandId = (cached?.eventsByCommandId ?? new Map()) as Map<string, Event[]>
  const events = decodeAll(recorded, registry, eventsByCommandId)
  const state = foldEvents(decider, cached ? (cached.state as State) : decider.initialState(), events)
  const last = recorded.at(-1)
  const revision = last ? last.streamRevision : cached?.revision
  if (cache && revision !== undefined) cache.set(streamId, { state, revision, eventsByCommandId })
  return { state, expectedRevision: revision ?? 'no_stream', eventsByCommandId }
}

const decodeAll = <Event extends DomainEvent>(
  recorded: readonly RecordedEvent[],
  registry: EventRegistry<Event>,
  eventsByCommandId: Map<string, Event[]>,
): Event[] => {
  const events: Event[] = new Array(recorded.length)
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
  return events
}
