export {
  type EventStoreDbClient,
  EventStoreDbEventStore,
  type EventStoreDbOptions,
} from './event-store-db-event-store'
