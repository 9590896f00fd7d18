import { isLeft } from 'fp-ts/lib/Either.js'
import type { Decider, DomainError, DomainWarning } from '../decider'
import { decisionEvents, decisionWarnings, foldEvents } from '../decider'
import type { DomainEvent, RecordedEvent } from '../envelope'
import type { Projection } from '../projection'
import { assertExactlyEqual, render, SpecFailure } from './exact-equality'

/**
 * Given-when-then for a decider. Compares the complete list of events, in order, with exact values:
 *
 *     const spec = deciderSpec(conceptDecider)
 *     spec.given([geopend]).when(voegRegelToe).then([regelToegevoegd])
 *     spec.given([]).when(factureer).thenFails('CONCEPT_NIET_FACTUREERBAAR')
 *
 * Framework-agnostic: a failure throws a `SpecFailure` whose message holds a readable diff.
 */
export const deciderSpec = <Command, Event extends DomainEvent, State, Error extends DomainError>(
  decider: Decider<Command, Event, State, Error>,
) => ({
  /** The events already in the stream; the state is folded from them. */
  given: (history: readonly Event[]) => ({
    /** The command to decide on the given state. */
    when: (command: Command) => {
      const run = () => decider.decide(command, foldEvents(decider, decider.initialState(), history))
      return {
        /** The decision must be exactly these events, with no warnings. */
        then: (expected: readonly Event[]): void => {
          const outcome = succeed(run())
          assertExactlyEqual(expected, outcome.events, 'Events')
          assertExactlyEqual([], outcome.warnings.map(codeOf), 'Warnings')
        },
        /** The decision must be exactly these events and warn with exactly these codes, in order. */
        thenWarns: (expected: readonly Event[], warningCodes: readonly string[]): readonly DomainWarning[] => {
          const outcome = succeed(run())
          assertExactlyEqual(expected, outcome.events, 'Events')
          assertExactlyEqual(warningCodes, outcome.warnings.map(codeOf), 'Warning codes')
          return outcome.warnings
        },
        /** The decision must fail with this error code; returns the error for further checks of its message. */
        thenFails: (code: Error['code']): Error => {
          const decision = run()
          if (!isLeft(decision)) {
            throw new SpecFailure(
              `Expected error ${code}, but the decision succeeded with:\n${render(decisionEvents(decision.right))}`,
            )
          }
          assertExactlyEqual(code, decision.left.code, 'Error codes')
          return decision.left
        },
      }
    },
  }),
})

/** Given-when-then for a projection: fold the events (as recorded at positions 0, 1, …) and compare the view. */
export const projectionSpec = <View, Event extends DomainEvent>(projection: Projection<View, Event>) => ({
  /**
   * The events to project, in order: domain events, or recorded events (decoded when the registry knows them, skipped
   * otherwise).
   */
  given: (events: readonly (Event | RecordedEvent)[]) => ({
    /** The view after evolving every event must be exactly `expected`. */
    then: (expected: View): void => {
      let view = projection.initialView()
      events.forEach((event, index) => {
        if (isRecorded(event)) {
          if (projection.registry.knows(event.type)) {
            view = projection.evolve(view, projection.registry.decodeOrThrow(event), event)
          }
        } else {
          view = projection.evolve(view, event, syntheticRecord(event, index))
        }
      })
      assertExactlyEqual(expected, view, 'Views')
    },
  }),
})

const isRecorded = (event: DomainEvent | RecordedEvent): event is RecordedEvent => 'globalPosition' in event

const syntheticRecord = (event: DomainEvent, index: number): RecordedEvent => ({
  eventId: `spec-${index}`,
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: { occurredAt: '1970-01-01T00:00:00.000Z' },
  streamId: 'spec',
  streamRevision: BigInt(index),
  globalPosition: BigInt(index),
  recordedAt: new Date(0),
})

const succeed = <Event extends DomainEvent, Error extends DomainError>(
  decision: ReturnType<Decider<unknown, Event, unknown, Error>['decide']>,
) => {
  if (isLeft(decision)) {
    throw new SpecFailure(
      `Expected events, but the decision failed with ${decision.left.code}: ${decision.left.message}`,
    )
  }
  return { events: decisionEvents(decision.right), warnings: decisionWarnings(decision.right) }
}

const codeOf = (warning: DomainWarning): string => warning.code
