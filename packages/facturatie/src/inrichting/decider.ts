import type { Decider } from '@factuurstroom/eventsourcing'
import type { InrichtingCommand } from './commands'
import { decideInrichting } from './decide'
import type { InrichtingFout } from './errors'
import type { InrichtingEvent } from './events'
import { evolveInrichting } from './evolve'
import { type InrichtingState, initialInrichting } from './state'

/** The set-up of one administratie (stream `inrichting-<administratie>`). */
export const inrichtingDecider: Decider<InrichtingCommand, InrichtingEvent, InrichtingState, InrichtingFout> = {
  initialState: initialInrichting,
  decide: decideInrichting,
  evolve: evolveInrichting,
}
