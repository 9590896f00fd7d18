import {
  type CommandContext,
  causationIdOf,
  commandHandler,
  correlationIdOf,
  InMemoryEventStore,
} from '@factuurstroom/eventsourcing'
import { describe, expect, it } from 'vitest'
import { tellerDecider, tellerEvents } from './teller.fixture'

const occurredAt = '2026-11-22T10:00:00.000Z'

/** The metadata the command handler stores for one command with `context`, and what reading gives back. */
const stored = async (context: Omit<CommandContext, 'occurredAt'>) => {
  const store = new InMemoryEventStore()
  const handle = commandHandler(store, { decider: tellerDecider, registry: tellerEvents, streamId: () => 't' })
  await handle({ type: 'VerhoogTeller', met: 1, limiet: 10 }, { ...context, occurredAt })
  const [recorded] = await store.readStream('t')
  const metadata = recorded?.metadata ?? { occurredAt }
  return { metadata, causation: causationIdOf(metadata), correlation: correlationIdOf(metadata) }
}

describe('event metadata records each fact once', () => {
  it('a step of another command keeps its causation and its correlation', async () => {
    expect(await stored({ commandId: 'stap', causationId: 'actie', correlationId: 'maand', actor: 'a' })).toEqual({
      metadata: { commandId: 'stap', occurredAt, actor: 'a', correlationId: 'maand', causationId: 'actie' },
      causation: 'actie',
      correlation: 'maand',
    })
  })

  it('leaves out a causation id equal to the command id; reading gives it back', async () => {
    expect(
      await stored({ commandId: 'journaliseer:A1:F-1', causationId: 'journaliseer:A1:F-1', correlationId: 'm' }),
    ).toEqual({
      metadata: { commandId: 'journaliseer:A1:F-1', occurredAt, correlationId: 'm' },
      causation: 'journaliseer:A1:F-1',
      correlation: 'm',
    })
  })

  it('leaves out a correlation id equal to the causation; reading gives it back', async () => {
    expect(await stored({ commandId: 'stap', causationId: 'actie', correlationId: 'actie' })).toEqual({
      metadata: { commandId: 'stap', occurredAt, causationId: 'actie' },
      causation: 'actie',
      correlation: 'actie',
    })
    expect(await stored({ commandId: 'c', correlationId: 'c' })).toEqual({
      metadata: { commandId: 'c', occurredAt },
      causation: 'c',
      correlation: 'c',
    })
  })

  it('a command sent from outside is its own causation and correlation', async () => {
    expect(await stored({ commandId: 'c' })).toEqual({
      metadata: { commandId: 'c', occurredAt },
      causation: 'c',
      correlation: 'c',
    })
  })

  it('a correlation equal to the command id but not to the causation is kept', async () => {
    expect(await stored({ commandId: 'c', causationId: 'p', correlationId: 'c' })).toEqual({
      metadata: { commandId: 'c', occurredAt, correlationId: 'c', causationId: 'p' },
      causation: 'p',
      correlation: 'c',
    })
  })
})
