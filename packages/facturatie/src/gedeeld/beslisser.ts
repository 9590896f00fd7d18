import {
  type AggregateCache,
  type AggregateSnapshot,
  type AppendPart,
  type AppendResult,
  appendPart,
  type CommandContext,
  CommandIndex,
  type Decider,
  type DomainError,
  type DomainEvent,
  type DomainWarning,
  decisionEvents,
  decisionWarnings,
  type EventRegistry,
  type EventStore,
  foldEvents,
  type HandledCommand,
  readTail,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'

/** A command decided on one stream for a joined append: its events and the part to append them with (if any). */
export interface Besluit<Event extends DomainEvent> {
  readonly streamId: string
  /** The new events, or those the same command id recorded before when `duplicate`. */
  readonly events: readonly Event[]
  readonly warnings: readonly DomainWarning[]
  readonly duplicate: boolean
  /** The stream's revision the command was decided on. */
  readonly revision: bigint | undefined
  /** What to append; none when there is nothing new. */
  readonly deel?: AppendPart
}

/** Decides one command on a stream, for a step that appends it together with another stream's part. */
export interface Beslisser<Command, Event extends DomainEvent, Error extends DomainError> {
  (command: Command, context: CommandContext): Promise<Either<Error, Besluit<Event>>>
  /**
   * Decides `command` after `vorig`, for the same append, when `vorig` creates the stream: on the state its events
   * leave, folded from the initial state (the stream has no others, so no cached state is needed), its part expecting
   * the revision `vorig`'s leaves. `undefined` when `vorig` creates nothing (no part, or a stream that exists): then
   * decide on the stream as usual.
   */
  readonly beslisNa: (
    vorig: Besluit<Event>,
    command: Command,
    context: CommandContext,
  ) => Either<Error, Besluit<Event>> | undefined
}

/**
 * A decider for one step on one stream, as `commandHandler` decides but without appending. Its first decision may be
 * taken on the cached state without reading the stream: the append's expected revision proves that state current.
 * A decision that writes nothing has no append to prove it, so then the stream's tail is read first; and every later
 * decision of the step (a retry after a conflict) reads the tail too. A repeated command id gets the events it
 * recorded, as a duplicate, and no part.
 */
export const beslisser = <Command, Event extends DomainEvent, State, Error extends DomainError>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State, Error>,
  registry: EventRegistry<Event>,
  cache: AggregateCache | undefined,
): Beslisser<Command, Event, Error> => {
  let eerste = true
  const lees = (from?: AggregateSnapshot) => readTail(store, streamId, decider, registry, from)
  const beslis = async (command: Command, context: CommandContext): Promise<Either<Error, Besluit<Event>>> => {
    let snapshot = cache?.take(streamId)
    let gelezen = !eerste || snapshot === undefined
    eerste = false
    if (gelezen) snapshot = await lees(snapshot)
    let held = snapshot ?? { state: decider.initialState(), revision: undefined, eventsByCommandId: new CommandIndex() }
    try {
      for (;;) {
        const revision = held.revision
        const eerder = held.eventsByCommandId.get(context.commandId) as readonly Event[] | undefined
        if (eerder) return right({ streamId, events: eerder, warnings: [], duplicate: true, revision })
        const decision = decider.decide(command, held.state as State)
        const events = isLeft(decision) ? [] : decisionEvents(decision.right)
        if (events.length === 0 && !gelezen) {
          held = await lees(held)
          gelezen = true
          if (held.revision !== revision) continue
        }
        if (isLeft(decision)) return decision
        const warnings = decisionWarnings(decision.right)
        if (events.length === 0) return right({ streamId, events, warnings, duplicate: false, revision })
        const deel = appendPart(streamId, registry, events, revision ?? 'no_stream', context, { decider, cache })
        return right({ streamId, events, warnings, duplicate: false, revision, deel })
      }
    } finally {
      cache?.set(streamId, held)
    }
  }
  const beslisNa = (vorig: Besluit<Event>, command: Command, context: CommandContext) => {
    if (vorig.deel === undefined || vorig.revision !== undefined) return undefined
    const decision = decider.decide(command, foldEvents(decider, decider.initialState(), vorig.events))
    if (isLeft(decision)) return decision
    const events = decisionEvents(decision.right)
    const revision = BigInt(vorig.events.length - 1)
    const warnings = decisionWarnings(decision.right)
    if (events.length === 0) return right({ streamId, events, warnings, duplicate: false, revision })
    const deel = appendPart(streamId, registry, events, revision, context, { decider, cache })
    return right({ streamId, events, warnings, duplicate: false, revision, deel })
  }
  return Object.assign(beslis, { beslisNa })
}

/** What the step recorded, as `commandHandler` reports it: `result` is its part's append, if it had one. */
export const afgehandeld = <Event extends DomainEvent>(
  besluit: Besluit<Event>,
  result: AppendResult | undefined,
): HandledCommand<Event> => ({
  streamId: besluit.streamId,
  events: besluit.events,
  warnings: besluit.warnings,
  duplicate: besluit.duplicate,
  revision: result ? result.nextExpectedRevision : besluit.revision,
  lastPosition: result?.lastPosition,
})
