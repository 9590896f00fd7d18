import { type AggregateCache, type EventStore, foldEvents, type LoadedAggregate } from '@factuurstroom/eventsourcing'
import { isLeft, right } from 'fp-ts/lib/Either.js'
import { beslisOpStand, type Dagboekstand } from './beslis-op-stand'
import { dagboekDecider } from './decider'
import { type DagboekEvent, dagboekStream } from './events'
import type { DagboekState } from './state'
import type { DagboekWiring } from './wiring'

/**
 * `beslisUit` for a series of commands decided one after another without appending: each dagboek is loaded once,
 * each decision is taken on the state the ones before it leave (a copy: the cached state stays as written) and its
 * part expects the revision they leave. `schrijf` gets each part; the caller appends them in order, all or none,
 * and decides again on a new series after a conflict (or when it drops a decided part).
 */
export const voorlopigeReeks = (
  store: EventStore,
  cache: AggregateCache,
  laad: (streamId: string) => Promise<LoadedAggregate<DagboekEvent, DagboekState>>,
): DagboekWiring['beslisUit'] => {
  const dagboeken = new Map<string, Dagboekstand>()
  const voorlopig = async (streamId: string): Promise<Dagboekstand> => {
    const bekend = dagboeken.get(streamId)
    if (bekend) return bekend
    const loaded = await laad(streamId)
    const state = structuredClone(loaded.state)
    return { state, expected: loaded.expectedRevision, eerder: loaded.eventsByCommandId }
  }
  return async (administratie, dagboek, command, context, lees, schrijf, eerder) => {
    const streamId = dagboekStream(administratie, dagboek)
    const stand = await voorlopig(streamId)
    const besluit = beslisOpStand(store, cache, streamId, stand, command, context, lees, eerder)
    if (isLeft(besluit)) return besluit
    const { antwoord, events, deel } = besluit.right
    const expected = stand.expected === 'no_stream' ? -1n : (stand.expected as bigint)
    dagboeken.set(
      streamId,
      deel
        ? {
            state: foldEvents(dagboekDecider, stand.state, structuredClone(events)),
            expected: expected + BigInt(events.length),
            eerder: stand.eerder,
          }
        : stand,
    )
    return right(await schrijf(antwoord, deel))
  }
}
