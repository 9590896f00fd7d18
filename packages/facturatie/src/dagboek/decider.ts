import type { Decider } from '@factuurstroom/eventsourcing'
import type { JournaliseringsFout } from '../journalisering/errors'
import type { DagboekCommand } from './commands'
import { decideDagboek } from './decide'
import type { DagboekFout } from './errors'
import type { DagboekEvent } from './events'
import { evolveDagboek } from './evolve'
import { type DagboekState, initialDagboek } from './state'

/** One dagboek of one administratie (stream `dagboek-<administratie>-<dagboek>`): numbering and journal. */
export const dagboekDecider: Decider<DagboekCommand, DagboekEvent, DagboekState, DagboekFout | JournaliseringsFout> = {
  initialState: initialDagboek,
  decide: decideDagboek,
  evolve: evolveDagboek,
}
