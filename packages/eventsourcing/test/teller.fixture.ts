import { type Decider, type DomainError, defineEvent, type EventOf, eventRegistry } from '@factuurstroom/eventsourcing'
import { left, right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'

/** A tiny decider used to test the kernel: a counter that may not exceed a limit. */
export const Opgehoogd = defineEvent('Opgehoogd', t.type({ met: t.number, stand: t.number }), {
  version: 2,
  // Version 1 carried only `met`; the stand was implied and is recomputed as unknown (-1) when lifting.
  upcasters: { 1: (data) => ({ ...(data as object), stand: -1 }) },
})
export const Gereset = defineEvent('Gereset', t.type({ reden: t.string }))
export const tellerEvents = eventRegistry([Opgehoogd, Gereset] as const)
export type TellerEvent = EventOf<readonly [typeof Opgehoogd, typeof Gereset]>

export type TellerCommand =
  | { type: 'VerhoogTeller'; met: number; limiet: number }
  | { type: 'ResetTeller'; reden: string }
export interface TellerState {
  stand: number
}

export const tellerDecider: Decider<TellerCommand, TellerEvent, TellerState, DomainError<'LIMIET_OVERSCHREDEN'>> = {
  initialState: () => ({ stand: 0 }),
  decide: (command, state) => {
    if (command.type === 'ResetTeller') return right([{ type: 'Gereset', data: { reden: command.reden } }])
    const stand = state.stand + command.met
    if (stand > command.limiet) {
      return left({
        code: 'LIMIET_OVERSCHREDEN',
        message: `The counter would reach ${stand}, above the limit ${command.limiet}; raise the limit or add less.`,
      })
    }
    const events: TellerEvent[] = [{ type: 'Opgehoogd', data: { met: command.met, stand } }]
    return stand > command.limiet * 0.8
      ? right({ events, warnings: [{ code: 'BIJNA_VOL', message: `${stand} of ${command.limiet}` }] })
      : right(events)
  },
  evolve: (state, event) => (event.type === 'Gereset' ? { stand: 0 } : { stand: state.stand + event.data.met }),
}
