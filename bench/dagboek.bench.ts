import { type CommandContext, InMemoryEventStore, type RecordedEvent } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { dagboekService } from '../packages/facturatie/src/dagboek/service'
import { inrichtingService } from '../packages/facturatie/src/inrichting/service'
import { richtWerkvoorbeeldIn } from '../packages/facturatie/src/inrichting/werkvoorbeeld.fixture'
import { invoerVoor, werkvoorbeeldOpdracht } from '../packages/facturatie/src/journalisering/werkvoorbeeld.fixture'
import { peakRssMiB, reportRatio, time } from './measure'

export const title = 'Dagboek: issuing 100,000 invoice numbers and journalising 100,000 invoices (in-memory store)'

const AANTAL = 100_000
const ctx = (id: string): CommandContext => ({ commandId: id, occurredAt: '2026-03-31T12:00:00.000Z' })

/** The kernel's floor: JSON.parse of the same events' serialized form, in the same process. */
const jsonVloer = (label: string, events: readonly RecordedEvent[]) => {
  const teksten = events.map((e) => JSON.stringify({ type: e.type, data: e.data, metadata: e.metadata }))
  return time(label, () => {
    let n = 0
    for (const tekst of teksten) if (JSON.parse(tekst)) n++
    return n
  })
}

export default async function run(): Promise<void> {
  const store = new InMemoryEventStore()
  const inrichting = inrichtingService(store)
  await richtWerkvoorbeeldIn(inrichting, { administratie: 'A1', van: 26_000_000, tot: 26_999_999 })
  const dagboek = dagboekService(store, { inrichting })

  const nummers: string[] = new Array(AANTAL)
  const nummering = await time('kenFactuurnummerToe (stream grows to 100,000 numbers)', async () => {
    for (let i = 0; i < AANTAL; i++) {
      const result = await dagboek.kenFactuurnummerToe(
        { administratie: 'A1', factuurId: `F-${i}`, integratiesoort: 'automatischeProjectfacturen' },
        ctx(`nr-${i}`),
      )
      if (isLeft(result)) throw new Error(result.left.message)
      nummers[i] = result.right.factuurnummer
    }
    return AANTAL
  })
  const toegekend = await store.readStream('dagboek-A1-70')
  console.log('  numbering')
  reportRatio(nummering, await jsonVloer('JSON.parse of the same FactuurnummerToegekend events', toegekend), 'numbers')

  const opdracht = werkvoorbeeldOpdracht()
  const journalisering = await time('journaliseer (worked example, stream grows to 200,000 events)', async () => {
    for (let i = 0; i < AANTAL; i++) {
      const invoer = invoerVoor(opdracht, nummers[i])
      const result = await dagboek.journaliseer(
        { administratie: 'A1', factuurId: `F-${i}`, integratiesoort: 'automatischeProjectfacturen', ...invoer },
        ctx(`jp-${i}`),
      )
      if (isLeft(result)) throw new Error(result.left.message)
    }
    return AANTAL
  })
  const alles = await store.readStream('dagboek-A1-70')
  const gejournaliseerd = alles.filter((e) => e.type === 'Gejournaliseerd')
  console.log('  journalising')
  reportRatio(
    journalisering,
    await jsonVloer('JSON.parse of the same Gejournaliseerd events', gejournaliseerd),
    'invoices',
  )
  console.log(`  peak RSS ${peakRssMiB().toFixed(0)} MiB`)
}
