import {
  commandHandler,
  type Decider,
  defineEvent,
  type EventOf,
  eventRegistry,
  InMemoryEventStore,
  traceAppend,
  traceCommand,
} from '@factuurstroom/eventsourcing'
import { trace } from '@opentelemetry/api'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { opsPerSecond, reportRatio, time } from './measure'

export const title = 'Kernel: telemetry overhead without an SDK (no-op @opentelemetry/api), and with one'

const Geboekt = defineEvent('BenchGeboekt', t.type({ bedrag: t.string }))
const definitions = [Geboekt] as const
const registry = eventRegistry(definitions)
const decider: Decider<{ type: 'Boek'; bedrag: string }, EventOf<typeof definitions>, null> = {
  initialState: () => null,
  decide: (command) => right([{ type: 'BenchGeboekt', data: { bedrag: command.bedrag } }]),
  evolve: (state) => state,
}

const WRAPS = 200_000
const COMMANDS = 20_000

/** Commands on fresh streams (no load to speak of), so the handler's own cost is what is measured. */
const commands = async (label: string) => {
  const store = new InMemoryEventStore()
  const handle = commandHandler(store, { decider, registry, streamId: (c: { bedrag: string }) => `s-${c.bedrag}` })
  let round = 0
  return time(
    label,
    async () => {
      round++
      for (let i = 0; i < COMMANDS; i++) {
        const context = { commandId: `c-${round}-${i}`, occurredAt: '2026-03-31T12:00:00.000Z' }
        await handle({ type: 'Boek', bedrag: `${round}.${i}` }, context)
      }
      return COMMANDS
    },
    { warmUp: true, bestOf: 3 },
  )
}

export default async function run(): Promise<void> {
  const events = [
    registry.toNewEvent(
      { type: 'BenchGeboekt', data: { bedrag: '1.00' } },
      { commandId: 'c', occurredAt: '2026-03-31T12:00:00.000Z' },
    ),
  ]
  const inner = async () => right({ duplicate: false })

  console.log(`the no-op wrappers of one command (command span + append span), ${WRAPS.toLocaleString('en-US')} times:`)
  const floor = await time(
    'the wrapped work called directly (floor)',
    async () => {
      for (let i = 0; i < WRAPS; i++) await inner()
      return WRAPS
    },
    { warmUp: true, bestOf: 5 },
  )
  const wrapped = await time(
    'traceCommand + traceAppend around it, no SDK',
    async () => {
      for (let i = 0; i < WRAPS; i++) {
        await traceCommand('s-1', { type: 'Boek' }, (attempt) => {
          attempt()
          return traceAppend('memory', 's-1', events, inner)
        })
      }
      return WRAPS
    },
    { warmUp: true, bestOf: 5 },
  )
  reportRatio(wrapped, floor, 'commands')
  const overheadNs = (1 / opsPerSecond(wrapped) - 1 / opsPerSecond(floor)) * 1e9

  console.log(`\n${COMMANDS.toLocaleString('en-US')} commands through commandHandler on the in-memory store:`)
  const zonderSdk = await commands('no SDK registered (the library default)')
  const perCommandNs = 1e9 / opsPerSecond(zonderSdk)
  console.log(
    `  ${'telemetry without an SDK, per command'.padEnd(58)} ${overheadNs.toFixed(0).padStart(12)} ns  = ${((overheadNs / perCommandNs) * 100).toFixed(2)} % of a command (${perCommandNs.toFixed(0)} ns)`,
  )
  const exporter = new InMemorySpanExporter()
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }))
  const metSdk = await commands('SDK registered, every span recorded (in-memory exporter)')
  trace.disable()
  reportRatio(metSdk, zonderSdk, 'commands')
}
