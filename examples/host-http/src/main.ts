import { createServer } from 'node:http'
import { HashChainingEventStore } from '@factuurstroom/eventsourcing'
import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { listener, maakHost } from './app'
import { richtIn, werkvoorbeeld } from './stamgegevens'

/**
 * Starts the host: a PostgreSQL server when FACTUURSTROOM_PG_URL is set, otherwise embedded PostgreSQL (PGlite) in
 * FACTUURSTROOM_DATA (default ./.data/host-http). Port from PORT (default 3000).
 */
const url = process.env.FACTUURSTROOM_PG_URL
const postgres = url
  ? await PostgresEventStore.connect({ connectionString: url })
  : await PostgresEventStore.embedded({ dataDir: process.env.FACTUURSTROOM_DATA ?? './.data/host-http' })
const store = new HashChainingEventStore(postgres)
const host = maakHost({ store, stamgegevens: werkvoorbeeld })
await richtIn(host.inrichting, werkvoorbeeld, (id) => ({ commandId: id, occurredAt: new Date().toISOString() }))

const port = Number(process.env.PORT ?? 3000)
const server = createServer(listener(host)).listen(port, () => {
  console.log(`Factuurstroom host on http://localhost:${port} (${url ? 'PostgreSQL server' : 'embedded PostgreSQL'})`)
  console.log(`  POST /administraties/A1/nacalculatie         Authorization: Bearer token-boekhouder`)
  console.log(`  POST /administraties/A1/concepten/factureer`)
  console.log(`  POST /administraties/A1/journaliseer`)
  console.log(`  GET  /administraties/A1/facturen?weergave=niet-verwerkt&relatie=10032&pagina=1&grootte=20`)
  console.log(`  GET  /administraties/A1/factuurregels?relatie=10032&pagina=1&grootte=20`)
  console.log(`  GET  /administraties/A1/facturen/<factuurId>/journaalpost   (R24: authorised users only)`)
})
const stop = () => server.close(() => void store.close().then(() => process.exit(0)))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
