import type { EventStore } from '@factuurstroom/eventsourcing'
import { verwijder } from './acties/afsluiten'
import { boekRegelsOver } from './acties/boek-regels-over'
import { factureer } from './acties/factureer'
import { houderVan, laad } from './acties/lezen'
import { neemNacalculatieOver } from './acties/neem-nacalculatie-over'
import { openHandmatigConcept } from './acties/open-handmatig-concept'
import { richtTellerReeksIn } from './acties/richt-teller-reeks-in'
import { stelFactureerbaar, stelNietFactureerbaar, stelUit } from './acties/status'
import { stelFactureerbaarAlle } from './acties/stel-factureerbaar-alle'
import { voegPlusRegelToe } from './acties/voeg-plus-regel-toe'
import { voegVoorschotToe } from './acties/voeg-voorschot-toe'
import { wijzigBtwPlicht } from './acties/wijzig-btw-plicht'
import { wijzigVerdichteRegelBedrag, wijzigVerwerkingsmethode } from './acties/wijzig-regels'
import { type ConceptServiceOptions, conceptWiring } from './wiring'

/**
 * The application service hosts call. It decodes every input with its codec, validates free fields with the host's
 * codecs, routes lines to the active concept of their key through the key stream (R3), numbers new concepts (R14)
 * and appends with expected revisions. Every step is idempotent by command id and concept id, so a command that
 * failed half way (crash, conflict) is completed by sending it again. Each action lives in `acties/`.
 */
export const conceptService = (store: EventStore, options: ConceptServiceOptions = {}) => {
  const w = conceptWiring(store, options)
  return {
    /** R14: sets up a concept teller reeks. */
    richtTellerReeksIn: richtTellerReeksIn(w),
    /** R2, R3, R5: takes billable nacalculatie lines onto concepts: one per key, split per btw-plicht. */
    neemNacalculatieOver: neemNacalculatieOver(w),
    /** R7: a manual concept, routed by its key (R3); with verdichting its line is a new verdichte regel. */
    openHandmatigConcept: openHandmatigConcept(w),
    /** R7: a manual line on a concept the host names. */
    voegPlusRegelToe: voegPlusRegelToe(w),
    /** R9: an advance invoice becomes a voorschotregel on the active concept of its project's key. */
    voegVoorschotToe: voegVoorschotToe(w),
    /** R10: F/D/A (P/PD/PB, V/VD/VB) per line; afboeken needs a reason. */
    wijzigVerwerkingsmethode: wijzigVerwerkingsmethode(w),
    /** R7: sets a verdichte regel's amount through a correctieregel. */
    wijzigVerdichteRegelBedrag: wijzigVerdichteRegelBedrag(w),
    /** R11: the concept may be invoiced. */
    stelFactureerbaar: stelFactureerbaar(w),
    /**
     * R11 for a selection (`{ administratie, conceptIds }`): each concept as `stelFactureerbaar` decides it, with
     * command id `<commandId>:<conceptId>`, appended together; one answer per concept, a refusal stops no other.
     */
    stelFactureerbaarAlle: stelFactureerbaarAlle(w, store),
    /** R11: the concept is not to be invoiced yet. */
    stelNietFactureerbaar: stelNietFactureerbaar(w),
    /** R11: the concept is deferred. */
    stelUit: stelUit(w),
    /** R5: moves lines to another concept (another btw-plicht allowed). */
    boekRegelsOver: boekRegelsOver(w),
    /** R5: changes a concept's btw-plicht, only when no other active concept holds the new key. */
    wijzigBtwPlicht: wijzigBtwPlicht(w),
    /** R1, R6–R12: invoices the concept into a ConceptGefactureerd hand-over; a closed concept frees its key. */
    factureer: factureer(w),
    /** R11: deletes the concept; its nacalculatie lines are free again and its key is released. */
    verwijder: verwijder(w),
    /** The concept's folded state, for hosts and tests. */
    laad: laad(w),
    /** Which concept holds a key now (R3), read from the key stream itself. */
    houderVan: houderVan(w),
  }
}

export type { FactureerbaarResultaat, Factureerbaaruitkomst } from './acties/stel-factureerbaar-alle'

/** The concept service as hosts hold it. */
export type ConceptService = ReturnType<typeof conceptService>
