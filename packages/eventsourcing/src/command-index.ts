import type { DomainEvent, RecordedEvent } from './envelope'

/**
 * The events of a stream per command id, for idempotent command handling. Built on first use: a load that only
 * folds never pays for it, and folding a tail only queues the tail.
 */
export class CommandIndex<Event extends DomainEvent = DomainEvent> implements ReadonlyMap<string, readonly Event[]> {
  readonly #byCommandId = new Map<string, Event[]>()
  // Recorded events with their decoded form (same order, same length), or the events one command appended.
  #pending: (
    | { recorded: readonly RecordedEvent[]; events: readonly Event[] }
    | { commandId: string; events: readonly Event[] }
  )[] = []
  #lookups = 0

  /** Queues recorded events and their decoded form (same order, same length). */
  addRecorded(recorded: readonly RecordedEvent[], events: readonly Event[]): void {
    if (recorded.length > 0) this.#pending.push({ recorded, events })
  }

  /** Queues the events one command appended (a state that is not kept never builds its index). */
  addAppended(commandId: string, events: readonly Event[]): void {
    if (events.length > 0) this.#pending.push({ commandId, events })
  }

  get size(): number {
    return this.#index().size
  }
  /** The events recorded for `commandId`, or `undefined` if the stream never saw that command. */
  get(commandId: string): readonly Event[] | undefined {
    // A state loaded for one command is asked once: scanning is cheaper than building the index then.
    if (this.#byCommandId.size === 0 && this.#lookups++ === 0) return this.#scan(commandId)
    return this.#index().get(commandId)
  }
  /** Whether the stream already recorded events for `commandId`. */
  has(commandId: string): boolean {
    return this.get(commandId) !== undefined
  }
  /** Calls `callback` once per command id with the events that command recorded. */
  forEach(callback: (events: readonly Event[], commandId: string, map: ReadonlyMap<string, readonly Event[]>) => void) {
    for (const [commandId, events] of this.#index()) callback(events, commandId, this)
  }
  entries(): MapIterator<[string, readonly Event[]]> {
    return this.#index().entries()
  }
  keys(): MapIterator<string> {
    return this.#index().keys()
  }
  values(): MapIterator<readonly Event[]> {
    return this.#index().values()
  }
  /** Each command id with its events, as `entries()`. */
  [Symbol.iterator](): MapIterator<[string, readonly Event[]]> {
    return this.entries()
  }

  #scan(commandId: string): readonly Event[] | undefined {
    const found: Event[] = []
    for (const entry of this.#pending) {
      for (let i = 0; i < entry.events.length; i++) {
        if (commandIdOf(entry, i) === commandId) found.push(entry.events[i] as Event)
      }
    }
    return found.length > 0 ? found : undefined
  }

  #index(): Map<string, Event[]> {
    for (const entry of this.#pending) {
      for (let i = 0; i < entry.events.length; i++) {
        const commandId = commandIdOf(entry, i)
        if (commandId === undefined) continue
        const same = this.#byCommandId.get(commandId)
        if (same) same.push(entry.events[i] as Event)
        else this.#byCommandId.set(commandId, [entry.events[i] as Event])
      }
    }
    this.#pending = []
    return this.#byCommandId
  }
}

const commandIdOf = (
  entry: { recorded: readonly RecordedEvent[] } | { commandId: string },
  index: number,
): string | undefined =>
  'commandId' in entry ? entry.commandId : (entry.recorded[index] as RecordedEvent).metadata.commandId
