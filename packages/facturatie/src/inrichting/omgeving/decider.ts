import type { Decider } from '@factuurstroom/eventsourcing'
import { left, right } from 'fp-ts/lib/Either.js'
import {
  administratieBestaatAl,
  administratieOnbekend,
  type InrichtingFout,
  nummerreeksAlVastgelegd,
  nummerreeksOverlapt,
} from '../errors'
import { type Nummerreeks, reeksenOverlappen, zelfdeReeks } from '../reeks'
import { valideerReeks } from '../valideer'
import type { OmgevingCommand } from './commands'
import type { OmgevingEvent } from './events'

interface Gereserveerd {
  readonly administratie: string
  readonly dagboek: string
  readonly dagboektype: string
  readonly reeks: Nummerreeks
}

/** Plain mutable structures, only touched by `evolve`. */
export interface OmgevingState {
  readonly administraties: Map<string, string>
  readonly reeksen: Gereserveerd[]
}

/**
 * The environment-level guard (R27): one stream per omgeving holds every administratie and every dagboek's number
 * series, so overlap is decided against the complete set under one expected revision — never against a view.
 */
export const omgevingDecider: Decider<OmgevingCommand, OmgevingEvent, OmgevingState, InrichtingFout> = {
  initialState: () => ({ administraties: new Map(), reeksen: [] }),
  decide: (command, state) => {
    switch (command.type) {
      case 'VoegAdministratieToe': {
        const naam = state.administraties.get(command.administratie)
        if (naam === command.naam) return right([])
        if (naam !== undefined) return left(administratieBestaatAl(command.omgeving, command.administratie))
        const { type: _, ...data } = command
        return right([{ type: 'AdministratieToegevoegd', data }])
      }
      case 'ReserveerNummerreeks': {
        if (!state.administraties.has(command.administratie)) {
          return left(administratieOnbekend(command.omgeving, command.administratie))
        }
        const ongeldig = valideerReeks(command.reeks)
        if (ongeldig) return left(ongeldig)
        const eigen = state.reeksen.find(
          (r) => r.administratie === command.administratie && r.dagboek === command.dagboek,
        )
        if (eigen) {
          return zelfdeReeks(eigen.reeks, command.reeks) && eigen.dagboektype === command.dagboektype
            ? right([])
            : left(nummerreeksAlVastgelegd(command.administratie, command.dagboek))
        }
        const ander = state.reeksen.find((r) => reeksenOverlappen(r.reeks, command.reeks))
        if (ander) return left(nummerreeksOverlapt(command.administratie, command.dagboek, ander))
        const { type: _, ...data } = command
        return right([{ type: 'NummerreeksGereserveerd', data }])
      }
    }
  },
  evolve: (state, event) => {
    switch (event.type) {
      case 'AdministratieToegevoegd':
        state.administraties.set(event.data.administratie, event.data.naam)
        break
      case 'NummerreeksGereserveerd':
        state.reeksen.push(event.data)
        break
    }
    return state
  },
}
