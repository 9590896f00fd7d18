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
export { type ProjectionLag, projectionLag } from './projection/lag'
export {
  type ProjectionStatus,
  type ProjectionTarget,
  ProjectionWorker,
  type ProjectionWorkerEvent,
  type ProjectionWorkerOptions,
} from './projection/worker'
export type { SqlExecutor, SqlSession } from './sql-executor'
