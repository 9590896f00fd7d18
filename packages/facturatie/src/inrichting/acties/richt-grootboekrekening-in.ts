import { RichtGrootboekrekeningIn } from '../commands'
import { legVast } from './leg-vast'

/** A grootboekrekening and what it is for (omzet, voorschotten, afronding, debiteuren, btw, kortingen). */
export const richtGrootboekrekeningIn = legVast(RichtGrootboekrekeningIn, 'RichtGrootboekrekeningIn', (invoer) => ({
  type: 'RichtGrootboekrekeningIn',
  ...invoer,
}))
