import type { CommandContext } from '@factuurstroom/eventsourcing'
import { weergaven } from '@factuurstroom/facturatie'
import { PostgresEventStore, ProjectionWorker } from '@factuurstroom/store-postgres'
import pg from 'pg'
import { schrijfConcepten } from '../packages/cli/test/projectie.fixture'
import { conceptService } from '../packages/facturatie/src/concept/service'
import { nacalculatieregel, projectInstellingen } from '../packages/facturatie/src/concept/voorbeeld.fixture'
import { bouwScenario } from '../packages/facturatie/src/weergaven/scenario.fixture'
import { startEmbeddedServer } from '../packages/store-postgres/test/embedded-server'

export const title =
  'Projection worker: from a command to its effect in the PostgreSQL view tables (durable server; writer, worker and reader on their own pools)'

const METINGEN = 60

const mediaan = (ms: readonly number[]) => kwantiel(ms, 0.5)
const kwantiel = (ms: readonly number[], q: number) => {
  const gesorteerd = [...ms].sort((a, b) => a - b)
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.floor(q * gesorteerd.length))] ?? Number.NaN
}
const regel = (label: string, ms: readonly number[]) =>
  console.log(
    `  ${label.padEnd(58)} median ${mediaan(ms).toFixed(1).padStart(7)} ms  p95 ${kwantiel(ms, 0.95).toFixed(1).padStart(7)} ms  max ${Math.max(
      ...ms,
    )
      .toFixed(1)
      .padStart(7)} ms`,
  )

export default async function run(): Promise<void> {
  const server = await startEmbeddedServer({ durable: true })
  const schema = 'bench_projectie'
  const schrijver = await PostgresEventStore.connect({ connectionString: server.url, schema })
  const werker = await PostgresEventStore.connect({ connectionString: server.url, schema })
  const lezer = new pg.Client({ connectionString: server.url })
  const luisteraar = new pg.Client({ connectionString: server.url })
  try {
    await lezer.connect()
    await luisteraar.connect()
    await bouwScenario({ store: schrijver, opDag: () => undefined })
    await schrijfConcepten(schrijver, 200)
    const worker = new ProjectionWorker(werker, weergaven.tabelProjecties(werker)).start()
    await worker.caughtUp()

    // Floor 1: a NOTIFY from one connection reaching a LISTEN on another (how the worker learns of an append).
    await luisteraar.query('LISTEN bench_floor')
    const notify: number[] = []
    for (let i = 0; i < METINGEN; i++) {
      const aangekomen = new Promise<void>((resolve) => luisteraar.once('notification', () => resolve()))
      const start = performance.now()
      await lezer.query(`SELECT pg_notify('bench_floor', '')`)
      await aangekomen
      notify.push(performance.now() - start)
    }

    let commando = 0
    const ctx = (): CommandContext => ({
      commandId: `bench-${++commando}`,
      occurredAt: '2026-04-06T10:00:00.000Z',
      actor: 'bench',
    })
    let id = 0
    const concepten = conceptService(schrijver, { nieuwId: () => `BENCH-${++id}` })
    const alleen: number[] = []
    const totZichtbaar: number[] = []
    const naAppend: number[] = []
    for (let i = 0; i < METINGEN; i++) {
      const start = performance.now()
      const uitkomst = await concepten.neemNacalculatieOver(
        {
          administratie: 'A1',
          verkooprelatie: { nummer: `${60000 + i}`, naam: `Bench ${i}` },
          valuta: 'EUR',
          projectInstellingen,
          relatieInstellingen: { btwPlicht: 'binnenland' },
          projecten: [{ nummer: `P-BENCH-${i}`, omschrijving: 'Bench' }],
          regels: [nacalculatieregel(`bench-${i}`, { project: `P-BENCH-${i}` })],
        },
        ctx(),
      )
      const appended = performance.now()
      if (uitkomst._tag === 'Left') throw new Error(uitkomst.left.message)
      const conceptId = uitkomst.right.concepten[0]?.conceptId
      for (;;) {
        const { rows } = await lezer.query(
          `SELECT 1 FROM ${schema}.weergave_concepten WHERE rij->>'conceptId' = $1 AND administratie = 'A1'`,
          [conceptId],
        )
        if (rows.length > 0) break
        await new Promise((resolve) => setTimeout(resolve, 1))
      }
      const zichtbaar = performance.now()
      alleen.push(appended - start)
      naAppend.push(zichtbaar - appended)
      totZichtbaar.push(zichtbaar - start)
      // Commands arrive apart, as a person's do: each is measured on its own, not behind the previous one.
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await worker.stop()
    const { rows } = await lezer.query(`SELECT count(*)::int AS n FROM ${schema}.events`)

    console.log(
      `  ${METINGEN} commands "neem nacalculatie over", one new concept each; log of ${rows[0]?.n} events at the end`,
    )
    regel('NOTIFY to LISTEN on another connection (floor of wake-up)', notify)
    regel('the command alone, until its append committed (floor)', alleen)
    regel('from the committed append to the row in weergave_concepten', naAppend)
    regel('from the command to the row in weergave_concepten', totZichtbaar)
    const ratio = mediaan(totZichtbaar) / mediaan(alleen)
    console.log(
      `  command → visible in the tables: median ${mediaan(totZichtbaar).toFixed(1)} ms = ${ratio.toFixed(2)} × the command alone; ` +
        `p95 ${kwantiel(totZichtbaar, 0.95).toFixed(1)} ms (target: within 1,000 ms) → ${kwantiel(totZichtbaar, 0.95) <= 1000 ? 'met' : 'NOT met'}`,
    )
  } finally {
    await Promise.all([lezer.end(), luisteraar.end()])
    await Promise.all([schrijver.close(), werker.close()])
    await server.stop()
  }
}
