import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { type EventStore, HashChainingEventStore } from '@factuurstroom/eventsourcing'
import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { serve } from '@hono/node-server'
import { type DemoGebruiker, demoCockpit } from './demo'
import { demoHost } from './demo-host'

const gebruik = `Usage: npm run cockpit -- [--data <dir> | --pg <url>] [--port <n>]

  --data <dir>   the embedded store npm start left (default: ./.data/maandfacturatie)
  --pg <url>     a PostgreSQL server instead
  --port <n>     port on 127.0.0.1 (default: 3013)`

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: './.data/maandfacturatie' },
    pg: { type: 'string' },
    port: { type: 'string', default: '3013' },
    help: { type: 'boolean', default: false },
  },
})
if (values.help) {
  console.log(gebruik)
  process.exit(0)
}
const poort = Number(values.port)
if (!Number.isInteger(poort) || poort < 0 || poort > 65_535) {
  console.error(`--port '${values.port}' is not a port number.\n\n${gebruik}`)
  process.exit(2)
}

const openStore = async (): Promise<EventStore> => {
  if (values.pg) return PostgresEventStore.connect({ connectionString: values.pg })
  const dir = resolve(values.data)
  if (!existsSync(resolve(dir, 'PG_VERSION'))) {
    console.error(`${dir} holds no store. Run \`npm start\` first, or pass --pg <url>.`)
    process.exit(2)
  }
  return PostgresEventStore.embedded({ dataDir: dir })
}

const store = new HashChainingEventStore(await openStore())
const BOEKHOUDER = 'boekhouder'
const facturatiecockpit = demoHost(store, BOEKHOUDER)

const gebruikers: DemoGebruiker[] = [
  { naam: BOEKHOUDER, wachtwoord: 'demo', autorisatie: { alleRelaties: true } },
  { naam: 'MW001', wachtwoord: 'demo', autorisatie: { medewerker: 'MW001' } },
]
const app = demoCockpit({ store, cockpit: facturatiecockpit }, gebruikers)
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: poort }, (info) => {
  console.log(`Facturatiecockpit: http://127.0.0.1:${info.port}/`)
  console.log(`  ${BOEKHOUDER} / demo   every relatie, may see journaalposten`)
  console.log('  MW001 / demo        only relaties where MW001 is (hoofd)declarant')
})
