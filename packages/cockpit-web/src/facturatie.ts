import { weergaven } from '@factuurstroom/facturatie'

/** The parts of the facturatie public API the pages read, under their own names. */
export const {
  alleFacturen,
  alleFactuurregels,
  conceptenOverzicht,
  herbouwWeergaven,
  journaalPerDagboekEnPeriode,
  magZien,
  nietVerwerkteFacturen,
  openstaandPerDebiteur,
} = weergaven

export type Antwoord<Rij> = weergaven.Antwoord<Rij>
export type Autorisatie = weergaven.Autorisatie
export type ConceptKolom = weergaven.ConceptKolom
export type ConceptRij = weergaven.ConceptRij
export type Filter = weergaven.Filter
export type FactuurKolom = weergaven.FactuurKolom
export type FactuurregelKolom = weergaven.FactuurregelKolom
export type FactuurregelRij = weergaven.FactuurregelRij
export type FactuurRij = weergaven.FactuurRij
export type Sortering<Kolom extends string> = weergaven.Sortering<Kolom>
export type Weergaven = weergaven.Weergaven
export type Facturatiecockpit = import('@factuurstroom/facturatie').cockpit.Facturatiecockpit
