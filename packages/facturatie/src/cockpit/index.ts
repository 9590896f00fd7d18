export { type Conceptfacturering, conceptPoort } from './conceptfacturering'
export * from './errors'
export { opdrachtVan } from './opdracht'
export * from './opties'
export {
  type Autorisatie,
  type Boeking,
  type CockpitDeps,
  dagboekPoorten,
  type Instellingen,
  type Journalisering,
  type Journaliseringsvraag,
  type Nummering,
  type Nummervraag,
  type Poortdeel,
  type PoortFout,
  type Poortschrijver,
  type Projecten,
  type Relaties,
  type Toegekendnummer,
  type Uitvoer,
} from './poorten'
export {
  bestemming,
  geldendeVerzameling,
  periode,
  Verkooprelatieprofiel,
  Verzameling,
  Verzamelmethode,
  Verzamelperiode,
} from './profiel'
export {
  type CockpitServiceFout,
  type Facturatiecockpit,
  facturatiecockpit,
  type GemaakteFactuur,
  type Journaalpostinzage,
  type OpVoortgang,
  type Runfase,
  type Runresultaat,
  type Runvoortgang,
  type Verstrekuitkomst,
} from './service'
export * from './te-factureren'
