import {
  canonicalJson,
  type Decider,
  type DomainError,
  type DomainEvent,
  type EventRegistry,
  type EventStore,
  FactuurstroomError,
  foldEvents,
  isBeyond,
  type RecordedEvent,
  type ReplayLimit,
  replayProjection,
} from '@factuurstroom/eventsourcing'
import { type Weergaven, weergavenProjectie } from './weergaven'

/**
 * The moment an audit looks at: a date `YYYY-MM-DD` means the end of that day (UTC), an ISO instant means itself.
 * Dates are recording dates (`recordedAt`), not business dates such as factuurdatum or boekdatum.
 */
export const totEnMet = (moment: string): Date => {
  const datum = /^\d{4}-\d{2}-\d{2}$/.test(moment) ? new Date(`${moment}T23:59:59.999Z`) : new Date(moment)
  if (Number.isNaN(datum.getTime())) {
    throw new FactuurstroomError(
      'MOMENT_ONGELDIG',
      `'${moment}' is not a date (YYYY-MM-DD) or an ISO instant (2026-04-01T12:00:00.000Z).`,
      { moment },
    )
  }
  return datum
}

/** Rebuilds every view from the start of the log, up to a global position and/or a recording date (inclusive). */
export const herbouwWeergaven = (
  store: EventStore,
  limit?: ReplayLimit,
): Promise<{ view: Weergaven; position: bigint | undefined }> => replayProjection(store, weergavenProjectie, limit)

/** An aggregate's state as it stood at a position or date: its stream read and folded only up to that point. */
export const aggregaatOpMoment = async <Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State, DomainError>,
  registry: EventRegistry<Event>,
  limit: ReplayLimit,
): Promise<{ state: State; events: readonly RecordedEvent[] }> => {
  const alle = await store.readStream(streamId)
  const events: RecordedEvent[] = []
  for (const recorded of alle) {
    if (isBeyond(recorded, limit)) break
    events.push(recorded)
  }
  const state = foldEvents(
    decider,
    decider.initialState(),
    events.map((e) => registry.decodeOrThrow(e)),
  )
  return { state, events }
}

const opgeschoond = (value: unknown): unknown => {
  if (value instanceof Map) {
    return [...value.entries()]
      .map(([k, v]) => [String(k), opgeschoond(v)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  }
  if (value instanceof Set) return [...value].map(String).sort()
  if (Array.isArray(value)) return value.map(opgeschoond)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, opgeschoond(v)]))
  }
  return value
}

/**
 * A view as canonical text (maps sorted by key, object keys sorted): two replays of the same events give the same
 * text, byte for byte. What the determinism specs compare, and what an auditor can hash and file.
 */
export const momentopname = (view: unknown): string => canonicalJson(opgeschoond(view))
