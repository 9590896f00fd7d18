import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import { type AggregateCache, type AggregateSnapshot, readTail } from './aggregate-loader'
import type { EventRegistry } from './codec'
import {
  type Decider,
  type DomainError,
  type DomainWarning,
  decisionEvents,
  decisionWarnings,
  foldEvents,
} from './decider'
import type { DomainEvent } from './envelope'
import { ConcurrencyRetriesExhaustedError, WrongExpectedRevisionError } from './errors'
import { metadataFor } from './event-metadata'
import type { AppendResult, EventStore } from './event-store'
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

/**
 * What a handled command recorded: its events (or, for a repeated command id, those recorded before) and where the
 * stream stands.
 */
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

/** How `commandHandler` handles one aggregate type: its decider, its events, the stream of each command. */
export interface CommandHandlerConfig<Command, Event extends DomainEvent, State, Error extends DomainError> {
  readonly decider: Decider<Command, Event, State, Error>
  readonly registry: EventRegistry<Event>
  /** The stream a command belongs to, e.g. `factuur-<administratie>-<factuurId>`. */
  readonly streamId: (command: Command) => string
  readonly retry?: RetryPolicy
  /** Keeps folded state between commands so each load reads only new events; see `AggregateCache`. */
  readonly cache?: AggregateCache
}

/** How often and how patiently a command is retried after a concurrency conflict (random exponential backoff). */
export interface RetryPolicy {
  /** Attempts before a concurrency conflict is given up on; default 25. */
  readonly maxAttempts?: number
  /** Upper bound of the random wait before the first retry, doubled on each further retry; default 1 ms. */
  readonly baseDelayMs?: number
  /** Cap on the random wait; default 50 ms. */
  readonly maxDelayMs?: number
}

/** Handles one command: a `Left` for a rule violation (nothing written), else the events recorded. */
export type CommandHandler<Command, Event extends DomainEvent, Error extends DomainError> = (
  command: Command,
  context: CommandContext,
) => Promise<Either<Error, HandledCommand<Event>>>

/**
 * read → decide → append with the expected revision. On a conflict it reads the stream's new tail and decides
 * again, up to `maxAttempts`, then throws `ConcurrencyRetriesExhaustedError`. Domain errors come back as `Left` and
 * write nothing.
 *
 * With a cache, a warm stream is not read before the append: the decision is taken on the cached state and the
 * append's expected revision proves that state current (a stale one conflicts, and the retry reads the tail). What
 * the command appended is folded into the cached state, never read back. A decision that writes nothing (a refusal
 * or no events) has no append to prove it: on cached state the stream's tail is read first, and if it moved the
 * command is decided again.
 */
export const commandHandler =
  <Command, Event extends DomainEvent, State, Error extends DomainError>(
    store: EventStore,
    config: CommandHandlerConfig<Command, Event, State, Error>,
  ): CommandHandler<Command, Event, Error> =>
  async (command, context) => {
    const streamId = config.streamId(command)
    const { decider, registry, cache } = config
    // Held across attempts: after a conflict only the events written meanwhile are read.
    let snapshot = cache?.take(streamId)
    let stale = false
    const attempt = async (): Promise<Either<Error, HandledCommand<Event>>> => {
      // Whether the state was read in this attempt, rather than taken from the cache unproven.
      let current = false
      if (!snapshot || stale) {
        snapshot = await readTail(store, streamId, decider, registry, snapshot)
        current = true
        stale = false
      }
      for (;;) {
        const held: AggregateSnapshot = snapshot
        const revision = held.revision
        const earlier = held.eventsByCommandId.get(context.commandId) as readonly Event[] | undefined
        if (earlier) {
          cache?.set(streamId, held)
          return right({ streamId, events: earlier, warnings: [], duplicate: true, revision, lastPosition: undefined })
        }
        const decision = decider.decide(command, held.state as State)
        const events = isLeft(decision) ? [] : decisionEvents(decision.right)
        if (events.length === 0 && !current) {
          snapshot = await readTail(store, streamId, decider, registry, held)
          current = true
          if (snapshot.revision !== revision) continue
        }
        if (isLeft(decision)) {
          cache?.set(streamId, held)
          return left(decision.left)
        }
        const warnings = decisionWarnings(decision.right)
        if (events.length === 0) {
          cache?.set(streamId, held)
          return right({ streamId, events, warnings, duplicate: false, revision, lastPosition: undefined })
        }
        const metadata = metadataFor(context)
        let result: AppendResult
        try {
          result = await store.appendToStream(
            streamId,
            events.map((event) => registry.toNewEvent(event, metadata)),
            revision ?? 'no_stream',
          )
        } catch (error) {
          stale = true
          throw error
        }
        held.state = foldEvents(decider, held.state as State, events)
        held.revision = result.nextExpectedRevision
        held.eventsByCommandId.addAppended(context.commandId, events)
        cache?.set(streamId, held)
        snapshot = undefined
        return right({
          streamId,
          events,
          warnings,
          duplicate: false,
          revision: result.nextExpectedRevision,
          lastPosition: result.lastPosition,
        })
      }
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
