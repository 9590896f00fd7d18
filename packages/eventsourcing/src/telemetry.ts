import {
  context,
  isSpanContextValid,
  type Meter,
  type MeterProvider,
  metrics,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api'
import type { Either } from 'fp-ts/lib/Either.js'
import type { NewEvent, RecordedEvent } from './envelope'

/**
 * OpenTelemetry through `@opentelemetry/api` only: without an SDK registered by the host every call below is the
 * API's no-op, and the work that only feeds a recording span (byte counts) is skipped. Names: docs/observability.md.
 */
const scope = '@factuurstroom/eventsourcing'
const tracer = trace.getTracer(scope)
const instrumentsOf = (meter: Meter) => ({
  commands: meter.createCounter('factuurstroom.commands', {
    description: 'Commands handled, by command type and outcome (ok, duplicate, rejected, error).',
  }),
  conflicts: meter.createCounter('factuurstroom.command.conflicts', {
    description: 'Expected-revision conflicts met while handling commands (each one retried or given up on).',
  }),
  appended: meter.createCounter('factuurstroom.events.appended', {
    description: 'Events appended to the store, by store system.',
  }),
})

// The metrics API has no proxy provider: a meter taken before the host registers its SDK would stay a no-op, so the
// instruments follow whichever provider is registered now.
let instruments: { provider: MeterProvider; counters: ReturnType<typeof instrumentsOf> } | undefined
const counters = () => {
  const provider = metrics.getMeterProvider()
  if (instruments?.provider !== provider) instruments = { provider, counters: instrumentsOf(provider.getMeter(scope)) }
  return instruments.counters
}

/** Attribute keys, stable: hosts build dashboards on them. */
export const TelemetryAttributes = {
  stream: 'factuurstroom.stream',
  /** How many streams one multi-stream append wrote to. */
  streams: 'factuurstroom.streams',
  commandType: 'factuurstroom.command.type',
  attempts: 'factuurstroom.command.attempts',
  conflicts: 'factuurstroom.command.conflicts',
  outcome: 'factuurstroom.command.outcome',
  errorCode: 'factuurstroom.error.code',
  events: 'factuurstroom.events',
  bytes: 'factuurstroom.bytes',
  projection: 'factuurstroom.projection',
  lagMs: 'factuurstroom.projection.lag_ms',
  dbSystem: 'db.system',
} as const

const utf8 = new TextEncoder()

const commandTypeOf = (command: unknown): string => {
  const type = typeof command === 'object' && command !== null ? (command as { type?: unknown }).type : undefined
  return typeof type === 'string' ? type : 'unknown'
}

const markFailed = (span: Span, error: unknown): void => {
  span.recordException(error instanceof Error ? error : String(error))
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) })
}

/**
 * Runs `work` with `span` as the active span, so appends inside it become its children. Without an SDK the span has
 * no valid context and the context switch (most of the no-op cost) is skipped.
 */
const within = <T>(span: Span, work: () => Promise<T>): Promise<T> =>
  isSpanContextValid(span.spanContext()) ? context.with(trace.setSpan(context.active(), span), work) : work()

/**
 * A span `command <type>` around one command: attempts, conflicts and the outcome. `run` calls `attempt()` at the
 * start of each try; every try after the first was caused by a conflict.
 */
export const traceCommand = <L extends { code: string }, R extends { duplicate: boolean }>(
  streamId: string,
  command: unknown,
  run: (attempt: () => void) => Promise<Either<L, R>>,
): Promise<Either<L, R>> => {
  const commandType = commandTypeOf(command)
  const span = tracer.startSpan(`command ${commandType}`, {
    kind: SpanKind.INTERNAL,
    attributes: { [TelemetryAttributes.stream]: streamId, [TelemetryAttributes.commandType]: commandType },
  })
  let attempts = 0
  const finish = (outcome: string, code?: string) => {
    const conflicted = outcome === 'error' ? attempts : Math.max(0, attempts - 1)
    span.setAttribute(TelemetryAttributes.attempts, attempts)
    span.setAttribute(TelemetryAttributes.conflicts, conflicted)
    span.setAttribute(TelemetryAttributes.outcome, outcome)
    if (code !== undefined) span.setAttribute(TelemetryAttributes.errorCode, code)
    counters().commands.add(1, {
      [TelemetryAttributes.commandType]: commandType,
      [TelemetryAttributes.outcome]: outcome,
    })
    if (conflicted > 0) counters().conflicts.add(conflicted, { [TelemetryAttributes.commandType]: commandType })
    span.end()
  }
  return within(span, () =>
    run(() => {
      attempts++
    }),
  ).then(
    (result) => {
      if (result._tag === 'Left') finish('rejected', result.left.code)
      else finish(result.right.duplicate ? 'duplicate' : 'ok')
      return result
    },
    (error: unknown) => {
      markFailed(span, error)
      const code = (error as { code?: unknown } | null)?.code
      finish('error', typeof code === 'string' ? code : undefined)
      throw error
    },
  )
}

/** A client span `append` around one store append: stream, events and (only when recorded) their JSON bytes. */
export const traceAppend = <T>(
  system: string,
  streamId: string,
  events: readonly NewEvent[],
  append: () => Promise<T>,
): Promise<T> => appendSpan(system, { [TelemetryAttributes.stream]: streamId }, [events], append)

/**
 * A client span `append` around one multi-stream append (`appendToStreams`): its streams, how many, and their events
 * and bytes together.
 */
export const traceAppends = <T>(
  system: string,
  appends: readonly { readonly streamId: string; readonly events: readonly NewEvent[] }[],
  append: () => Promise<T>,
): Promise<T> =>
  appendSpan(
    system,
    {
      [TelemetryAttributes.stream]: appends.map((part) => part.streamId).join(' '),
      [TelemetryAttributes.streams]: appends.length,
    },
    appends.map((part) => part.events),
    append,
  )

const appendSpan = <T>(
  system: string,
  attributes: Record<string, string | number>,
  batches: readonly (readonly NewEvent[])[],
  append: () => Promise<T>,
): Promise<T> => {
  let count = 0
  for (const events of batches) count += events.length
  const span = tracer.startSpan('append', {
    kind: SpanKind.CLIENT,
    attributes: { [TelemetryAttributes.dbSystem]: system, ...attributes, [TelemetryAttributes.events]: count },
  })
  if (span.isRecording()) {
    let bytes = 0
    for (const event of batches.flat()) {
      bytes += utf8.encode(JSON.stringify(event.data)).byteLength
      bytes += utf8.encode(JSON.stringify(event.metadata)).byteLength
    }
    span.setAttribute(TelemetryAttributes.bytes, bytes)
  }
  return within(span, append).then(
    (result) => {
      counters().appended.add(count, { [TelemetryAttributes.dbSystem]: system })
      span.end()
      return result
    },
    (error: unknown) => {
      markFailed(span, error)
      span.end()
      throw error
    },
  )
}

/**
 * A span `projection page` for one page of the log applied to a projection: its events and the lag, in ms, between
 * the last event's recording and now.
 */
export const traceProjectionPage = <T>(
  projection: string,
  page: readonly RecordedEvent[],
  apply: () => Promise<T> | T,
  now: () => number = Date.now,
): Promise<T> => {
  const last = page[page.length - 1]
  const span = tracer.startSpan('projection page', {
    kind: SpanKind.INTERNAL,
    attributes: { [TelemetryAttributes.projection]: projection, [TelemetryAttributes.events]: page.length },
  })
  if (last !== undefined) span.setAttribute(TelemetryAttributes.lagMs, Math.max(0, now() - last.recordedAt.getTime()))
  return within(span, async () => apply()).then(
    (result) => {
      span.end()
      return result
    },
    (error: unknown) => {
      markFailed(span, error)
      span.end()
      throw error
    },
  )
}
