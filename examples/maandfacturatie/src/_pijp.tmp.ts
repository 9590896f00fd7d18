import { HashChainingEventStore, InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { EnigeSchrijverStore } from './enige-schrijver'
import { genereerMaand } from './genereer'
import { draaiMaand } from './maand'
import { MetendeStore } from './meting'
const maand = genereerMaand({ seed: 'factuurstroom', relaties: 300 })
const keten = !process.argv.includes('--zonder')
const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 2)
for (let i = 0; i < n; i++) {
  const basis = new MetendeStore(new InMemoryEventStore())
  const onder = new EnigeSchrijverStore(basis, true)
  const store = keten ? new HashChainingEventStore(onder) : onder
  const u = await draaiMaand(store, maand, process.argv.includes("--v") ? (await import("./voortgang")).voortgangsregel() : undefined)
  const f = (u as unknown as { fasen: Record<string, number> }).fasen
  const som = Object.values(f).reduce((a, b) => a + b, 0)
  console.log(`run ${i}: pipeline ${som.toFixed(2)} s`, Object.entries(f).filter(([, s]) => s > 0.05).map(([k, s]) => `${k} ${s.toFixed(2)}`).join(', '))
}
