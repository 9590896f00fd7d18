import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { HashChainingEventStore } from '@factuurstroom/eventsourcing'
import { weergaven } from '@factuurstroom/facturatie'
import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { serve } from '@hono/node-server'
import { type DemoGebruiker, demoCockpit } from './demo'
import { demoHost } from './demo-host'
import { tabelBron } from './weergavebron'

const gebruik = `Usage: npm run cockpit -- [--data <dir> | --pg <url> [--schema <name>]] [--port <n>]

  --data <dir>     the embedded store npm start left (default: ./.data/maandfacturatie)
  --pg <url>       a PostgreSQL server instead; the pages read the view tables when a projection worker
                   keeps them (factuurstroom project --pg <url> --schema <name>), else they fold the log
  --schema <name>  the schema for --pg (default: maandfacturatie, as npm start -- --pg)
  --port <n>       port on 127.0.0.1 (default: 3013)`

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: './.data/maandfacturatie' },
    pg: { type: 'string' },
    schema: { type: 'string', default: 'maandfacturatie' },
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

const openStore = async (): Promise<PostgresEventStore> => {
  if (values.pg) return PostgresEventStore.connect({ connectionString: values.pg, schema: values.schema })
  const dir = resolve(values.data)
  if (!existsSync(resolve(dir, 'PG_VERSION'))) {
    console.error(`${dir} holds no store. Run \`npm start\` first, or pass --pg <url>.`)
    process.exit(2)
  }
  return PostgresEventStore.embedded({ dataDir: dir })
}

/** The worker's view tables, when one has filled them (each has a checkpoint); otherwise the pages fold the log. */
const tabellenVan = async (pg: PostgresEventStore) => {
  const tabellen = [
    new weergaven.FacturenTabel(pg),
    new weergaven.ConceptenTabel(pg),
    new weergaven.JournaalTabel(pg),
    new weergaven.OpenstaandePostenTabel(pg),
  ]
  for (const tabel of tabellen) if ((await tabel.checkpoint()) === undefined) return undefined
  return tabelBron(pg)
}

const pg = await openStore()
const store = new HashChainingEventStore(pg)
const weergavebron = values.pg ? await tabellenVan(pg) : undefined
const BOEKHOUDER = 'boekhouder'
const facturatiecockpit = demoHost(store, BOEKHOUDER)

const gebruikers: DemoGebruiker[] = [
  { naam: BOEKHOUDER, wachtwoord: 'demo', autorisatie: { alleRelaties: true } },
  { naam: 'MW001', wachtwoord: 'demo', autorisatie: { medewerker: 'MW001' } },
]
const app = demoCockpit({ store, cockpit: facturatiecockpit, ...(weergavebron ? { weergavebron } : {}) }, gebruikers)
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: poort }, (info) => {
  console.log(`Facturatiecockpit: http://127.0.0.1:${info.port}/`)
  console.log(`  ${BOEKHOUDER} / demo   every relatie, may see journaalposten`)
  console.log('  MW001 / demo        only relaties where MW001 is (hoofd)declarant')
  if (values.pg) {
    console.log(
      weergavebron
        ? '  Pages read the view tables; keep `factuurstroom project` running to keep them current.'
        : `  No view tables yet: the pages fold the log. Run: factuurstroom project --pg <url> --schema ${values.schema}`,
    )
  }
})
