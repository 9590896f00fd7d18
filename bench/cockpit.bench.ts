import { InMemoryEventStore, type RecordedEvent, readAllEvents } from '@factuurstroom/eventsourcing'
import { isLeft, right } from 'fp-ts/lib/Either.js'
import type { Conceptfactuur } from '../packages/facturatie/src/bronnen'
import type { Conceptfacturering } from '../packages/facturatie/src/cockpit'
import { ctx, maakCockpit } from '../packages/facturatie/src/cockpit/cockpit.fixture'
import { peakRssMiB, reportGrowth, reportRatio, time } from './measure'

export const title =
  'Cockpit: a billing run of 100,000 subscription lines and 100,000 concept lines over 2,000 relaties (in-memory)'

const RELATIES = 2_000
const ABONNEMENTEN_PER_RELATIE = 5
const REGELS_PER_ABONNEMENT = 10
const REGELS_PER_CONCEPT = 50

const relatie = (r: number) => ({ nummer: `${10_000 + r}`, naam: `Relatie ${r}` })
const bedrag = (i: number) => `${10 + (i % 90)}.${String(i % 100).padStart(2, '0')}`

const abonnementsregels = (RELATIES: number) => {
  const regels = []
  for (let r = 0; r < RELATIES; r++) {
    for (let a = 0; a < ABONNEMENTEN_PER_RELATIE; a++) {
      for (let l = 0; l < REGELS_PER_ABONNEMENT; l++) {
        regels.push({
          administratie: 'A1',
          regelId: `L${l}`,
          abonnementId: `AB-${r}-${a}`,
          verkooprelatie: relatie(r),
          valuta: 'EUR',
          btwPlicht: 'binnenland',
          omschrijving: `Abonnement ${a} regel ${l}`,
          bedrag: bedrag(r + l),
          btwCode: 'HOOG',
          btwPercentage: '21',
          integratiegroep: 'UREN',
          periode: { van: '2026-04-01', tot: '2026-04-30' },
        })
      }
    }
  }
  return regels
}

const concepten = (RELATIES: number): Conceptfactuur[] =>
  Array.from({ length: RELATIES }, (_, r) => ({
    administratie: 'A1',
    conceptId: `C-${r}`,
    factuurId: `F-C-${r}`,
    factuuropdracht: {
      administratie: 'A1',
      bron: 'concept',
      bronId: `C-${r}`,
      verkooprelatie: relatie(r),
      factuurrelatie: relatie(r),
      valuta: 'EUR',
      btwPlicht: 'binnenland',
      factuurdatum: '2026-04-30',
      regels: Array.from({ length: REGELS_PER_CONCEPT }, (_, l) => ({
        regelId: `R${l}`,
        omschrijving: `Werksoort ${l}`,
        soort: 'omzet' as const,
        bedrag: bedrag(r * 7 + l),
        btwCode: 'HOOG',
        btwPercentage: '21',
        integratiegroep: l % 2 === 0 ? 'UREN' : 'KOSTEN',
      })),
    },
    herkomst: [],
    projecten: [],
  }))

/**
 * The concepts as the concept service hands them over once invoiced, under the factuurId the cockpit asks for: the
 * run measures the cockpit, not the concept service (concept.bench.ts measures that).
 */
const gefactureerdeConcepten = (facturen: readonly Conceptfactuur[]): Conceptfacturering => ({
  factureer: async ({ factuurIdVoor }) =>
    right(facturen.map((factuur) => ({ ...factuur, factuurId: factuurIdVoor(factuur.conceptId) }))),
  overdrachten: async (_administratie, verwijzingen) =>
    right(
      verwijzingen.flatMap(({ conceptId, factuurId }) =>
        facturen.filter((f) => f.conceptId === conceptId).map((f) => ({ ...f, factuurId })),
      ),
    ),
})

/** The floor: JSON.parse of the events the run produced, serialized the way a store would hold them. */
const jsonVloer = (events: readonly RecordedEvent[]) => {
  const teksten = events.map((e) => JSON.stringify({ type: e.type, data: e.data, metadata: e.metadata }))
  return time('baseline: JSON.parse of the produced events', () => {
    let n = 0
    for (const tekst of teksten) n += (JSON.parse(tekst) as { type: string }).type.length > 0 ? 1 : 0
    return n
  })
}

/** One complete run over `relaties` relaties in a fresh store; returns its timing and the events it wrote. */
const billingRun = async (relaties: number) => {
  const store = new InMemoryEventStore()
  const conceptfacturen = concepten(relaties)
  const { cockpit, instellingen } = await maakCockpit({ store, concepten: gefactureerdeConcepten(conceptfacturen) })
  const abonnementen = abonnementsregels(relaties)
  const opties = { verstrekkenNaVoltooien: true, journaliserenNaVoltooien: true }
  let facturen = 0
  const timing = await time(`billing run, ${relaties.toLocaleString('en-US')} relaties (lines)`, async () => {
    const a = await cockpit.factureerAbonnementen(
      { administratie: 'A1', runId: 'ABO-2026-04', peildatum: '2026-04-30', factuurdatum: '2026-04-30', ...opties },
      abonnementen,
      ctx(),
    )
    if (isLeft(a)) throw new Error(a.left.message)
    instellingen.conceptfacturering = true
    const c = await cockpit.factureerConcepten(
      { administratie: 'A1', runId: 'CON-2026-04', factuurdatum: '2026-04-30', ...opties },
      ctx(),
    )
    if (isLeft(c)) throw new Error(c.left.message)
    facturen = a.right.facturen.length + c.right.facturen.length
    return abonnementen.length + conceptfacturen.length * REGELS_PER_CONCEPT
  })
  const events: RecordedEvent[] = []
  for await (const event of readAllEvents(store)) events.push(event)
  return { timing, facturen, events }
}

export default async function run(): Promise<void> {
  // A fifth of the size first, for the linearity check; only its figures are kept.
  const klein = await billingRun(RELATIES / 5).then(({ timing, events }) => ({ timing, aantal: events.length }))
  const { timing: run, facturen, events } = await billingRun(RELATIES)
  const vloer = await jsonVloer(events)
  reportRatio({ ...run, label: 'billing run (events written per second)', operations: events.length }, vloer, 'events')
  console.log(
    `  ${'lines per second'.padEnd(58)} ${Math.round(run.operations / run.seconds)
      .toLocaleString('en-US')
      .padStart(
        12,
      )} lines/s  (${run.operations.toLocaleString('en-US')} lines, ${facturen.toLocaleString('en-US')} invoices in ${run.seconds.toFixed(3)} s)`,
  )
  console.log(
    `  ${'invoices per second (made, numbered, issued, journalised)'.padEnd(58)} ${Math.round(facturen / run.seconds)
      .toLocaleString('en-US')
      .padStart(12)} invoices/s`,
  )
  reportGrowth(
    {
      ...klein.timing,
      label: `${klein.aantal.toLocaleString('en-US')} events (400 relaties)`,
      operations: klein.aantal,
    },
    { ...run, label: `${events.length.toLocaleString('en-US')} events (2,000 relaties)`, operations: events.length },
  )
  console.log(`  ${'peak RSS'.padEnd(58)} ${peakRssMiB().toFixed(0).padStart(12)} MiB`)
}
