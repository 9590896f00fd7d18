import { weergaven } from '@factuurstroom/facturatie'

/**
 * The parts of the facturatie public API the pages read, under their own names (typed explicitly, so declaration
 * emit can name them).
 */
export const alleFacturen: typeof weergaven.alleFacturen = weergaven.alleFacturen
export const alleFactuurregels: typeof weergaven.alleFactuurregels = weergaven.alleFactuurregels
export const conceptenOverzicht: typeof weergaven.conceptenOverzicht = weergaven.conceptenOverzicht
export const herbouwWeergaven: typeof weergaven.herbouwWeergaven = weergaven.herbouwWeergaven
export const journaalPerDagboekEnPeriode: typeof weergaven.journaalPerDagboekEnPeriode =
  weergaven.journaalPerDagboekEnPeriode
export const nietVerwerkteFacturen: typeof weergaven.nietVerwerkteFacturen = weergaven.nietVerwerkteFacturen
export const openstaandPerDebiteur: typeof weergaven.openstaandPerDebiteur = weergaven.openstaandPerDebiteur
export const factuurinzage: typeof weergaven.factuurinzage = weergaven.factuurinzage

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
export type Runvoortgang = import('@factuurstroom/facturatie').cockpit.Runvoortgang
export type OpVoortgang = import('@factuurstroom/facturatie').cockpit.OpVoortgang
export type FactuurVraag<Kolom extends string> = weergaven.FactuurVraag<Kolom>
export type ConceptVraag = weergaven.ConceptVraag
export type DagboekPeriodeTotaal = weergaven.DagboekPeriodeTotaal
export type JournaalFilter = weergaven.JournaalFilter
export type TransactioneleStore = weergaven.TransactioneleStore
export type DebiteurSaldo = weergaven.DebiteurSaldo
export type PerDebiteurVraag = weergaven.PerDebiteurVraag
export type Factuurinzage = weergaven.Factuurinzage
export type Factuurverwijzing = weergaven.Factuurverwijzing
export const FacturenTabel: typeof weergaven.FacturenTabel = weergaven.FacturenTabel
export const ConceptenTabel: typeof weergaven.ConceptenTabel = weergaven.ConceptenTabel
export const JournaalTabel: typeof weergaven.JournaalTabel = weergaven.JournaalTabel
export const OpenstaandePostenTabel: typeof weergaven.OpenstaandePostenTabel = weergaven.OpenstaandePostenTabel
