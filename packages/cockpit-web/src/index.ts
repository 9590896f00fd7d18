export { type CockpitWebOpties, cockpitWeb } from './app'
export type { Gebruiker, WieIsHet } from './gebruiker'
export { Invoerfout } from './invoerfout'
