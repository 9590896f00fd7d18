import {
  type AggregateCache,
  appendPart,
  type CommandContext,
  decisionEvents,
  type EventStore,
  foldEvents,
  type LoadedAggregate,
} from '@factuurstroom/eventsourcing'
import { isLeft, right } from 'fp-ts/lib/Either.js'
import { dagboekDecider } from './decider'
import { type DagboekEvent, dagboekRegistry, dagboekStream } from './events'
import type { DagboekState } from './state'
import type { DagboekWiring } from './wiring'

/** A dagboek as a series of decisions left it, none of them appended yet. */
interface Voorlopig {
  state: DagboekState
  revision: bigint | undefined
  readonly eerder: ReadonlyMap<string, readonly DagboekEvent[]>
}

/**
 * `beslisUit` for a series of commands decided one after another without appending: each dagboek is loaded once,
 * each decision is taken on the state the ones before it leave (a copy, the cached state stays as written) and its
 * part expects the revision they leave. `schrijf` gets each part; the caller appends them in order, all or none,
 * and decides the series again on a new series after a conflict (or when it drops a decided part).
 */
export const voorlopigeReeks = (
  store: EventStore,
  cache: AggregateCache,
  laad: (streamId: string) => Promise<LoadedAggregate<DagboekEvent, DagboekState>>,
): DagboekWiring['beslisUit'] => {
  const dagboeken = new Map<string, Voorlopig>()
  const voorlopig = async (streamId: string) => {
    const bekend = dagboeken.get(streamId)
    if (bekend) return bekend
    const loaded = await laad(streamId)
    const { expectedRevision } = loaded
    const nieuw = {
      state: structuredClone(loaded.state),
      revision: expectedRevision === 'no_stream' ? undefined : (expectedRevision as bigint),
      eerder: loaded.eventsByCommandId,
    }
    dagboeken.set(streamId, nieuw)
    return nieuw
  }
  return async (administratie, dagboek, command, context: CommandContext, lees, schrijf, eerder) => {
    const streamId = dagboekStream(administratie, dagboek)
    const stand = await voorlopig(streamId)
    const vorige = stand.eerder.get(context.commandId)
    if (vorige && eerder?.(vorige)) return right(await schrijf(lees(stand.state, vorige, true), undefined))
    const decision = dagboekDecider.decide(command, stand.state)
    if (isLeft(decision)) return decision
    const events = decisionEvents(decision.right)
    const antwoord = lees(stand.state, events, false)
    if (events.length === 0) return right(await schrijf(antwoord, undefined))
    const keptIn = { decider: dagboekDecider, cache }
    const deel = appendPart(streamId, dagboekRegistry, events, stand.revision ?? 'no_stream', context, keptIn)
    stand.state = foldEvents(dagboekDecider, stand.state, structuredClone(events))
    stand.revision = (stand.revision ?? -1n) + BigInt(events.length)
    return right(await schrijf(antwoord, { ...deel, store }))
  }
}
