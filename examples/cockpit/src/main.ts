/**
 * `npm run cockpit [-- --store <dir> | --pg <url>] [--port <n>]`: serves the cockpit on 127.0.0.1 over the store
 * `npm start` left (default ./.data/maandfacturatie), with a projection worker in the same process keeping the view
 * tables current.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { cockpitWeb } from '@factuurstroom/cockpit-web'
import { weergaven } from '@factuurstroom/facturatie'
import { PostgresEventStore, ProjectionWorker } from '@factuurstroom/store-postgres'
import { serve } from '@hono/node-server'
import { DEMO_GEBRUIKERS, demoGebruiker } from './demo-gebruikers'

const { values } = parseArgs({
  options: {
    store: { type: 'string', default: './.data/maandfacturatie' },
    pg: { type: 'string' },
    port: { type: 'string', default: '3000' },
  },
})

const port = Number(values.port)
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`--port must be a port number, not '${values.port}'`)
  process.exit(2)
}
if (values.pg === undefined && !existsSync(resolve(values.store, 'PG_VERSION'))) {
  console.error(`No store in ${resolve(values.store)}: run \`npm start\` first, or pass --store <dir> or --pg <url>.`)
  process.exit(2)
}

const store =
  values.pg === undefined
    ? await PostgresEventStore.embedded({ dataDir: resolve(values.store) })
    : await PostgresEventStore.connect({ connectionString: values.pg })
const worker = new ProjectionWorker(store, weergaven.tabelProjecties(store), {
  onEvent: (event) => {
    if (event.type === 'rebuilt') console.log(`${event.projection}: built from ${event.events} events`)
    if (event.type === 'failed' || event.type === 'lost') console.error(event.error)
  },
}).start()
await worker.caughtUp()

const app = cockpitWeb({ store, gebruiker: demoGebruiker, onFout: (fout) => console.error(fout) })
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info) => {
  console.log(`Facturatiecockpit: http://127.0.0.1:${info.port}/`)
  console.log(`Users (password "demo"): ${Object.keys(DEMO_GEBRUIKERS).join(', ')} (MW001 sees only its own relaties)`)
})

const stop = async () => {
  server.close()
  await worker.stop()
  await store.close()
}
process.once('SIGINT', stop).once('SIGTERM', stop)
