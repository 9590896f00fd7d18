import {
  type AppendResult,
  appendParts,
  type CommandContext,
  ConcurrencyRetriesExhaustedError,
  type DomainError,
  type DomainEvent,
  type EventStore,
  type HandledCommand,
  type RetryPolicy,
  retryOnConflict,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import { afgehandeld, type Beslisser, type Besluit } from './beslisser'

/** One item of a batch: a command on its own stream, decided by that stream's `beslisser` (one per item). */
export interface Stroomopdracht<Command, Event extends DomainEvent, Error extends DomainError> {
  readonly streamId: string
  readonly beslis: Beslisser<Command, Event, Error>
  readonly command: Command
  readonly context: CommandContext
}

/** The most parts one append of a batch takes: each is one small stream's events, so the whole stays far below 1 MiB. */
export const delenPerAppend = 500

/**
 * A batch of commands on independent streams, each decided on its own stream's (cached) state as its single action
 * decides it, appended in chunks of `delenPerAppend` parts (`appendParts`: one transaction on a store with
 * `appendToStreams`, one append after another otherwise), each part folded into its cache. A refusal is that item's
 * answer and stops no other. A revision conflict in a chunk decides the chunk's not yet answered items again on their
 * streams' new tails, as `commandHandler` retries (then `ConcurrencyRetriesExhaustedError`); an item the fallback
 * had written before the conflict is then found by its command id and answered as a duplicate.
 */
export const schrijfPerStroom = async <Command, Event extends DomainEvent, Error extends DomainError>(
  store: EventStore,
  opdrachten: readonly Stroomopdracht<Command, Event, Error>[],
  retry?: RetryPolicy,
): Promise<Either<Error, HandledCommand<Event>>[]> => {
  const uitkomsten: Either<Error, HandledCommand<Event>>[] = []
  for (let i = 0; i < opdrachten.length; i += delenPerAppend) {
    uitkomsten.push(...(await schrijfStukOpnieuw(store, opdrachten.slice(i, i + delenPerAppend), retry)))
  }
  return uitkomsten
}

/** A chunk, again after each conflict; given up on, the error names the stream that last conflicted. */
const schrijfStukOpnieuw = <Command, Event extends DomainEvent, Error extends DomainError>(
  store: EventStore,
  stuk: readonly Stroomopdracht<Command, Event, Error>[],
  retry: RetryPolicy | undefined,
) => opnieuwBijConflict(retry, schrijfStuk(store, stuk))

/** An attempt on several streams, again after each conflict; given up on, the error names the stream that last conflicted. */
export const opnieuwBijConflict = async <T>(retry: RetryPolicy | undefined, poging: () => Promise<T>): Promise<T> => {
  try {
    return await retryOnConflict('', retry, poging)
  } catch (error) {
    if (!(error instanceof ConcurrencyRetriesExhaustedError)) throw error
    throw new ConcurrencyRetriesExhaustedError(error.cause.streamId, error.attempts, error.cause)
  }
}

/** One chunk's attempt, again after a conflict: items answered by an earlier attempt keep that answer. */
const schrijfStuk = <Command, Event extends DomainEvent, Error extends DomainError>(
  store: EventStore,
  stuk: readonly Stroomopdracht<Command, Event, Error>[],
) => {
  const beantwoord: (Either<Error, HandledCommand<Event>> | undefined)[] = stuk.map(() => undefined)
  return async (): Promise<Either<Error, HandledCommand<Event>>[]> => {
    const besluiten: [number, Besluit<Event>][] = []
    for (const [i, opdracht] of stuk.entries()) {
      if (beantwoord[i] !== undefined) continue
      const besluit = await opdracht.beslis(opdracht.command, opdracht.context)
      if (isLeft(besluit)) beantwoord[i] = besluit
      else if (besluit.right.deel === undefined) beantwoord[i] = right(afgehandeld(besluit.right, undefined))
      else besluiten.push([i, besluit.right])
    }
    const delen = besluiten.flatMap(([, besluit]) => (besluit.deel ? [besluit.deel] : []))
    const results: AppendResult[] = delen.length > 0 ? await appendParts(store, delen) : []
    for (const [k, [i, besluit]] of besluiten.entries()) beantwoord[i] = right(afgehandeld(besluit, results[k]))
    return beantwoord.filter((u) => u !== undefined)
  }
}
