/**
 * The event store on EventStoreDB.
 *
 * @packageDocumentation
 * @module @factuurstroom/store-esdb
 */
export {
  type EventStoreDbClient,
  EventStoreDbEventStore,
  type EventStoreDbOptions,
} from './event-store-db-event-store'
