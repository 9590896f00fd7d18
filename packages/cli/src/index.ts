/**
 * The audit tool `factuurstroom`: replay, verify, trace, as-of.
 *
 * @packageDocumentation
 * @module @factuurstroom/cli
 */
export { AS_OF_VIEWS, type AsOfOptions, type AsOfReport, type AsOfView, runAsOf } from './as-of'
export { type DocumentOpties, type DocumentProbleem, type DocumentReport, runDocument } from './document'
export { metVoortgang, telEvents } from './log'
export { type CliOmgeving, EXIT, maakProgramma, main } from './program'
export { isPostgresStore, lagTekst, type ProjectOptions, projectionWorker, runProject } from './project'
export { asOfTekst, replayTekst, tabel, traceTekst, verifyTekst } from './rapport'
export { type ReplayReport, runReplay } from './replay'
export { openStore, type StoreKeuze } from './store'
export { heeftTabellen, herbouwTabellen, type TabelHerbouw } from './tabellen'
export {
  runTrace,
  type TraceConceptregel,
  type TraceFactuurregel,
  type TraceReport,
  type Vindplaats,
} from './trace'
export { type Controle, type Probleem, runVerify, type VerifyOptions, type VerifyReport } from './verify'
