import {
  AggregateCache,
  type AppendPart,
  type AppendResult,
  appendPart,
  appendParts,
  type CommandContext,
  type CommandHandler,
  commandHandler,
  type Decider,
  type DomainEvent,
  decisionEvents,
  type EventRegistry,
  type EventStore,
  type LoadedAggregate,
  loadAggregate,
  type RetryPolicy,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { ConceptCommand } from './commands'
import { conceptDecider } from './decide'
import type { ConceptFout } from './errors'
import { type ConceptEvent, type Conceptsleutel, conceptRegistry } from './events'
import {
  conceptStreamId,
  type SleutelEvent,
  type SleutelState,
  sleutelDecider,
  sleutelRegistry,
  sleutelStreamId,
} from './sleutel'
import type { Conceptstamgegevens } from './stamgegevens'
import type { ConceptState } from './state'
import { type TellerCommand, type TellerEvent, tellerDecider, tellerRegistry, tellerStreamId } from './teller'
import { type Resultaat, uitkomst } from './uitkomst'
import type { VrijeVeldenCodecs } from './vrije-velden'

/** How a host sets up the concept service. */
export interface ConceptServiceOptions {
  /** Ids for new keyed concepts; default `crypto.randomUUID`. */
  readonly nieuwId?: () => string
  /** R14: number new concepts from this teller reeks (set it up with `richtTellerReeksIn`). */
  readonly conceptReeks?: string
  /** R15: the host's codecs for free fields on concepts and their lines. */
  readonly vrijeVelden?: VrijeVeldenCodecs
  /** Default: 200 attempts, for bursts of writers on one key. */
  readonly retry?: RetryPolicy
  /** For long concepts: each command then reads only the new tail of the concept's stream. */
  readonly cache?: AggregateCache
  /** The host's master data: fills the settings a command leaves out (project and relatie settings). */
  readonly stamgegevens?: Conceptstamgegevens
}

/** Loads a small stream, decides one command on it and gives its events, the state decided on and `Extra`. */
export type Beslis<Extra = unknown> = <C, E extends DomainEvent, S>(
  streamId: string,
  decider: Decider<C, E, S, ConceptFout>,
  registry: EventRegistry<E>,
  command: C,
  context: CommandContext,
  cache?: AggregateCache,
) => Promise<Either<ConceptFout, { readonly events: readonly E[]; readonly state: S } & Extra>>

/** What the concept actions share: the store, the handlers, caches and retry policy, and the steps they all use. */
export interface ConceptWiring {
  readonly options: ConceptServiceOptions
  readonly retry: RetryPolicy
  readonly nieuwId: () => string
  /** A teller stream grows by one event per concept: always folded incrementally, or numbering turns quadratic. */
  readonly tellerCache: AggregateCache
  readonly laadConcept: (
    administratie: string,
    conceptId: string,
  ) => Promise<LoadedAggregate<ConceptEvent, ConceptState>>
  readonly laadSleutel: (sleutel: Conceptsleutel) => Promise<LoadedAggregate<SleutelEvent, SleutelState>>
  /**
   * Appends to several streams as one (`appendAtomically`): in one transaction on a store that can, one after another
   * otherwise.
   */
  readonly appendAtomisch: (delen: readonly AppendPart[]) => Promise<AppendResult[]>
  /**
   * Loads a small stream (key, teller, advance claim) and decides one command on it: its events, the state they were
   * decided on, and the part to append them with (`appendAtomisch`), not yet appended.
   */
  readonly beslis: Beslis<{ readonly deel: AppendPart }>
  /** `beslis`, and appends what it decides. */
  readonly beslisOp: Beslis
  /** Handles a command on one concept (read, decide, append with retries) and reports it as an outcome. */
  readonly opConcept: (command: ConceptCommand, context: CommandContext) => Resultaat
  /** Handles a command on a teller reeks (R14). */
  readonly opTeller: CommandHandler<TellerCommand, TellerEvent, ConceptFout>
}

/** Builds the wiring the concept actions share from the host's store and options. */
export const conceptWiring = (store: EventStore, options: ConceptServiceOptions): ConceptWiring => {
  const retry: RetryPolicy = options.retry ?? { maxAttempts: 200 }
  const handle = commandHandler(store, {
    decider: conceptDecider,
    registry: conceptRegistry,
    streamId: (command: ConceptCommand) => conceptStreamId(command.administratie, command.conceptId),
    retry,
    ...(options.cache === undefined ? {} : { cache: options.cache }),
  })
  const beslis: ConceptWiring['beslis'] = async (streamId, decider, registry, command, context, cache) => {
    const loaded = await loadAggregate(store, streamId, decider, registry, cache)
    const decision = decider.decide(command, loaded.state)
    if (isLeft(decision)) return decision
    const events = decisionEvents(decision.right)
    return right({
      events,
      state: loaded.state,
      deel: appendPart(streamId, registry, events, loaded.expectedRevision, context, { decider, cache }),
    })
  }
  return {
    options,
    retry,
    nieuwId: options.nieuwId ?? (() => globalThis.crypto.randomUUID()),
    tellerCache: new AggregateCache(100),
    laadConcept: (administratie, conceptId) =>
      loadAggregate(store, conceptStreamId(administratie, conceptId), conceptDecider, conceptRegistry, options.cache),
    laadSleutel: (sleutel) =>
      loadAggregate(store, sleutelStreamId(sleutel), sleutelDecider, sleutelRegistry, options.cache),
    appendAtomisch: (delen) => appendParts(store, delen),
    beslis,
    beslisOp: async (streamId, decider, registry, command, context, cache) => {
      const beslist = await beslis(streamId, decider, registry, command, context, cache)
      if (isLeft(beslist)) return beslist
      const { events, state, deel: teSchrijven } = beslist.right
      if (events.length > 0) await appendParts(store, [teSchrijven])
      return right({ events, state })
    },
    opConcept: async (command, context) => {
      const handled = await handle(command, context)
      if (isLeft(handled)) return handled
      return right(uitkomst(command.conceptId, handled.right.events, handled.right.duplicate, handled.right.warnings))
    },
    opTeller: commandHandler(store, {
      decider: tellerDecider,
      registry: tellerRegistry,
      streamId: (command: TellerCommand) => tellerStreamId(command.administratie, command.reeks),
      retry,
    }),
  }
}
