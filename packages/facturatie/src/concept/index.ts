export * from './commands'
export * from './controles'
export { conceptDecider } from './decide'
export * from './errors'
export * from './events'
export * from './instellingen'
export { type ConceptenVanAdministratie, conceptRegister } from './register'
export {
  type ConceptService,
  type ConceptServiceFout,
  type ConceptServiceOptions,
  type ConceptUitkomst,
  conceptService,
  sleutelVan,
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
export { verdichteRegelVoor, verdichteRegelVoorVoorschot } from './verdichting'
export * from './voorschotclaim'
export type { VrijeVeldenCodec, VrijeVeldenCodecs } from './vrije-velden'
