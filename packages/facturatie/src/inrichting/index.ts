export * from './commands'
export { Dagboektype } from './dagboektype'
export { inrichtingDecider } from './decider'
export * from './errors'
export { type InrichtingEvent, inrichtingEvents, inrichtingRegistry, inrichtingStream } from './events'
export { ReserveerNummerreeks, VoegAdministratieToe } from './omgeving/commands'
export { type OmgevingState, omgevingDecider } from './omgeving/decider'
export { type OmgevingEvent, omgevingEvents, omgevingRegistry, omgevingStream } from './omgeving/events'
export { factuurnummer, MAX_VOLGNUMMER, Nummerreeks, reeksenOverlappen, Volgnummer } from './reeks'
export {
  type InrichtingResultaat,
  type InrichtingService,
  type InrichtingServiceOptions,
  inrichtingService,
} from './service'
export {
  type BtwCodeKeuze,
  type BtwInstellingen,
  bepaalBtwCode,
  integratiedagboek,
  journaliseringsInrichting,
  type NummerendDagboek,
  nummerendDagboek,
} from './snapshot'
export type { InrichtingState } from './state'
