export * from './commands'
export * from './controles'
export { conceptDecider } from './decide'
export * from './errors'
export * from './events'
export * from './instellingen'
export { regelIdVan, verwerkingsmethodeVan } from './regelset'
export { type ConceptenVanAdministratie, conceptRegister } from './register'
export {
  type ConceptService,
  conceptService,
  type FactureerbaarResultaat,
  type Factureerbaaruitkomst,
} from './service'
export {
  ConceptSleutelGeclaimd,
  ConceptSleutelVrijgegeven,
  conceptStreamId,
  type SleutelCommand,
  type SleutelEvent,
  type SleutelState,
  sleutelDecider,
  sleutelRegistry,
  sleutelStreamId,
  sleutelVan,
} from './sleutel'
export { type Conceptstamgegevens, vulStamgegevensAan } from './stamgegevens'
export {
  type ConceptKop,
  type ConceptState,
  type Conceptstatus,
  initialConceptState,
  isActief,
  type VerdichteRegel,
} from './state'
export {
  ConceptnummerToegekend,
  RichtTellerReeksInInput,
  type TellerCommand,
  type TellerEvent,
  TellerReeksIngericht,
  type TellerState,
  tellerDecider,
  tellerRegistry,
  tellerStreamId,
  Voorloopgedeelte,
} from './teller'
export type { ConceptServiceFout, ConceptUitkomst } from './uitkomst'
export { verdichteRegelVoor, verdichteRegelVoorVoorschot } from './verdichting'
export * from './voorschotclaim'
export type { VrijeVeldenCodec, VrijeVeldenCodecs } from './vrije-velden'
export type { ConceptServiceOptions } from './wiring'
