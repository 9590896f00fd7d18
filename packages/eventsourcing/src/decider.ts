import type { Either } from 'fp-ts/lib/Either.js'
import type { DomainEvent } from './envelope'

/** A rule violation with a stable code (e.g. `CONCEPT_AL_ACTIEF`) and a message that says what to do. */
export interface DomainError<Code extends string = string> {
  readonly code: Code
  readonly message: string
  readonly details?: Readonly<Record<string, unknown>>
}

/** Something the user should see that does not block the decision (e.g. an amount below the minimum, R6). */
export interface DomainWarning<Code extends string = string> {
  readonly code: Code
  readonly message: string
  readonly details?: Readonly<Record<string, unknown>>
}

/** What `decide` returns on success: the new events, optionally with warnings. */
export type Decision<Event extends DomainEvent> =
  | readonly Event[]
  | { readonly events: readonly Event[]; readonly warnings: readonly DomainWarning[] }

/**
 * The pure core of an aggregate. `decide` and `evolve` do no I/O and read no clock:
 * time, ids and the settings in force arrive in the command.
 */
export interface Decider<Command, Event extends DomainEvent, State, Error extends DomainError = DomainError> {
  /** The state of a stream with no events. */
  readonly initialState: () => State
  /** Decides a command on the current state: the events to record, or a domain error (nothing recorded). */
  readonly decide: (command: Command, state: State) => Either<Error, Decision<Event>>
  /** Applies one recorded event to the state. */
  readonly evolve: (state: State, event: Event) => State
  /**
   * Optional fast path for loading: fold a whole history at once (e.g. inside one immer `produce`).
   * Must give the same result as reducing with `evolve`.
   */
  readonly evolveAll?: (state: State, events: readonly Event[]) => State
}

/** The events of a decision, with or without warnings. */
export const decisionEvents = <Event extends DomainEvent>(decision: Decision<Event>): readonly Event[] =>
  isEventList(decision) ? decision : decision.events

/** The warnings of a decision; none for a plain list of events. */
export const decisionWarnings = <Event extends DomainEvent>(decision: Decision<Event>): readonly DomainWarning[] =>
  isEventList(decision) ? [] : decision.warnings

const isEventList = <Event extends DomainEvent>(decision: Decision<Event>): decision is readonly Event[] =>
  Array.isArray(decision)

/** Folds a history with `evolveAll` when the decider has one, else event by event. */
export const foldEvents = <Command, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State, DomainError>,
  state: State,
  events: readonly Event[],
): State => (decider.evolveAll ? decider.evolveAll(state, events) : events.reduce(decider.evolve, state))
