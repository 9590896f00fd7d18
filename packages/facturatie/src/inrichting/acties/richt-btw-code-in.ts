import { RichtBtwCodeIn } from '../commands'
import { legVast } from './leg-vast'

/** A btw-code for a btw-plicht and tariefgroep, with its percentage and its account. */
export const richtBtwCodeIn = legVast(RichtBtwCodeIn, 'RichtBtwCodeIn', (invoer) => ({
  type: 'RichtBtwCodeIn',
  ...invoer,
}))
