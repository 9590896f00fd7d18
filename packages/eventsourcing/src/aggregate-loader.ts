import type { EventRegistry } from './codec'
import { CommandIndex } from './command-index'
import type { Decider, DomainError } from './decider'
import { foldEvents } from './decider'
import type { DomainEvent, RecordedEvent } from './envelope'
import type { AppendResult, EventStore, ExpectedRevision } from './event-store'

/** A stream folded into state: what a command is decided on, and what its append must expect. */
export interface LoadedAggregate<Event extends DomainEvent, State> {
  readonly state: State
  /** Pass as the expected revision when appending: `no_stream` for a stream that does not exist yet. */
  readonly expectedRevision: ExpectedRevision
  /** The events already recorded for each command id, for idempotent handling. */
  readonly eventsByCommandId: ReadonlyMap<string, readonly Event[]>
}

/** Folded state of a stream at a revision (`undefined`: the stream does not exist yet). */
export interface AggregateSnapshot {
  state: unknown
  revision: bigint | undefined
  eventsByCommandId: CommandIndex
}

/** A stream's place in the cache: its state (none while handed out) and whether it was used since it last came round. */
interface Slot {
  snapshot: AggregateSnapshot | undefined
  used: boolean
}

/**
 * Keeps folded state per stream so the next load reads only the events after the cached revision: the cost of a
 * command stays independent of its stream's length (a dagboek issuing 100,000 numbers). Bounded: when a new stream
 * would pass `maxStreams` (at least 1), a tenth goes at once, oldest first, but a stream used since it last came
 * round gets a second chance (the clock algorithm). A use only sets a flag: moving the stream to the end of the map
 * on every use, as a strict least-recently-used order needs, cost microseconds per command in V8's map. `evolve`
 * may then continue from (and even mutate) a state folded earlier, so per-command cost is O(new events); `decide`
 * must treat state as read-only. A decision taken on state that moved on meanwhile is still safe: its append
 * carries the older expected revision and conflicts.
 */
export class AggregateCache {
  readonly #slots = new Map<string, Slot>()
  constructor(readonly maxStreams = 10_000) {}

  /**
   * Hands the entry out exclusively: until it is put back, a concurrent load of the same stream reads it in full,
   * so two loads never fold the same events onto one state.
   */
  take(streamId: string): AggregateSnapshot | undefined {
    const slot = this.#slots.get(streamId)
    if (slot === undefined) return undefined
    const entry = slot.snapshot
    slot.snapshot = undefined
    return entry
  }

  /** Puts a stream's folded state (back) in the cache, as used. A stream that does not exist yet is not kept. */
  set(streamId: string, entry: AggregateSnapshot): void {
    if (entry.revision === undefined) return
    const slot = this.#slots.get(streamId)
    if (slot !== undefined) {
      slot.snapshot = entry
      slot.used = true
      return
    }
    if (this.#slots.size >= this.maxStreams) this.#evict()
    this.#slots.set(streamId, { snapshot: entry, used: false })
  }

  /** Forgets every stream's folded state: the next load of each reads its stream in full. */
  clear(): void {
    this.#slots.clear()
  }

  #evict(): void {
    const keep = this.maxStreams - Math.max(1, Math.floor(this.maxStreams / 10))
    for (const [streamId, slot] of this.#slots) {
      if (this.#slots.size <= keep) return
      this.#slots.delete(streamId)
      if (slot.used) {
        slot.used = false
        this.#slots.set(streamId, slot)
      }
    }
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
  const snapshot = await readTail(store, streamId, decider, registry, cache?.take(streamId))
  cache?.set(streamId, snapshot)
  return {
    state: snapshot.state as State,
    expectedRevision: snapshot.revision ?? 'no_stream',
    eventsByCommandId: snapshot.eventsByCommandId as CommandIndex<Event>,
  }
}

/** Brings `from` (or a fresh state) up to the stream's end by reading only the events after its revision. */
export const readTail = async <Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State, DomainError>,
  registry: EventRegistry<Event>,
  from?: AggregateSnapshot,
): Promise<AggregateSnapshot> => {
  const recorded = await store.readStream(
    streamId,
    from?.revision === undefined ? {} : { fromRevision: from.revision + 1n },
  )
  const snapshot = from ?? { state: decider.initialState(), revision: undefined, eventsByCommandId: new CommandIndex() }
  if (recorded.length === 0) return snapshot
  const events = decodeAll(recorded, registry)
  snapshot.state = foldEvents(decider, snapshot.state as State, events)
  snapshot.revision = (recorded[recorded.length - 1] as RecordedEvent).streamRevision
  snapshot.eventsByCommandId.addRecorded(recorded, events)
  return snapshot
}

const decodeAll = <Event extends DomainEvent>(recorded: readonly RecordedEvent[], registry: EventRegistry<Event>) => {
  const events: Event[] = new Array(recorded.length)
  for (let i = 0; i < recorded.length; i++) events[i] = registry.decodeOrThrow(recorded[i] as RecordedEvent)
  return events
}

/** An append a command made after loading its stream: where it started, where it left the stream, and what it wrote. */
export interface Appended<Event extends DomainEvent> {
  readonly expected: ExpectedRevision
  readonly result: AppendResult
  readonly commandId: string
  readonly events: readonly Event[]
}

/**
 * Folds what a command just appended into the stream's cached state, so the next load reads none of it back. Only
 * when the append started exactly where that state stands (or created the stream); otherwise the cache is left as it
 * is and the next load reads the tail, as before. It folds a copy: the events the caller holds (and may hand out)
 * share nothing with the state kept.
 */
export const foldAppended = <Command, Event extends DomainEvent, State>(
  cache: AggregateCache | undefined,
  streamId: string,
  decider: Decider<Command, Event, State, DomainError>,
  appended: Appended<Event>,
): void => {
  if (cache === undefined || appended.events.length === 0) return
  const entry = cache.take(streamId)
  const creates = entry === undefined && appended.expected === 'no_stream'
  const follows = entry !== undefined && typeof appended.expected === 'bigint' && entry.revision === appended.expected
  if (!creates && !follows) {
    if (entry) cache.set(streamId, entry)
    return
  }
  const snapshot = entry ?? {
    state: decider.initialState(),
    revision: undefined,
    eventsByCommandId: new CommandIndex(),
  }
  const events = structuredClone(appended.events)
  snapshot.state = foldEvents(decider, snapshot.state as State, events)
  snapshot.revision = appended.result.nextExpectedRevision
  snapshot.eventsByCommandId.addAppended(appended.commandId, events)
  cache.set(streamId, snapshot)
}
