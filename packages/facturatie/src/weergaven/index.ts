export { type Aansluiting, type Aansluitverschil, controleerAansluiting } from './aansluiting'
export {
  type Autorisatie,
  alleRelaties,
  type Declaranten,
  GeenAutorisatieError,
  magZien,
  type Toewijzing,
  type Toewijzingen,
  toewijzingSleutel,
  toewijzingUit,
  vereisAutorisatie,
} from './autorisatie'
export {
  type Antwoord,
  bevraag,
  type Definitie,
  type Filter,
  type Kolomsoort,
  type Richting,
  type Sortering,
  type Vraag,
} from './bevraging'
export {
  type ConceptenView,
  type ConceptKolom,
  type ConceptRij,
  type ConceptVraag,
  type ConceptWaarschuwing,
  conceptenOverzicht,
  conceptenWeergave,
  r6Waarschuwingen,
} from './concepten'
export {
  alleFacturen,
  alleFactuurregels,
  type FacturenView,
  type FactuurKolom,
  type FactuurRij,
  type FactuurregelKolom,
  type FactuurregelRij,
  type FactuurVraag,
  facturenWeergave,
  nietVerwerkteFacturen,
} from './facturen'
export {
  type DagboekPeriodeTotaal,
  debiteurenSaldoPerDebiteur,
  type JournaalFilter,
  type JournaalpostKolom,
  type JournaalpostRij,
  type JournaalView,
  journaalPerDagboekEnPeriode,
  journaalposten,
  journaalWeergave,
  type RekeningSaldo,
  saldiPerRekening,
} from './journaal'
export {
  type DebiteurSaldo,
  dagenTussen,
  type OpenstaandePostenView,
  type OpenstaandePostKolom,
  type OpenstaandePostOpDatum,
  type OpenstaandePostRij,
  type OpenstaandePostVraag,
  openstaandePosten,
  openstaandePostenWeergave,
  openstaandPerDebiteur,
  openstaandTotaalPerDebiteur,
} from './openstaande-posten'
export { type Weergave, type WeergaveEvent, weergaveRegistry } from './registry'
export { aggregaatOpMoment, herbouwWeergaven, momentopname, totEnMet } from './replay'
export { type Factuurinzage, type Factuurverwijzing, factuurinzage } from './sql/factuurinzage'
export {
  OPENSTAANDE_POSTEN_DECLARANTEN_TABEL,
  OPENSTAANDE_POSTEN_TABEL,
  OpenstaandePostenTabel,
  type PerDebiteurVraag,
} from './sql/openstaande-posten-tabel'
export { TABELVERSIES, type TabelProjectie, tabelProjecties } from './sql/projecties'
export {
  type ExtraVoorwaarden,
  kolomnaam,
  STAAT_TABEL,
  type Tabel,
  type Tabelweergave,
  type Voeding,
  voeding,
  WeergaveTabel,
} from './sql/tabel'
export { type DeclarantenRij, declarantenTabel, metToewijzingen } from './sql/toewijzingen'
export type { TabelTransactie, TransactioneleStore } from './sql/transactie'
export {
  CONCEPTEN_DECLARANTEN_TABEL,
  CONCEPTEN_TABEL,
  ConceptenTabel,
  conceptenTabelweergave,
  DECLARANTEN_TABEL,
  FACTUREN_TABEL,
  FACTUURREGELS_TABEL,
  FacturenTabel,
  facturenTabelweergave,
  JOURNAAL_DECLARANTEN_TABEL,
  JOURNAALPOSTEN_TABEL,
  JournaalTabel,
  journaalTabelweergave,
} from './sql/weergave-tabellen'
export { alsProjectie, type WeergaveNaam, type Weergaven, weergaven, weergavenProjectie } from './weergaven'
