import {
  TelemetryAttributes as A,
  commandHandler,
  type EventStore,
  InMemoryEventStore,
  type Projection,
  replayProjection,
} from '@factuurstroom/eventsourcing'
import { context, metrics, trace } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type TellerEvent, tellerDecider, tellerEvents } from './teller.fixture'

class TestReader extends MetricReader {
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

const exporter = new InMemorySpanExporter()
const reader = new TestReader()

beforeAll(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }))
  metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }))
})
afterAll(() => {
  trace.disable()
  metrics.disable()
  context.disable()
})
beforeEach(() => exporter.reset())

const ctx = (commandId: string) => ({ commandId, occurredAt: '2026-11-22T10:00:00.000Z', actor: 'tester' })
const metadata = '{"commandId":"c1","occurredAt":"2026-11-22T10:00:00.000Z","actor":"tester"}'

/** Another writer appends to the stream just before the handler's first append: one conflict, then success. */
const metWedloop = (inner: EventStore): EventStore => {
  let eerste = true
  const ander = { commandId: 'ander', occurredAt: '2026-11-22T09:00:00.000Z' }
  return {
    appendToStream: async (streamId, events, expected) => {
      if (eerste) {
        eerste = false
        const gereset = tellerEvents.toNewEvent({ type: 'Gereset', data: { reden: 'x' } }, ander)
        await inner.appendToStream(streamId, [gereset], 'any')
      }
      return inner.appendToStream(streamId, events, expected)
    },
    readStream: (streamId, options) => inner.readStream(streamId, options),
    readAll: (options) => inner.readAll(options),
    subscribeToAll: (handler, options) => inner.subscribeToAll(handler, options),
    close: () => inner.close(),
  }
}

const som = async (naam: string, attributes: Record<string, unknown>): Promise<number> => {
  const { resourceMetrics } = await reader.collect()
  const metric = resourceMetrics.scopeMetrics.flatMap((s) => s.metrics).find((m) => m.descriptor.name === naam)
  const punten = (metric?.dataPoints ?? []) as { attributes: Record<string, unknown>; value: number }[]
  return punten
    .filter((p) => Object.entries(attributes).every(([k, v]) => p.attributes[k] === v))
    .reduce((totaal, p) => totaal + p.value, 0)
}

describe('OpenTelemetry (with the SDK registered by the host)', () => {
  it('a command span counts its attempts and conflicts; its append is a child span with events and bytes', async () => {
    const store = metWedloop(new InMemoryEventStore())
    const handle = commandHandler(store, { decider: tellerDecider, registry: tellerEvents, streamId: () => 'teller-1' })
    await handle({ type: 'VerhoogTeller', met: 2, limiet: 10 }, ctx('c1'))

    const spans = exporter.getFinishedSpans()
    const command = spans.find((s) => s.name === 'command VerhoogTeller')
    expect(command?.attributes).toEqual({
      [A.stream]: 'teller-1',
      [A.commandType]: 'VerhoogTeller',
      [A.attempts]: 2,
      [A.conflicts]: 1,
      [A.outcome]: 'ok',
    })
    const appends = spans.filter((s) => s.name === 'append')
    expect(appends.map((s) => [s.attributes[A.events], s.status.code, s.parentSpanContext?.spanId])).toEqual([
      [1, 0, command?.spanContext().spanId],
      [1, 2, command?.spanContext().spanId],
      [1, 0, command?.spanContext().spanId],
    ])
    const geslaagd = appends[2]
    expect(geslaagd?.attributes).toEqual({
      [A.dbSystem]: 'memory',
      [A.stream]: 'teller-1',
      [A.events]: 1,
      [A.bytes]: Buffer.byteLength('{"met":2,"stand":2}') + Buffer.byteLength(metadata),
    })
    expect(await som('factuurstroom.commands', { [A.commandType]: 'VerhoogTeller', [A.outcome]: 'ok' })).toBe(1)
    expect(await som('factuurstroom.command.conflicts', { [A.commandType]: 'VerhoogTeller' })).toBe(1)
    expect(await som('factuurstroom.events.appended', { [A.dbSystem]: 'memory' })).toBe(2)
  })

  it('a refused command ends as rejected with its error code, and a repeated command id as duplicate', async () => {
    const store = new InMemoryEventStore()
    const handle = commandHandler(store, { decider: tellerDecider, registry: tellerEvents, streamId: () => 'teller-2' })
    await handle({ type: 'VerhoogTeller', met: 11, limiet: 10 }, ctx('te-veel'))
    await handle({ type: 'VerhoogTeller', met: 1, limiet: 10 }, ctx('een'))
    await handle({ type: 'VerhoogTeller', met: 1, limiet: 10 }, ctx('een'))
    const commands = exporter.getFinishedSpans().filter((s) => s.name.startsWith('command '))
    expect(commands.map((s) => [s.attributes[A.outcome], s.attributes[A.errorCode], s.attributes[A.attempts]])).toEqual(
      [
        ['rejected', 'LIMIET_OVERSCHREDEN', 1],
        ['ok', undefined, 1],
        ['duplicate', undefined, 1],
      ],
    )
  })

  it('a projection page span names the projection, its events and the lag behind the log', async () => {
    const recordedAt = new Date(Date.now() - 60_000)
    const store = new InMemoryEventStore({ clock: () => recordedAt })
    const handle = commandHandler(store, { decider: tellerDecider, registry: tellerEvents, streamId: () => 'teller-3' })
    for (let i = 0; i < 1_500; i++) await handle({ type: 'ResetTeller', reden: `${i}` }, ctx(`r${i}`))
    exporter.reset()
    const aantal: Projection<number, TellerEvent> = {
      name: 'aantal',
      registry: tellerEvents,
      initialView: () => 0,
      evolve: (n) => n + 1,
    }
    expect((await replayProjection(store, aantal)).view).toBe(1_500)
    const pages = exporter.getFinishedSpans().filter((s) => s.name === 'projection page')
    expect(pages.map((s) => [s.attributes[A.projection], s.attributes[A.events]])).toEqual([
      ['aantal', 1_000],
      ['aantal', 500],
    ])
    for (const page of pages) expect(page.attributes[A.lagMs]).toBeGreaterThanOrEqual(60_000)
  })
})
