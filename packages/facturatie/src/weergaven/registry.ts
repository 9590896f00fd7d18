import { combineRegistries, type EventRegistry, type RecordedEvent } from '@factuurstroom/eventsourcing'
import { type ConceptEvent, conceptRegistry } from '../concept/events'
import { type DagboekEvent, dagboekRegistry } from '../dagboek/events'
import { type FactuurEvent, factuurRegistry } from '../factuur/events'
import { type RelatieEvent, relatieRegistry } from '../relatie/events'

/** Every event a view reads. Other types in the log (set-up, key guards, staging) are skipped by the runner. */
export type WeergaveEvent = ConceptEvent | FactuurEvent | DagboekEvent | RelatieEvent

/** Decodes every event type the views read: concept, factuur, dagboek and relatie events. */
export const weergaveRegistry: EventRegistry<WeergaveEvent> = combineRegistries<WeergaveEvent>(
  conceptRegistry,
  factuurRegistry,
  dagboekRegistry,
  relatieRegistry,
)

/**
 * One view as a pure fold: `verwerk` mutates the view it owns (linear, no copies) and reads only the event and
 * where it was recorded, never a clock or master data. `alsProjectie` and `weergavenProjectie` turn these into the
 * kernel's `Projection`s.
 */
export interface Weergave<View> {
  readonly naam: string
  /** The view before any event. */
  readonly begin: () => View
  /** Applies one event to the view in place; `recorded` says where and when it was recorded. */
  readonly verwerk: (view: View, event: WeergaveEvent, recorded: RecordedEvent) => void
}

/** When and where an event was recorded, as views keep it: position as a decimal string (JSON-safe), ISO date. */
export const herkomstVan = (recorded: RecordedEvent): { positie: string; vastgelegdOp: string } => ({
  positie: recorded.globalPosition.toString(),
  vastgelegdOp: recorded.recordedAt.toISOString(),
})

/** The one event of `WeergaveEvent` with type `T`, for a view's handler of that event. */
export type WeergaveEventVan<T extends WeergaveEvent['type']> = Extract<WeergaveEvent, { type: T }>
