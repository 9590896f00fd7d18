import type { TestProject } from 'vitest/node'
import { startEmbeddedServer } from './embedded-server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server for integration tests of any package: `inject('postgresUrl')`; use your own schema. */
    postgresUrl: string
  }
}

/**
 * Vitest global setup: one PostgreSQL server for the whole run. `FACTUURSTROOM_PG_URL` points the tests at your own
 * server instead, and then nothing is started.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const ownServer = process.env.FACTUURSTROOM_PG_URL
  if (ownServer) {
    project.provide('postgresUrl', ownServer)
    return undefined
  }
  const server = await startEmbeddedServer()
  project.provide('postgresUrl', server.url)
  return server.stop
}
