import type { EventStore } from '@factuurstroom/eventsourcing'
import { boekHandmatigNummer } from './acties/boek-handmatig-nummer'
import { boeking } from './acties/boeking'
import { factuurStatus } from './acties/factuur-status'
import { beslisJournalisering, journaliseer, journaliseerVraag, journaliseringsreeks } from './acties/journaliseer'
import { beslisFactuurnummer, kenFactuurnummerToe } from './acties/ken-factuurnummer-toe'
import { type DagboekServiceOptions, dagboekWiring } from './wiring'

export type { DagboekServiceFout, Factuurnummer, Journaliseringsresultaat } from './resultaten'
export type { Dagboekdeel, DagboekServiceOptions, Schrijf } from './wiring'

/**
 * Numbering (R27) and journalising (R30, R31) for the Factuur aggregate and the cockpit.
 *
 * Within one process, commands on one dagboek run one at a time (a queue per stream), so a busy dagboek never
 * burns retries on itself and its cached state is folded once. Between processes the stream's expected revision
 * decides: a loser reloads the new tail and decides again.
 */
export const dagboekService = (store: EventStore, options: DagboekServiceOptions = {}) => {
  const w = dagboekWiring(store, options)
  return {
    /**
     * R27: the invoice's number from its integratie-dagboek (or a named dagboek). Idempotent per factuurId: call it
     * again after a crash and the same number comes back. Ask for the number only for an invoice you are about to
     * store (decide the invoice first): a number is consumed for good, so series stay gapless.
     */
    kenFactuurnummerToe: kenFactuurnummerToe(w),

    /**
     * As `kenFactuurnummerToe`, deciding without appending, for a caller that appends the dagboek's part in one go
     * with its own (the cockpit: with the invoice's `Gefactureerd`). `schrijf` gets the number and the part (none when
     * the invoice had its number: a retry), appends the part first, in the part's store, and calls its `onAppended` with its
     * result; its outcome is the answer. Numbering on one dagboek still runs one at a time, `schrijf` included, and a
     * `WrongExpectedRevisionError` it throws (on either stream) loads, decides and calls it again.
     */
    beslisFactuurnummer: beslisFactuurnummer(w),

    /** A manual booking that asks for a specific number: only the next free one is granted (R27). */
    boekHandmatigNummer: boekHandmatigNummer(w),

    /**
     * R30/R31: journalises an invoice as made in the dagboek that numbered it (the credit dagboek for a credit
     * note), with the set-up in force. Once per invoice: again with another command id is refused
     * (FACTUUR_AL_GEJOURNALISEERD); the same command id returns the first outcome.
     */
    journaliseer: journaliseer(w),

    /**
     * As `journaliseer`, for an in-process caller whose data this process decoded already (the cockpit's port
     * passes the invoice as its stream holds it): decoding it a second time would validate the same data again.
     */
    journaliseerVraag: journaliseerVraag(w),

    /**
     * As `journaliseerVraag`, deciding without appending, as `beslisFactuurnummer` does: `schrijf` gets the outcome
     * and the dagboek's part (none for the first outcome of a repeated command id) and appends it with its own.
     */
    beslisJournalisering: beslisJournalisering(w),

    /**
     * A new series of `beslisJournalisering` calls, each on the state the ones before it leave (a selection journalised
     * at once): the caller appends every part it gets, in order and together, or decides again on a new series.
     */
    journaliseringsreeks: journaliseringsreeks(w),

    /** The number a dagboek gave an invoice, if any; and whether it is journalised (frozen). */
    factuurStatus: factuurStatus(w),

    /**
     * R24: the booking the dagboek recorded for an invoice (journaalpost, openstaande post, the set-up that applied),
     * read back from its stream; `undefined` when the dagboek did not journalise it. The invoice's
     * `FactuurGejournaliseerd` names the dagboek.
     */
    boeking: boeking(w),

    /** The set-up the service reads its dagboeken and integratiesoorten from. */
    inrichting: w.inrichting,
  }
}

/** The dagboek service, as `dagboekService` returns it. */
export type DagboekService = ReturnType<typeof dagboekService>
