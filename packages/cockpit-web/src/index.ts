export { type CockpitWebOpties, cockpitWeb } from './app'
export type { Gebruiker, HerkenGebruiker } from './gebruiker'
export { OngeldigeInvoer } from './invoer'
