import type { EventStore } from '@factuurstroom/eventsourcing'
import { crediteer } from './acties/crediteer'
import { factureerAbonnementen } from './acties/factureer-abonnementen'
import { factureerBron } from './acties/factureer-bron'
import { factureerConcepten } from './acties/factureer-concepten'
import { factureerCursussen } from './acties/factureer-cursussen'
import { factureerHandmatig } from './acties/factureer-handmatig'
import { factureerNacalculatie } from './acties/factureer-nacalculatie'
import { factureerOrdermanagement } from './acties/factureer-ordermanagement'
import { factureerTeFacturerenRegels } from './acties/factureer-te-factureren-regels'
import { factureerTermijnen } from './acties/factureer-termijnen'
import { voegRegelToe, wijzigRegel } from './acties/factuurregels'
import { journaliseer } from './acties/journaliseer'
import { journaliseerAlle } from './acties/journaliseer-alle'
import { maakVerzamelfactuur } from './acties/maak-verzamelfactuur'
import { raadpleegJournaalpost } from './acties/raadpleeg-journaalpost'
import { teFacturerenRegels } from './acties/te-factureren-regels'
import { verstrek } from './acties/verstrek'
import { verstrekAlle } from './acties/verstrek-alle'
import type { CockpitDeps } from './poorten'
import { type CockpitOptions, cockpitWiring } from './wiring'

export type { Verstrekuitkomst } from './acties/verstrek-alle'
export type { CockpitServiceFout, GemaakteFactuur, Journaalpostinzage, Runresultaat } from './resultaten'
export type { OpVoortgang, Runfase, Runvoortgang } from './run/voortgang'

/**
 * The Facturatiecockpit (R17–R24): one method per action, each in its own module under `acties/`. Every action
 * stages its lines first (one event in the administratie's `tefactureren` stream, with the invoice ids fixed), then
 * makes the invoices one by one: create, number from the integratie-dagboek, mark the lines invoiced. Each step is
 * idempotent by ids, so when a run stops half way, `factureerTeFacturerenRegels` (or the same action with the same
 * runId) finishes exactly the staged work.
 *
 * The run-based actions (the R20 actions, factureren te factureren regels and the Verzamelfactuur) take an optional
 * last argument `opVoortgang`: it hears the run's phase and counts as it goes (`Runvoortgang`) and changes nothing the
 * run writes or returns.
 */
export const facturatiecockpit = (store: EventStore, deps: CockpitDeps, options: CockpitOptions = {}) => {
  const w = cockpitWiring(store, deps, options)
  return {
    /** R20 factureren abonnementen: due lines by peildatum; credit lines only with "meenemen te crediteren regels". */
    factureerAbonnementen: factureerAbonnementen(w),

    /** R20 factureren cursussen: as abonnementen without peildatum. */
    factureerCursussen: factureerCursussen(w),

    /** R20 factureren ordermanagement: delivered pakbonregels; no credit option, no journalise-after. */
    factureerOrdermanagement: factureerOrdermanagement(w),

    /** R20 factureren nacalculatie: approved hours and costs; only with concepts off (R1). */
    factureerNacalculatie: factureerNacalculatie(w),

    /**
     * R1/R17/R20 factureren concepten: invoices every factureerbaar concept of the administratie under the settings
     * in force (set-up and the host's master data), stages and makes the invoices; only with concepts on. The same
     * runId resumes a run that stopped half way (R21).
     */
    factureerConcepten: factureerConcepten(w),

    /** R20 factureren termijnen: instalments reported ready; no credit option. */
    factureerTermijnen: factureerTermijnen(w),

    /** R18: what the cockpit says for sources it does not invoice. */
    factureerBron,

    /** R21 factureren te factureren regels: every staged invoice not yet numbered, in staging order. */
    factureerTeFacturerenRegels: factureerTeFacturerenRegels(w),

    /** R19 the Verzamelfactuur function: collects the waiting lines into verzamelfacturen and invoices them. */
    maakVerzamelfactuur: maakVerzamelfactuur(w),

    /** What "factureren te factureren regels" would pick up, and the lines waiting for a verzamelfactuur. */
    teFacturerenRegels: teFacturerenRegels(w),

    /**
     * A manual invoice (lines Actief, R23), numbered at once. Balie, bakkerij and flex are refused (R18); a project
     * invoice goes to the project's debiteur unless all verkooprelaties are allowed (R13, with R12's factureren aan).
     */
    factureerHandmatig: factureerHandmatig(w),

    /** R23: a manual line on an active invoice. */
    voegRegelToe: voegRegelToe(w),

    /** R23: only Actief lines, only while the invoice is active. */
    wijzigRegel: wijzigRegel(w),

    /** R22: issue by the relatie's verstrekkingswijze per report type. */
    verstrek: verstrek(w),

    /**
     * R22 for a selection (`{ administratie, factuurIds, rapporten? }`): each invoice as `verstrek` issues it, with
     * command id `<commandId>:<factuurId>`, recorded together; one answer per invoice, a refusal stops no other.
     */
    verstrekAlle: verstrekAlle(w, store),

    /** R30: journalise in the integratie-dagboek; the invoice is frozen after. Twice is refused. */
    journaliseer: journaliseer(w),

    /**
     * R30 for a selection (`{ administratie, factuurIds, boekdatum? }`): each invoice as `journaliseer` journalises
     * it, with command id `<commandId>:<factuurId>`, up to 200 per append; one answer per invoice, a refusal stops no
     * other.
     */
    journaliseerAlle: journaliseerAlle(w, store),

    /**
     * R31: a credit note from the same numbering (the integratiesoort's credit dagboek) referring to the original.
     * The credit is reserved on the original first, so crediting beyond it is refused and a retry finishes it.
     */
    crediteer: crediteer(w),

    /** R24: the journaalpost of an invoice, for an authorised caller only (`context.actor`). */
    raadpleegJournaalpost: raadpleegJournaalpost(w),

    /** The invoice as it stands (for hosts and tests). Read-only: it may be the folded state kept in the cache. */
    factuur: w.laadFactuur,
  }
}

/** The Facturatiecockpit's actions, as `facturatiecockpit` returns them. */
export type Facturatiecockpit = ReturnType<typeof facturatiecockpit>
