/**
 * The domain-agnostic kernel: deciders, the event-store port and in-memory store, the command handler, codecs,
 * projections, tamper evidence and telemetry.
 *
 * @packageDocumentation
 * @module @factuurstroom/eventsourcing
 */
export {
  AggregateCache,
  type AggregateSnapshot,
  type Appended,
  foldAppended,
  type LoadedAggregate,
  loadAggregate,
  readTail,
} from './aggregate-loader'
export { appendAtomically } from './append-atomically'
export { type AppendPart, appendPart, appendParts, type KeptIn } from './append-part'
export { DEFAULT_MAX_APPEND_BYTES, type SerializedEvent, serializeForAppend } from './append-size'
export { type CatchUpSource, catchUpSubscription } from './catch-up-subscription'
export { ChangeSignal } from './change-signal'
export {
  combineRegistries,
  decodeWith,
  defineEvent,
  type EventDefinition,
  type EventOf,
  type EventOptions,
  type EventRegistry,
  eventRegistry,
  toProblems,
  type Upcaster,
} from './codec'
export {
  type CommandContext,
  type CommandHandler,
  type CommandHandlerConfig,
  commandHandler,
  type HandledCommand,
  type RetryPolicy,
  retryOnConflict,
} from './command-handler'
export { CommandIndex } from './command-index'
export type { Decider, Decision, DomainError, DomainWarning } from './decider'
export { decisionEvents, decisionWarnings, foldEvents } from './decider'
export type { DomainEvent, EventMetadata, NewEvent, RecordedEvent } from './envelope'
export {
  AppendTooLargeError,
  ConcurrencyRetriesExhaustedError,
  DecodeError,
  type DecodeProblem,
  StoreUnavailableError,
  StreamRejectedError,
  WrongExpectedRevisionError,
} from './errors'
export { causationIdOf, correlationIdOf, metadataFor } from './event-metadata'
export type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadAllPage,
  ReadStreamOptions,
  StreamAppend,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from './event-store'
export { readAllEvents } from './event-store'
export { FactuurstroomError, StoreClosedError } from './factuurstroom-error'
export { evolveWithImmer } from './immer-evolve'
export { InMemoryEventStore, type InMemoryEventStoreOptions } from './in-memory-event-store'
export {
  type CheckpointStore,
  InMemoryCheckpointStore,
  isBeyond,
  type Projection,
  ProjectionRunner,
  type ReplayLimit,
  replayProjection,
} from './projection'
export { assertStorable, maxStreamIdBytes, streamIdProblem } from './storable'
export type { StoredForm } from './stored-form'
export * from './tamper-evidence'
export { TelemetryAttributes, traceAppend, traceAppends, traceCommand, traceProjectionPage } from './telemetry'
