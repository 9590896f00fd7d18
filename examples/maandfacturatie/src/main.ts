import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { type EventStore, HashChainingEventStore, InMemoryEventStore, sealLog } from '@factuurstroom/eventsourcing'
import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { drukControles, drukJournaal, drukOpenstaandePosten, drukWeergaven } from './afdruk'
import { bibliotheekweergavenSluiten, controleer } from './controle'
import { crediteerEen, schrijfDocumenten } from './documenten'
import { EnigeSchrijverStore } from './enige-schrijver'
import { genereerMaand, omvangen } from './genereer'
import { draaiMaand } from './maand'
import { drukMeting, MetendeStore } from './meting'
import { voortgangsregel } from './voortgang'

/** Every invoice's PDF and UBL land here (`<factuurnummer>.pdf`, `.xml`), replaced on each run. */
const UITVOER = './.data/uitvoer'

const gebruik = `Usage: tsx examples/maandfacturatie/src/main.ts [options]

  --size small|default|large|<relaties>   how big the month is (default: default = ${omvangen.default} relaties)
  --seed <text>                           the month follows from the seed (default: factuurstroom)
  --data <dir>                            the embedded durable store (default: ./.data/maandfacturatie)
  --memory                                run on the in-memory store; nothing is kept
  --pg <url>                              run on your own PostgreSQL server (or set FACTUURSTROOM_PG_URL)
  --schema <name>                         the schema for --pg; it must hold no events yet (default: maandfacturatie)
  --rows <n>                              rows per printed view page (default: 10)
  --help`

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'default' },
    seed: { type: 'string', default: 'factuurstroom' },
    data: { type: 'string', default: './.data/maandfacturatie' },
    memory: { type: 'boolean', default: false },
    pg: { type: 'string', default: process.env.FACTUURSTROOM_PG_URL },
    schema: { type: 'string', default: 'maandfacturatie' },
    rows: { type: 'string', default: '10' },
    help: { type: 'boolean', default: false },
  },
})
if (values.help) {
  console.log(gebruik)
  process.exit(0)
}
const relaties = values.size in omvangen ? omvangen[values.size as keyof typeof omvangen] : Number(values.size)
const rijen = Number(values.rows)
if (!Number.isInteger(relaties) || relaties < 1 || !Number.isInteger(rijen) || rijen < 0) {
  console.error(
    `--size must be small, default, large or a whole number of relaties; --rows a whole number.\n\n${gebruik}`,
  )
  process.exit(2)
}

/**
 * The store directory is this job's own output: a previous month there (a PGlite directory) is replaced; any other
 * non-empty directory is refused, so the job never deletes something it did not make.
 */
const openStore = async (): Promise<{ store: EventStore; waar: string }> => {
  if (values.memory) return { store: new InMemoryEventStore(), waar: 'in memory (--memory: nothing is kept)' }
  if (values.pg) {
    const store = await PostgresEventStore.connect({ connectionString: values.pg, schema: values.schema })
    const waar = `PostgreSQL ${new URL(values.pg).host}, schema ${values.schema}`
    if ((await store.readAll({ maxCount: 1 })).events.length > 0) {
      await store.close()
      console.error(
        `${waar} already holds events. Choose another --schema, or drop this one (DROP SCHEMA "${values.schema}" CASCADE).`,
      )
      process.exit(2)
    }
    return { store, waar }
  }
  const dir = resolve(values.data)
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(resolve(dir, 'PG_VERSION'))) {
      console.error(`${dir} is not empty and is not a store this job made. Choose another --data directory.`)
      process.exit(2)
    }
    console.log(`Replacing the previous month in ${dir}`)
    rmSync(dir, { recursive: true, force: true })
  }
  mkdirSync(dir, { recursive: true })
  return { store: await PostgresEventStore.embedded({ dataDir: dir }), waar: `${dir} (embedded PostgreSQL, PGlite)` }
}

const start = performance.now()
const maand = genereerMaand({ seed: values.seed, relaties })
const regels = maand.administraties.flatMap((a) => [...a.nacalculatie.values()]).flat()
const uren = regels.filter((r) => r.soort === 'uren').length
console.log(
  `Maandfacturatie ${maand.periode} (seed "${maand.seed}"): ${maand.administraties.length} administraties, ` +
    `${maand.administraties.reduce((n, a) => n + a.relaties.length, 0)} relaties, ` +
    `${maand.administraties.reduce((n, a) => n + a.projecten.length, 0)} projects, ${uren} hour lines and ` +
    `${regels.length - uren} cost lines, ${maand.administraties.reduce((n, a) => n + a.abonnementen.length, 0)} subscriptions, ` +
    `${maand.administraties.reduce((n, a) => n + a.inschrijvingen.length, 0)} course enrolments, ` +
    `${maand.administraties.reduce((n, a) => n + a.voorschotten.length, 0)} advance invoices`,
)
const { store: geopend, waar } = await openStore()
console.log(`Store: ${waar}, every event hash-chained\n`)
const basis = new MetendeStore(geopend)
// The store is new (a fresh directory, memory, or a --pg schema without events) and this job its only writer.
const store = new HashChainingEventStore(new EnigeSchrijverStore(basis, true))
try {
  const uitkomst = await draaiMaand(store, maand, voortgangsregel())
  for (const a of uitkomst.administraties) {
    console.log(
      `${a.code}: ${a.concepten} concepts → ${a.conceptfacturen} invoiced (${a.afgeboekt.length} lines written off, ` +
        `${a.doorgeschoven.length} deferred); ${a.voorschotfacturen} advance, ${a.abonnementsfacturen} subscription, ` +
        `${a.cursusfacturen} course and ${a.verzamelfacturen} collective invoices`,
    )
    if (a.blokkade) {
      console.log(`  factureren concepten stopped: ${a.blokkade.melding}`)
      console.log(
        `  relatie ${a.blokkade.relatie} unblocked; "factureren te factureren regels" made the remaining ${a.blokkade.hersteldeFacturen} invoices (R21)`,
      )
    }
    if (a.nagekomen.regels > 0) {
      console.log(
        `  ${a.nagekomen.regels} hour lines booked after the run (relaties ${a.nagekomen.relaties.join(', ')}) wait on ` +
          `${a.nagekomen.concepten.length} factureerbaar concepts (${a.nagekomen.concepten.join(', ')}) for the next factureren concepten`,
      )
    }
  }
  console.log(`Journalised ${uitkomst.gejournaliseerd} invoices, issued ${uitkomst.verstrekt} (print batch: tomorrow)`)
  console.log(drukWeergaven(uitkomst.bibliotheekweergaven, rijen))
  console.log(drukOpenstaandePosten(uitkomst.bibliotheekweergaven, rijen, maand.laatsteDag))
  console.log(drukJournaal(uitkomst.bibliotheekweergaven))
  const controles = [
    ...controleer(uitkomst.weergaven, maand, uitkomst.administraties),
    bibliotheekweergavenSluiten(uitkomst.bibliotheekweergaven, uitkomst.weergaven),
  ]
  const creditnota = await crediteerEen(uitkomst.bibliotheek, uitkomst.weergaven, maand.laatsteDag)
  const { verification, seal } = await sealLog(store, `${maand.laatsteDag}T23:59:59.000Z`)
  controles.push({
    naam: 'hash chains intact, log sealed',
    ok: verification.problems.length === 0 && seal !== undefined,
    uitleg: `${verification.eventsChecked} events checked; running hash ${seal?.runningHash.slice(0, 16) ?? '—'}…`,
  })
  console.log(drukControles(controles))
  const fasen = Object.entries(uitkomst.fasen)
  console.log(`\nPhases (s): ${fasen.map(([f, s]) => `${f} ${s.toFixed(1)}`).join(', ')}`)
  console.log(`Pipeline (the phases together): ${fasen.reduce((som, [, s]) => som + s, 0).toFixed(2)} s`)
  console.log(drukMeting(basis.meting, regels.length))
  const uitvoer = await schrijfDocumenten(store, resolve(UITVOER))
  console.log(
    `Documents: ${uitvoer.facturen} invoices and ${uitvoer.creditnotas} credit note (${creditnota ?? '—'}) as PDF + UBL, ` +
      `${uitvoer.documenten} files in ${UITVOER} in ${uitvoer.seconden.toFixed(1)} s ` +
      `(${Math.round(uitvoer.documenten / uitvoer.seconden)} documents/s)`,
  )
  console.log(
    `Done in ${((performance.now() - start) / 1000).toFixed(1)} s, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
  )
  if (!values.memory && !values.pg) {
    const dir = resolve(values.data)
    const voorbeeld = [...uitkomst.weergaven.facturen.values()].find((f) => f.bron === 'concept')?.factuurnummer
    console.log(`\nAudit this month (the store stays in ${dir}):`)
    console.log(`  npx tsx packages/cli/src/bin.ts --store ${dir} verify`)
    console.log(`  npx tsx packages/cli/src/bin.ts --store ${dir} trace ${voorbeeld ?? '<factuurnummer>'}`)
  }
  if (controles.some((c) => !c.ok)) process.exitCode = 1
} finally {
  await store.close()
}
