import {
  type AggregateCache,
  appendPart,
  type CommandContext,
  decisionEvents,
  type EventStore,
  type ExpectedRevision,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { JournaliseringsFout } from '../journalisering/errors'
import type { DagboekCommand } from './commands'
import { dagboekDecider } from './decider'
import type { DagboekFout } from './errors'
import { type DagboekEvent, dagboekRegistry } from './events'
import type { DagboekState } from './state'
import type { Dagboekdeel, Lees } from './wiring'

/** A dagboek as a command is decided on it: its state, the revision to expect and what each command id recorded. */
export interface Dagboekstand {
  readonly state: DagboekState
  readonly expected: ExpectedRevision
  readonly eerder: ReadonlyMap<string, readonly DagboekEvent[]>
}

/** What `beslisOpStand` decided: the answer, the new events and the part to append them with (none when none). */
export interface Dagboekbesluit<T> {
  readonly antwoord: T
  readonly events: readonly DagboekEvent[]
  readonly deel?: Dagboekdeel
}

/**
 * Decides a dagboek command on `stand`: when the same command id recorded events `eerder` recognises, those are
 * the answer and there is no part; otherwise the decision, its part expecting `stand.expected`, folded into `cache`
 * once written.
 */
export const beslisOpStand = <T>(
  store: EventStore,
  cache: AggregateCache,
  streamId: string,
  stand: Dagboekstand,
  command: DagboekCommand,
  context: CommandContext,
  lees: Lees<T>,
  eerder?: (events: readonly DagboekEvent[]) => boolean,
): Either<DagboekFout | JournaliseringsFout, Dagboekbesluit<T>> => {
  const vorige = stand.eerder.get(context.commandId)
  if (vorige && eerder?.(vorige)) return right({ antwoord: lees(stand.state, vorige, true), events: [] })
  const decision = dagboekDecider.decide(command, stand.state)
  if (isLeft(decision)) return decision
  const events = decisionEvents(decision.right)
  const antwoord = lees(stand.state, events, false)
  if (events.length === 0) return right({ antwoord, events })
  const keptIn = { decider: dagboekDecider, cache }
  const deel = appendPart(streamId, dagboekRegistry, events, stand.expected, context, keptIn)
  return right({ antwoord, events, deel: { ...deel, store } })
}
