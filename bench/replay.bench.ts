import { InMemoryEventStore, ProjectionRunner, type RecordedEvent, readAllEvents } from '@factuurstroom/eventsourcing'
import { bouwScenario } from '../packages/facturatie/src/weergaven/scenario.fixture'
import { weergavenProjectie } from '../packages/facturatie/src/weergaven/weergaven'
import { peakRssMiB, reportRatio, time } from './measure'

export const title = 'Replay: 1,000,000 events into all views (facturen, concepten, openstaande posten, journaal)'

const VIEW_TYPES = new Set([
  'ConceptGeopend',
  'ConceptRegelsToegevoegd',
  'VerwerkingsmethodeGewijzigd',
  'ConceptFactureerbaarGesteld',
  'AfrondingsregelBerekend',
  'ConceptGefactureerd',
  'FactuurAangemaakt',
  'FactuurnummerToegekend',
  'Gefactureerd',
  'FactuurVerstrekt',
  'Gejournaliseerd',
  'FactuurGejournaliseerd',
])

interface Sjabloon {
  readonly type: string
  readonly schemaVersion: number
  readonly streamId: string
  readonly tekst: string
}

/** One invoice's life (concept → cockpit → dagboek) from the worked scenario, serialised once. */
const sjablonen = async (): Promise<Sjabloon[]> => {
  const { store } = await bouwScenario({ store: new InMemoryEventStore() })
  const uit: Sjabloon[] = []
  for await (const e of readAllEvents(store)) {
    const stroomVanF1 = e.streamId.includes('C-1') || e.streamId.includes('F-1') || e.streamId.startsWith('dagboek')
    if (!VIEW_TYPES.has(e.type) || !stroomVanF1) continue
    if (JSON.stringify(e.data).includes('26000002')) continue
    uit.push({ type: e.type, schemaVersion: e.schemaVersion, streamId: e.streamId, tekst: JSON.stringify(e.data) })
  }
  return uit
}

const TOKENS = /F-1\b|C-1\b|26000001|10032/g

/**
 * Streams `aantal` events as a store would hand them over: JSON text per event, parsed on read (both runs pay the
 * same generation, so the ratio is conservative). Invoice i gets its
 * own ids, number and one of 500 relaties; nothing is kept, so memory holds only what the views keep.
 */
function* genereer(
  s: readonly Sjabloon[],
  aantal: number,
): Generator<{ tekst: string; sjabloon: Sjabloon; i: number }> {
  let n = 0
  for (let factuur = 0; ; factuur++) {
    const ids: Record<string, string> = {
      'F-1': `F-${factuur}`,
      'C-1': `C-${factuur}`,
      '26000001': String(26_000_001 + factuur),
      '10032': String(10_000 + (factuur % 500)),
    }
    for (const sjabloon of s) {
      if (n++ >= aantal) return
      yield { tekst: sjabloon.tekst.replace(TOKENS, (t) => ids[t] as string), sjabloon, i: n }
    }
  }
}

const recordedAt = new Date('2026-04-01T10:00:00.000Z')
const alsRecorded = (tekst: string, s: Sjabloon, i: number): RecordedEvent => ({
  eventId: `e-${i}`,
  type: s.type,
  schemaVersion: s.schemaVersion,
  data: JSON.parse(tekst),
  metadata: { occurredAt: '2026-04-01T10:00:00.000Z' },
  streamId: s.streamId,
  streamRevision: 0n,
  globalPosition: BigInt(i),
  recordedAt,
})

const vloer = (s: readonly Sjabloon[], aantal: number) =>
  time(`generate + JSON.parse of ${aantal.toLocaleString('en-US')} events (the floor)`, () => {
    let n = 0
    for (const { tekst, sjabloon, i } of genereer(s, aantal)) if (alsRecorded(tekst, sjabloon, i).data) n++
    return n
  })

const replay = (s: readonly Sjabloon[], aantal: number) => {
  let runner = new ProjectionRunner(weergavenProjectie)
  return {
    timing: time(
      `generate + JSON.parse + decode + fold into all views, ${aantal.toLocaleString('en-US')} events`,
      () => {
        runner = new ProjectionRunner(weergavenProjectie)
        for (const { tekst, sjabloon, i } of genereer(s, aantal)) runner.apply(alsRecorded(tekst, sjabloon, i))
        return aantal
      },
    ),
    view: () => runner.view,
  }
}

export default async function run(): Promise<void> {
  const s = await sjablonen()
  console.log(`  one invoice's life = ${s.length} events (${s.map((x) => x.type).join(', ')})`)

  const klein = replay(s, 100_000)
  await klein.timing
  const facturen = klein.view().facturen.facturen.size
  console.log(`  after 100,000 events: ${facturen} invoices in the views, peak RSS ${peakRssMiB().toFixed(0)} MiB`)

  const groot = replay(s, 1_000_000)
  reportRatio(await groot.timing, await vloer(s, 1_000_000), 'events')
  console.log(
    `  after 1,000,000 events: peak RSS ${peakRssMiB().toFixed(0)} MiB (the views hold every invoice, line, post and concept)`,
  )
}
