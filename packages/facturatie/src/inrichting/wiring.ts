import {
  AggregateCache,
  type CommandContext,
  type CommandHandler,
  commandHandler,
  type DecodeError,
  type EventStore,
  loadAggregate,
  type RetryPolicy,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { InrichtingCommand } from './commands'
import { inrichtingDecider } from './decider'
import type { InrichtingFout } from './errors'
import { type InrichtingEvent, inrichtingRegistry, inrichtingStream } from './events'
import type { OmgevingCommand } from './omgeving/commands'
import { omgevingDecider } from './omgeving/decider'
import { type OmgevingEvent, omgevingRegistry, omgevingStream } from './omgeving/events'
import type { InrichtingState } from './state'

/** What a set-up command returns: the events it recorded (none when it was set up so already), or why it refused. */
export type InrichtingResultaat = Either<InrichtingFout | DecodeError, { readonly events: readonly InrichtingEvent[] }>

/**
 * What a set-up query answers: the answer, or why there is none. Declared here so the API's types name fp-ts the way
 * a `nodenext` host resolves it.
 */
export type Inrichtingsantwoord<T> = Promise<Either<InrichtingFout, T>>

/** How a host wires the set-up service. */
export interface InrichtingServiceOptions {
  /** Shared between services in one process so set-up is folded once; a new one by default. */
  readonly cache?: AggregateCache
  readonly retry?: RetryPolicy
}

/** What every set-up action shares: the administratie's and the omgeving's streams. */
export interface InrichtingWiring {
  /** Commands on the omgeving's stream (its administraties and number series). */
  readonly omgeving: CommandHandler<OmgevingCommand, OmgevingEvent, InrichtingFout>
  /** The administratie's set-up as it stands. */
  readonly laad: (administratie: string) => Promise<InrichtingState>
  /** A command on the administratie's set-up stream. */
  readonly voerUit: (command: InrichtingCommand, context: CommandContext) => Promise<InrichtingResultaat>
}

/** Builds the set-up service's wiring over one store. */
export const inrichtingWiring = (store: EventStore, options: InrichtingServiceOptions = {}): InrichtingWiring => {
  const cache = options.cache ?? new AggregateCache()
  const retry = options.retry ? { retry: options.retry } : {}
  const inrichting = commandHandler(store, {
    decider: inrichtingDecider,
    registry: inrichtingRegistry,
    streamId: (command: InrichtingCommand) => inrichtingStream(command.administratie),
    cache,
    ...retry,
  })
  return {
    omgeving: commandHandler(store, {
      decider: omgevingDecider,
      registry: omgevingRegistry,
      streamId: (command) => omgevingStream(command.omgeving),
      ...retry,
    }),
    laad: async (administratie) =>
      (await loadAggregate(store, inrichtingStream(administratie), inrichtingDecider, inrichtingRegistry, cache)).state,
    voerUit: async (command, context) => {
      const result = await inrichting(command, context)
      return isLeft(result) ? result : right({ events: result.right.events })
    },
  }
}
