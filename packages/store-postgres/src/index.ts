/**
 * The event store on PostgreSQL: a server through `pg`, or embedded through PGlite.
 *
 * @packageDocumentation
 * @module @factuurstroom/store-postgres
 */
export { PostgresCheckpointStore } from './checkpoint-store'
export { SchemaTooNewError } from './errors'
export { latestSchemaVersion } from './migrations'
export {
  type PostgresConnectOptions,
  type PostgresEmbeddedOptions,
  PostgresEventStore,
  type PostgresTransaction,
} from './postgres-event-store'
export type { SqlExecutor } from './sql-executor'
