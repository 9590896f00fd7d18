import type { Decider } from '@factuurstroom/eventsourcing'
import type { FactuurCommand } from './commands'
import { decideFactuur } from './decide'
import type { FactuurFout } from './errors'
import type { FactuurEvent } from './events'
import { evolveFactuur } from './evolve'
import { type FactuurState, initialFactuurState } from './state'

/** The Factuur aggregate (R22–R24, R30, R31): make, edit lines, number, issue, journalise and credit one invoice. */
export const factuurDecider: Decider<FactuurCommand, FactuurEvent, FactuurState, FactuurFout> = {
  initialState: initialFactuurState,
  decide: decideFactuur,
  evolve: evolveFactuur,
}

export * from './commands'
export { magJournaliseren } from './decide'
export type { FactuurFout, FactuurFoutCode } from './errors'
export * from './events'
export {
  type FactuurRegelState,
  type FactuurState,
  huidigeOpdracht,
  initialFactuurState,
  isFactuurActief,
} from './state'
