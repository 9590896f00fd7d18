import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import { type AggregateCache, loadAggregate } from './aggregate-loader'
import type { EventRegistry } from './codec'
import { type Decider, type DomainError, type DomainWarning, decisionEvents, decisionWarnings } from './decider'
import type { DomainEvent, EventMetadata } from './envelope'
import { ConcurrencyRetriesExhaustedError, WrongExpectedRevisionError } from './errors'
import type { EventStore } from './event-store'
import { traceCommand } from './telemetry'

/** Who sends the command and when; the handler copies it into every event's metadata. */
export interface CommandContext {
  /** Unique per command; sending the same id again returns the first outcome and appends nothing. */
  readonly commandId: string
  /** ISO-8601 instant (business time); deciders never read a clock. */
  readonly occurredAt: string
  readonly actor?: string
  readonly correlationId?: string
  readonly causationId?: string
}

export interface HandledCommand<Event extends DomainEvent> {
  readonly streamId: string
  readonly events: readonly Event[]
  readonly warnings: readonly DomainWarning[]
  /** True when this command id had been handled before and nothing new was appended. */
  readonly duplicate: boolean
  /** The stream's revision after the command (`undefined` if the stream still does not exist). */
  readonly revision: bigint | undefined
  readonly lastPosition: bigint | undefined
}

export interface CommandHandlerConfig<Command, Event extends DomainEvent, State, Error extends DomainError> {
  readonly decider: Decider<Command, Event, State, Error>
  readonly registry: EventRegistry<Event>
  readonly streamId: (command: Command) => string
  readonly retry?: RetryPolicy
  /** Keeps folded state between commands so each load reads only new events; see `AggregateCache`. */
  readonly cache?: AggregateCache
}

export interface RetryPolicy {
  /** Attempts before a concurrency conflict is given up on; default 25. */
  readonly maxAttempts?: number
  /** Upper bound of the random wait before the first retry, doubled on each further retry; default 1 ms. */
  readonly baseDelayMs?: number
  /** Cap on the random wait; default 50 ms. */
  readonly maxDelayMs?: number
}

export type CommandHandler<Command, Event extends DomainEvent, Error extends DomainError> = (
  command: Command,
  context: CommandContext,
) => Promise<Either<Error, HandledCommand<Event>>>

/**
 * read → decide → append with the expected revision. On a conflict it reloads and decides again, up to
 * `maxAttempts`, then throws `ConcurrencyRetriesExhaustedError`. Domain errors come back as `Left` and write nothing.
 */
export const commandHandler =
  <Command, Event extends DomainEvent, State, Error extends DomainError>(
    store: EventStore,
    config: CommandHandlerConfig<Command, Event, State, Error>,
  ): CommandHandler<Command, Event, Error> =>
  (command, context) => {
    const streamId = config.streamId(command)
    const attempt = async (): Promise<Either<Error, HandledCommand<Event>>> => {
      const loaded = await loadAggregate(store, streamId, config.decider, config.registry, config.cache)
      const earlier = loaded.eventsByCommandId.get(context.commandId)
      if (earlier) {
        return right({
          streamId,
          events: earlier,
          warnings: [],
          duplicate: true,
          revision: typeof loaded.expectedRevision === 'bigint' ? loaded.expectedRevision : undefined,
          lastPosition: undefined,
        })
      }
      const decision = config.decider.decide(command, loaded.state)
      if (isLeft(decision)) return left(decision.left)
      const events = decisionEvents(decision.right)
      const warnings = decisionWarnings(decision.right)
      if (events.length === 0) {
        const revision = typeof loaded.expectedRevision === 'bigint' ? loaded.expectedRevision : undefined
        return right({ streamId, events, warnings, duplicate: false, revision, lastPosition: undefined })
      }
      const metadata = metadataFor(context)
      const result = await store.appendToStream(
        streamId,
        events.map((event) => config.registry.toNewEvent(event, metadata)),
        loaded.expectedRevision,
      )
      return right({
        streamId,
        events,
        warnings,
        duplicate: false,
        revision: result.nextExpectedRevision,
        lastPosition: result.lastPosition,
      })
    }
    return traceCommand(streamId, command, (counted) => retryOnConflict(streamId, config.retry, attempt, counted))
  }

/**
 * Runs `attempt` again while it fails with a revision conflict, waiting a random, growing delay (full jitter) so
 * racing writers spread out. After `maxAttempts` the last conflict is thrown, wrapped.
 */
export const retryOnConflict = async <T>(
  label: string,
  policy: RetryPolicy | undefined,
  attempt: () => Promise<T>,
  /** Called before each attempt (telemetry counts them). */
  onAttempt?: () => void,
): Promise<T> => {
  const maxAttempts = policy?.maxAttempts ?? 25
  const baseDelayMs = policy?.baseDelayMs ?? 1
  const maxDelayMs = policy?.maxDelayMs ?? 50
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      onAttempt?.()
      return await attempt()
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error
      if (attemptNumber >= maxAttempts) throw new ConcurrencyRetriesExhaustedError(label, attemptNumber, error)
      const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attemptNumber - 1))
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling))
    }
  }
}

export const metadataFor = (context: CommandContext): EventMetadata => {
  const metadata: Record<string, string> = { commandId: context.commandId, occurredAt: context.occurredAt }
  if (context.actor !== undefined) metadata.actor = context.actor
  if (context.correlationId !== undefined) metadata.correlationId = context.correlationId
  if (context.causationId !== undefined) metadata.causationId = context.causationId
  return metadata as EventMetadata
}
