import type { Decider, DomainError } from '@factuurstroom/eventsourcing'
import { right } from 'fp-ts/lib/Either.js'
import type { RelatieCommand } from './commands'
import type { RelatieEvent } from './events'

/** A verkooprelatie's current hoofddeclarant and declarant, and whether any assignment was ever recorded. */
export interface RelatieState {
  hoofddeclarant: string | undefined
  declarant: string | undefined
  toegewezen: boolean
}

/** A verkooprelatie's declarant assignment. Assigning what already holds records nothing, so a call may be retried. */
export const relatieDecider: Decider<RelatieCommand, RelatieEvent, RelatieState, DomainError<never>> = {
  initialState: () => ({ hoofddeclarant: undefined, declarant: undefined, toegewezen: false }),
  decide: (command, state) => {
    const { type: _, ...data } = command
    const zelfde =
      state.toegewezen && state.hoofddeclarant === data.hoofddeclarant && state.declarant === data.declarant
    return right(zelfde ? [] : [{ type: 'DeclarantenToegewezen', data }])
  },
  evolve: (state, event) => {
    state.hoofddeclarant = event.data.hoofddeclarant
    state.declarant = event.data.declarant
    state.toegewezen = true
    return state
  },
}
