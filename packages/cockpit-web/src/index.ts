export { cockpitWeb } from './app'
export type { Gebruiker, WieIsHet } from './gebruiker'
export { Invoerfout } from './invoerfout'
export type { Bron, Bronnen, CockpitWebOpties } from './opties'
