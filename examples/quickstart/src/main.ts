import {
  commandHandler,
  decodeWith,
  HashChainingEventStore,
  InMemoryEventStore,
  type Projection,
  readAllEvents,
  replayProjection,
  verifyHashChains,
} from '@factuurstroom/eventsourcing'
import { decimaal } from '@factuurstroom/facturatie'
import { isLeft } from 'fp-ts/lib/Either.js'
import { BoekUren, type UrenEvent, urenDecider, urenEvents } from './uren'

const store = new HashChainingEventStore(new InMemoryEventStore())
const handle = commandHandler(store, {
  decider: urenDecider,
  registry: urenEvents,
  streamId: (c) => `project-${c.project}`,
})
const context = (commandId: string) => ({ commandId, occurredAt: new Date().toISOString(), actor: 'quickstart' })

// Input from a host arrives as unknown JSON and is decoded first; bad input never reaches the decider.
const input: unknown[] = [
  { project: 'P-100', werksoort: 'ADV', aantal: '7.50', prijs: '95.00' },
  { project: 'P-100', werksoort: 'ADV', aantal: '3.25', prijs: '95.00' },
  { project: 'P-100', werksoort: 'ONT', aantal: '6.00', prijs: '82.50' },
  { project: 'P-100', werksoort: 'ONT', aantal: 'zes', prijs: '82.50' },
]
for (const [i, raw] of input.entries()) {
  const command = decodeWith(BoekUren, 'BoekUren', raw)
  if (isLeft(command)) {
    console.log(`refused: ${command.left.message}`)
    continue
  }
  await handle({ type: 'BoekUren', ...command.right }, context(`boek-${i}`))
}
await handle({ type: 'SluitProject', project: 'P-100' }, context('sluit'))
const late = await handle(
  { type: 'BoekUren', project: 'P-100', werksoort: 'ADV', aantal: '1', prijs: '95.00' },
  context('laat'),
)
if (isLeft(late)) console.log(`refused: ${late.left.code}: ${late.left.message}`)

const omzetPerWerksoort: Projection<Map<string, string>, UrenEvent> = {
  name: 'omzet-per-werksoort',
  registry: urenEvents,
  initialView: () => new Map(),
  evolve: (view, event) => {
    if (event.type === 'UrenGeboekt') {
      view.set(
        event.data.werksoort,
        decimaal(view.get(event.data.werksoort) ?? '0')
          .plus(event.data.bedrag)
          .toFixed(2),
      )
    }
    return view
  },
}
const { view } = await replayProjection(store, omzetPerWerksoort)
console.log('omzet per werksoort:', Object.fromEntries(view))
const verification = await verifyHashChains(readAllEvents(store))
console.log(`hash chains: ${verification.eventsChecked} events, ${verification.problems.length} problems`)
