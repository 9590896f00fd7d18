import {
  AggregateCache,
  type AppendPart,
  appendParts,
  type CommandContext,
  type EventStore,
  loadAggregate,
  type RetryPolicy,
  retryOnConflict,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import { type InrichtingService, inrichtingService } from '../inrichting/service'
import type { JournaliseringsFout } from '../journalisering/errors'
import { beslisOpStand } from './beslis-op-stand'
import type { DagboekCommand } from './commands'
import { dagboekDecider } from './decider'
import type { DagboekFout } from './errors'
import { type DagboekEvent, dagboekRegistry, dagboekStream } from './events'
import type { DagboekState } from './state'
import { voorlopigeReeks } from './voorlopig'
import { wachtrijPerSleutel } from './wachtrij'

/** How a host wires the dagboek service. */
export interface DagboekServiceOptions {
  /** The set-up to read dagboeken and integratiesoorten from; one over the same store by default. */
  readonly inrichting?: InrichtingService
  /** Keeps each dagboek folded so issuing the 100,000th number reads only the new tail. */
  readonly cache?: AggregateCache
  readonly retry?: RetryPolicy
}

/**
 * Reads the answer of a command from the folded state right after the decision (synchronously, before anything
 * else can move it on): the new events, or those the same command id recorded before when `duplicate`.
 */
export type Lees<T> = (state: DagboekState, events: readonly DagboekEvent[], duplicate: boolean) => T

/**
 * The dagboek's part of an append another stream joins (the invoice's): to append first, in `store`; once written,
 * its `onAppended` folds the events into the dagboek's cached state.
 */
export interface Dagboekdeel extends AppendPart {
  /** The store the dagboek reads: the part belongs there, with no other. */
  readonly store: EventStore
}

/**
 * Writes what a dagboek command decided: its part (none when nothing is to be written, e.g. the recorded answer of
 * a repeated command id), with whatever joins it. A `WrongExpectedRevisionError` it throws, on any stream, makes the
 * command load and decide again and call it again.
 */
export type Schrijf<T, R> = (antwoord: T, deel: Dagboekdeel | undefined) => Promise<R>

/** What every dagboek action shares: the set-up, and load → decide → append on one dagboek stream at a time. */
export interface DagboekWiring {
  readonly inrichting: InrichtingService
  /** The dagboek as it stands, read in turn with the commands on it. */
  readonly laad: (administratie: string, dagboek: string) => Promise<DagboekState>
  /**
   * load → decide on one dagboek stream, in turn with the other commands on it; `schrijf` gets the answer and the
   * part to append (with what joins it; `schrijfZelf` appends it alone), and a conflict it throws retries the whole.
   * When the same command id recorded events before and `eerder` recognises them, those are the answer, nothing is
   * decided again and there is no part.
   */
  readonly beslisUit: <T, R>(
    administratie: string,
    dagboek: string,
    command: DagboekCommand,
    context: CommandContext,
    lees: Lees<T>,
    schrijf: Schrijf<T, R>,
    eerder?: (events: readonly DagboekEvent[]) => boolean,
  ) => Promise<Either<DagboekFout | JournaliseringsFout, R>>
  /** The event at `revisie` of a dagboek stream, decoded; `undefined` past the stream's end. */
  readonly leesEvent: (administratie: string, dagboek: string, revisie: number) => Promise<DagboekEvent | undefined>
  /**
   * A new series of decisions as `beslisUit` takes them, but one after another on each dagboek's provisional state,
   * nothing appended and nothing retried (`voorlopigeReeks`): the caller appends the parts in order.
   */
  readonly reeks: () => DagboekWiring['beslisUit']
  /** Appends a command's part on its own and answers with the answer: load → decide → append. */
  readonly schrijfZelf: <T>(antwoord: T, deel: Dagboekdeel | undefined) => Promise<T>
}

const standaardRetry: RetryPolicy = { maxAttempts: 200, baseDelayMs: 1, maxDelayMs: 20 }

/**
 * Builds the dagboek service's wiring. Within one process, commands on one dagboek run one at a time (a queue per
 * stream), so a busy dagboek never burns retries on itself and its cached state is folded once. Between processes
 * the stream's expected revision decides: a loser reloads the new tail and decides again.
 */
export const dagboekWiring = (store: EventStore, options: DagboekServiceOptions = {}): DagboekWiring => {
  const inrichting = options.inrichting ?? inrichtingService(store)
  const cache = options.cache ?? new AggregateCache()
  const retry = options.retry ?? standaardRetry
  const naElkaar = wachtrijPerSleutel()
  const laadStream = (streamId: string) => loadAggregate(store, streamId, dagboekDecider, dagboekRegistry, cache)
  const beslisUit: DagboekWiring['beslisUit'] = (administratie, dagboek, command, context, lees, schrijf, eerder) => {
    const streamId = dagboekStream(administratie, dagboek)
    return naElkaar(streamId, () =>
      retryOnConflict(streamId, retry, async () => {
        const loaded = await laadStream(streamId)
        const stand = { state: loaded.state, expected: loaded.expectedRevision, eerder: loaded.eventsByCommandId }
        const besluit = beslisOpStand(store, cache, streamId, stand, command, context, lees, eerder)
        if (isLeft(besluit)) return besluit
        return right(await schrijf(besluit.right.antwoord, besluit.right.deel))
      }),
    )
  }
  return {
    inrichting,
    laad: (administratie, dagboek) => {
      const streamId = dagboekStream(administratie, dagboek)
      return naElkaar(streamId, async () => (await laadStream(streamId)).state)
    },
    beslisUit,
    reeks: () => voorlopigeReeks(store, cache, (streamId) => naElkaar(streamId, () => laadStream(streamId))),
    leesEvent: async (administratie, dagboek, revisie) => {
      const streamId = dagboekStream(administratie, dagboek)
      const [recorded] = await store.readStream(streamId, { fromRevision: BigInt(revisie), maxCount: 1 })
      return recorded && dagboekRegistry.decodeOrThrow(recorded)
    },
    schrijfZelf: async (antwoord, deel) => {
      if (deel) await appendParts(store, [deel])
      return antwoord
    },
  }
}
