import type { EventStore } from '@factuurstroom/eventsourcing'
import { richtAdministratieIn } from './acties/richt-administratie-in'
import { richtBtwCodeIn } from './acties/richt-btw-code-in'
import { richtDagboekIn } from './acties/richt-dagboek-in'
import { richtGrootboekrekeningIn } from './acties/richt-grootboekrekening-in'
import { richtIntegratiesoortIn } from './acties/richt-integratiesoort-in'
import { inrichtingVragen } from './vragen'
import { type InrichtingServiceOptions, inrichtingWiring } from './wiring'

export type { InrichtingResultaat, InrichtingServiceOptions } from './wiring'

/**
 * Set-up of administraties in an omgeving (R25–R27). Every command is decoded first; bad input writes nothing.
 * Setting up the same thing again identically writes nothing, so each call may be retried after a crash.
 */
export const inrichtingService = (store: EventStore, options: InrichtingServiceOptions = {}) => {
  const w = inrichtingWiring(store, options)
  const vragen = inrichtingVragen(w)
  return {
    /** Adds the administratie to its omgeving and records its settings (VAT rounding mode R33, verdichten per projectfase). */
    richtAdministratieIn: richtAdministratieIn(w),

    /**
     * A dagboek; a number series is first reserved in the omgeving's stream (R27: refused when it could overlap any
     * other series there, sales or purchase, of any administratie), then the dagboek is recorded in the set-up.
     * A crash between the two is healed by calling again: the reservation is found and nothing is added twice.
     */
    richtDagboekIn: richtDagboekIn(w),

    /** A grootboekrekening and what it is for (omzet, voorschotten, afronding, debiteuren, btw, kortingen). */
    richtGrootboekrekeningIn: richtGrootboekrekeningIn(w),

    /** A btw-code for a btw-plicht and tariefgroep, with its percentage and its account. */
    richtBtwCodeIn: richtBtwCodeIn(w),

    /** R25/R26: the integratiesoort names its dagboeken (type must fit), omschrijving financieel and discounts. */
    richtIntegratiesoortIn: richtIntegratiesoortIn(w),

    /** The dagboek (and series) that numbers invoices of this flow; `creditnota` picks the credit dagboek. */
    integratiedagboek: vragen.integratiedagboek,

    /** A dagboek by its code, as one that numbers (R27): its series must be set up. */
    nummerendDagboek: vragen.nummerendDagboek,

    /** What journalising an invoice of this flow needs from the set-up (R25, R26, R28, R33). */
    journaliseringsInrichting: vragen.journaliseringsInrichting,

    /** R33 and the btw-code table, as set up: what a concept is invoiced under (recorded in ConceptGefactureerd). */
    btwInstellingen: vragen.btwInstellingen,

    /** The btw-code set up for a btw-plicht and tariefgroep. */
    bepaalBtwCode: vragen.bepaalBtwCode,

    /** R32: the administratie's own party as set up; `undefined` while none is (or the administratie is not). */
    administratiepartij: vragen.administratiepartij,
  }
}

/** The set-up service, as `inrichtingService` returns it. */
export type InrichtingService = ReturnType<typeof inrichtingService>
