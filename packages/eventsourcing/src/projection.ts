import type { EventRegistry } from './codec'
import type { DomainEvent, RecordedEvent } from './envelope'
import type { EventStore, Subscription } from './event-store'
import { traceProjectionPage } from './telemetry'

/**
 * A view folded from the global log. `evolve` may mutate the view it is given (the runner owns it) and returns the
 * view to carry on with. Events of types the registry does not know are skipped.
 */
export interface Projection<View, Event extends DomainEvent = DomainEvent> {
  readonly name: string
  readonly registry: EventRegistry<Event>
  /** The view before any event. */
  readonly initialView: () => View
  /** Applies one decoded event; `recorded` gives its stream, position and metadata. */
  readonly evolve: (view: View, event: Event, recorded: RecordedEvent) => View
}

/** Where a projection got to. A store keeps it beside the view so both move together. */
export interface CheckpointStore {
  /** The last global position the projection applied, or `undefined` if it has applied nothing. */
  load(projection: string): Promise<bigint | undefined>
  /** Records that the projection has applied everything up to `position`. */
  save(projection: string, position: bigint): Promise<void>
}

/** Where a replay stops, for an audit "as of": at a global position (inclusive) and/or a recording date (inclusive). */
export interface ReplayLimit {
  readonly toPosition?: bigint
  readonly toRecordedAt?: Date
}

/** Checkpoints in process memory, for in-memory views and tests. */
export class InMemoryCheckpointStore implements CheckpointStore {
  readonly #positions = new Map<string, bigint>()
  /** The last position saved for the projection, if any. */
  async load(projection: string): Promise<bigint | undefined> {
    return this.#positions.get(projection)
  }
  /** Records the projection's position. */
  async save(projection: string, position: bigint): Promise<void> {
    this.#positions.set(projection, position)
  }
}

/** Whether a recorded event lies after the replay limit (by position or recording date); never without a limit. */
export const isBeyond = (recorded: RecordedEvent, limit: ReplayLimit | undefined): boolean =>
  limit !== undefined &&
  ((limit.toPosition !== undefined && recorded.globalPosition > limit.toPosition) ||
    (limit.toRecordedAt !== undefined && recorded.recordedAt.getTime() > limit.toRecordedAt.getTime()))

/**
 * Holds one projection's view and its position. Applying an event at or before the position is a no-op, so a
 * redelivered event never counts twice.
 */
export class ProjectionRunner<View, Event extends DomainEvent = DomainEvent> {
  #view: View
  #position: bigint | undefined

  constructor(
    readonly projection: Projection<View, Event>,
    start: { view?: View; position?: bigint } = {},
  ) {
    this.#view = start.view ?? projection.initialView()
    this.#position = start.position
  }

  get view(): View {
    return this.#view
  }

  /** Global position of the last event applied, or `undefined` before the first. */
  get position(): bigint | undefined {
    return this.#position
  }

  /** Applies one recorded event; returns false when it was skipped as already applied. */
  apply(recorded: RecordedEvent): boolean {
    if (this.#position !== undefined && recorded.globalPosition <= this.#position) return false
    if (this.projection.registry.knows(recorded.type)) {
      this.#view = this.projection.evolve(this.#view, this.projection.registry.decodeOrThrow(recorded), recorded)
    }
    this.#position = recorded.globalPosition
    return true
  }

  /** Reads the log from the current position to its end (or the limit); returns how many events were applied. */
  async catchUp(store: EventStore, limit?: ReplayLimit, onProgress?: (position: bigint) => void): Promise<number> {
    let applied = 0
    let after = this.#position
    for (;;) {
      const page = await store.readAll({ after, maxCount: 1000 })
      const beyond = page.events.findIndex((recorded) => isBeyond(recorded, limit))
      const events = beyond === -1 ? page.events : page.events.slice(0, beyond)
      await traceProjectionPage(this.projection.name, events, () => {
        for (const recorded of events) {
          if (this.apply(recorded)) applied++
          if (onProgress && applied % 1000 === 0) onProgress(recorded.globalPosition)
        }
      })
      if (beyond !== -1 || page.isEnd || page.events.length === 0) return applied
      after = page.position
    }
  }

  /** Follows the log live, saving the checkpoint after each event. */
  follow(store: EventStore, checkpoints?: CheckpointStore): Subscription {
    return store.subscribeToAll(
      async (recorded) => {
        if (this.apply(recorded) && checkpoints) await checkpoints.save(this.projection.name, recorded.globalPosition)
      },
      { after: this.#position },
    )
  }
}

/** Rebuilds a view from the start of the log, optionally only up to a position or date: what an auditor runs. */
export const replayProjection = async <View, Event extends DomainEvent>(
  store: EventStore,
  projection: Projection<View, Event>,
  limit?: ReplayLimit,
): Promise<{ view: View; position: bigint | undefined }> => {
  const runner = new ProjectionRunner(projection)
  await runner.catchUp(store, limit)
  return { view: runner.view, position: runner.position }
}
