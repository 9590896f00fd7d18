/**
 * A million nacalculatie lines through concept → invoice → journal, in memory and hash-chained, on the library's
 * public services only (no views kept): per administratie of 50,000 lines (a 500-person firm's month) the lines
 * go onto concepts, every concept is set factureerbaar, and the cockpit's one-step "factureren concepten" invoices,
 * numbers and journalises them. Prints wall and CPU time, cost per line, GC pauses, peak RSS, events and bytes per
 * line (by event type), beside the floor of the same run: JSON.parse of the same events' data and metadata.
 *
 * Only when named (`npm run bench miljoen`); FACTUURSTROOM_BENCH_REGELS sets the number of lines (default 1,000,000).
 */
import { PerformanceObserver } from 'node:perf_hooks'
import { getHeapStatistics } from 'node:v8'
import {
  AggregateCache,
  type CommandContext,
  HashChainingEventStore,
  InMemoryEventStore,
  type RecordedEvent,
} from '@factuurstroom/eventsourcing'
import { cockpit, concept, dagboek, inrichting } from '@factuurstroom/facturatie'
import { profiel } from '../examples/first-invoice/src/gegevens'
import { peakRssMiB } from './measure'
import { benchStamgegevens, inrichtingVan, relatiesVan } from './miljoen-gegevens'

export const title = 'A million nacalculatie lines in memory, concept → invoice → journal (only when named)'

const REGELS_PER_ADMINISTRATIE = 50_000

type Fout = { readonly code?: string; readonly message: string }
const ok = <A>(wat: string, r: { _tag: 'Left'; left: Fout } | { _tag: 'Right'; right: A }): A => {
  if (r._tag === 'Left') throw new Error(`${wat}: ${r.left.code ?? 'ERROR'}: ${r.left.message}`)
  return r.right
}

let commando = 0
const ctx = (): CommandContext => ({
  commandId: `m-${++commando}`,
  occurredAt: '2026-03-31T12:00:00.000Z',
  actor: 'miljoen',
})

/** The library wired as a host wires it: one store, one shared cache, master data behind the ports. */
const bibliotheek = (store: HashChainingEventStore) => {
  const cache = new AggregateCache()
  const setUp = inrichting.inrichtingService(store, { cache })
  let teller = 0
  const concepten = concept.conceptService(store, {
    stamgegevens: benchStamgegevens,
    cache,
    nieuwId: () => `K${++teller}`,
  })
  const facturatiecockpit = cockpit.facturatiecockpit(
    store,
    {
      ...cockpit.dagboekPoorten(dagboek.dagboekService(store, { inrichting: setUp, cache })),
      concepten: cockpit.conceptPoort(concepten, { store, inrichting: setUp, stamgegevens: benchStamgegevens }),
      instellingen: { conceptfacturering: () => true, projectenFacturerenAanAlleVerkooprelaties: () => false },
      projecten: { debiteur: (_adm, nummer) => /^P(\d+)-/.exec(nummer)?.[1] },
      relaties: { profiel: (_adm, nummer) => profiel(nummer) },
      autorisatie: { magJournaalpostRaadplegen: () => false },
    },
    { cache, factuurCache: cache },
  )
  return { setUp, concepten, facturatiecockpit }
}

/** One administratie: set-up, its lines onto concepts, each concept factureerbaar, one cockpit run. */
const administratie = async (bieb: ReturnType<typeof bibliotheek>, code: string, regels: number) => {
  for (const [actie, input] of inrichtingVan(code)) ok(actie, await bieb.setUp[actie](input, ctx()))
  for (const maand of relatiesVan(code, regels)) {
    const route = { administratie: code, verkooprelatie: maand.verkooprelatie, valuta: 'EUR' }
    const over = ok('nacalculatie', await bieb.concepten.neemNacalculatieOver({ ...route, ...maand }, ctx()))
    for (const { conceptId } of over.concepten) {
      ok('factureerbaar', await bieb.concepten.stelFactureerbaar({ administratie: code, conceptId }, ctx()))
    }
  }
  const opties = { administratie: code, runId: 'R-2026-03', factuurdatum: '2026-03-31', journaliserenNaVoltooien: true }
  return ok('factureren concepten', await bieb.facturatiecockpit.factureerConcepten(opties, ctx())).facturen.length
}

const mib = () => Math.round(peakRssMiB())
const heapMib = () => Math.round(process.memoryUsage().heapUsed / 2 ** 20)

/** Every event's data and metadata as JSON: their size, and the time to JSON.parse them again (the floor). */
const vloer = async (store: InMemoryEventStore) => {
  let events = 0
  let bytes = 0
  let grootste = 0
  let parse = 0
  const soorten = new Map<string, { aantal: number; bytes: number }>()
  let after: bigint | undefined
  for (;;) {
    const page = await store.readAll({ maxCount: 10_000, ...(after === undefined ? {} : { after }) })
    if (page.events.length === 0) break
    const teksten = page.events.map((e: RecordedEvent) => [JSON.stringify(e.data), JSON.stringify(e.metadata)])
    const start = performance.now()
    let n = 0
    for (const [data, metadata] of teksten)
      n += Object.keys(JSON.parse(data as string)).length + Object.keys(JSON.parse(metadata as string)).length
    parse += performance.now() - start
    if (n < 0) throw new Error('unreachable')
    for (const [i, e] of page.events.entries()) {
      const grootte =
        Buffer.byteLength((teksten[i] as string[])[0] as string) + Buffer.byteLength(teksten[i]?.[1] ?? '')
      bytes += grootte
      grootste = Math.max(grootste, grootte)
      const soort = soorten.get(e.type) ?? { aantal: 0, bytes: 0 }
      soorten.set(e.type, { aantal: soort.aantal + 1, bytes: soort.bytes + grootte })
    }
    events += page.events.length
    after = page.events.at(-1)?.globalPosition
  }
  return { events, bytes, grootste, parse: parse / 1000, soorten }
}

export default async function run(): Promise<void> {
  const totaal = Number(process.env.FACTUURSTROOM_BENCH_REGELS ?? 1_000_000)
  if (!Number.isInteger(totaal) || totaal < 1) throw new Error('FACTUURSTROOM_BENCH_REGELS: a whole number ≥ 1')
  const basis = new InMemoryEventStore()
  const store = new HashChainingEventStore(basis)
  const bieb = bibliotheek(store)
  const aantal = Math.ceil(totaal / REGELS_PER_ADMINISTRATIE)
  const limiet = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)
  console.log(
    `  ${totaal.toLocaleString('en')} lines in ${aantal} administraties of ≤ 50,000, hash-chained, in memory; ` +
      `heap limit ${limiet} MiB (NODE_OPTIONS=--max-old-space-size=<MiB> to change)`,
  )
  let facturen = 0
  let gc = 0
  const gcPauzes = new PerformanceObserver((lijst) => {
    for (const entry of lijst.getEntries()) gc += entry.duration
  })
  gcPauzes.observe({ entryTypes: ['gc'] })
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  for (let a = 0; a < aantal; a++) {
    const regels = Math.min(REGELS_PER_ADMINISTRATIE, totaal - a * REGELS_PER_ADMINISTRATIE)
    facturen += await administratie(bieb, `A${String(a + 1).padStart(2, '0')}`, regels)
    const s = (performance.now() - start) / 1000
    console.log(
      `    ${(a * REGELS_PER_ADMINISTRATIE + regels).toLocaleString('en').padStart(9)} lines  ${s.toFixed(1).padStart(6)} s  ` +
        `${facturen.toLocaleString('en').padStart(7)} invoices  peak RSS ${mib()} MiB  heap ${heapMib()} MiB`,
    )
  }
  const seconden = (performance.now() - start) / 1000
  const cpu = process.cpuUsage(cpuStart)
  await new Promise((klaar) => setTimeout(klaar, 10))
  gcPauzes.disconnect()
  const rss = mib()
  const v = await vloer(basis)
  await store.close()
  const per = (n: number) => (n / totaal).toFixed(n / totaal < 10 ? 2 : 0)
  const gejournaliseerd = v.soorten.get('Gejournaliseerd')?.aantal ?? 0
  console.log(
    `  pipeline ${seconden.toFixed(1)} s (target ≤ 120 s at 1,000,000), ${((seconden * 1000) / totaal).toFixed(3)} ms per line; ` +
      `CPU (user + system, all threads) ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; ` +
      `GC pauses ${(gc / 1000).toFixed(1)} s; peak RSS ${rss} MiB`,
  )
  console.log(
    `  ${facturen.toLocaleString('en')} invoices, ${gejournaliseerd.toLocaleString('en')} journalised; ` +
      `${v.events.toLocaleString('en')} events (${per(v.events)} per line), ${(v.bytes / 1e6).toFixed(1)} MB of data and ` +
      `metadata (${per(v.bytes)} bytes per line), largest event ${(v.grootste / 1024).toFixed(1)} KB`,
  )
  const zwaarste = [...v.soorten].sort(([, a], [, b]) => b.bytes - a.bytes).slice(0, 6)
  console.log(
    `  bytes per line by event type: ${zwaarste.map(([type, s]) => `${type} ${Math.round(s.bytes / totaal)} (${s.aantal.toLocaleString('en')} events)`).join(', ')}`,
  )
  console.log(
    `  floor: JSON.parse of the same events ${v.parse.toFixed(2)} s; pipeline / floor ${(seconden / v.parse).toFixed(1)}`,
  )
}
