export {
  BoekHandmatigNummer,
  type DagboekCommand,
  Journaliseer,
  KenFactuurnummerToe,
  VraagFactuurnummer,
  VraagHandmatigNummer,
  VraagJournalisering,
} from './commands'
export { dagboekDecider } from './decider'
export * from './errors'
export {
  type DagboekEvent,
  dagboekEvents,
  dagboekRegistry,
  dagboekStream,
  FactuurnummerToegekend,
  Gejournaliseerd,
  type GejournaliseerdData,
  NummeringGestart,
} from './events'
export {
  type Dagboekdeel,
  type DagboekService,
  type DagboekServiceFout,
  type DagboekServiceOptions,
  dagboekService,
  type Factuurnummer,
  type Journaliseringsresultaat,
  type Schrijf,
} from './service'
export type { Boekingsplaats, DagboekState, Toekenning } from './state'
