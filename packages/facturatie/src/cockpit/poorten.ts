import type { CommandContext, DecodeError, DomainError } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { Dagboekdeel, DagboekService, Factuurnummer, Schrijf } from '../dagboek'
import type { Verstrekking } from '../factuur/commands'
import type { Factuuropdracht } from '../gedeeld/factuuropdracht'
import type { Partij } from '../gedeeld/partij'
import type { BtwAfrondingsmodus } from '../geld'
import type { BtwBerekening, Creditverwijzing, Integratiesoort, Journaalpost, OpenstaandePost } from '../journalisering'
import type { Conceptfacturering } from './conceptfacturering'
import type { Verkooprelatieprofiel } from './profiel'

/** What a host port may refuse with: a rule violation with its code, or a decode error; the action returns it. */
export type PoortFout = DomainError | DecodeError

/**
 * A port's part of an append the cockpit joins with the invoice's (see `Nummering.beslisNummer`): the dagboek's
 * events, in `store`. The cockpit appends it first, in one go with its own when `store` is the cockpit's (another
 * store gets it on its own, first), and hands the part's result to its `onAppended`.
 */
export type Poortdeel = Dagboekdeel

/**
 * The cockpit's half of a joined step: it gets the port's answer and part (none when there is nothing to write, e.g.
 * a retry), decides the invoice's event on it and appends both; its outcome is the step's. It throws a
 * `WrongExpectedRevisionError` (on either stream) when the store refuses: the port then decides again and calls it
 * again.
 */
export type Poortschrijver<Antwoord, T> = Schrijf<Antwoord, T>

/** What the cockpit asks a number for. */
export interface Nummervraag {
  readonly administratie: string
  readonly integratiesoort: Integratiesoort
  readonly factuurId: string
  readonly creditnota: boolean
}

/** The number an invoice got, with the dagboek that gave it. */
export interface Toegekendnummer {
  readonly factuurnummer: string
  readonly dagboek: string
}

/** R27: the invoice's number from its integratie-dagboek, idempotent per factuurId. */
export interface Nummering {
  /** The next number for the invoice (or the one it already has), with the dagboek that gave it. */
  kenNummerToe(vraag: Nummervraag, context: CommandContext): Promise<Either<PoortFout, Toegekendnummer>>
  /**
   * Optional: as `kenNummerToe`, but the number is decided, not appended. `schrijf` gets it with the dagboek's part
   * and appends that together with the invoice's `Gefactureerd` (one append on a store with `appendToStreams`), so
   * the two are never half done. Numbers on one dagboek must stay gapless: the port runs this one at a time per
   * dagboek, `schrijf` included, and decides again on a conflict. Without it, the cockpit calls `kenNummerToe` and
   * then appends the invoice's event.
   */
  beslisNummer?<T>(
    vraag: Nummervraag,
    context: CommandContext,
    schrijf: Poortschrijver<Toegekendnummer, T>,
  ): Promise<Either<PoortFout, T>>
}

/** What the cockpit asks to journalise: the numbered invoice as it stands. */
export interface Journaliseringsvraag {
  readonly administratie: string
  readonly factuurId: string
  readonly integratiesoort: Integratiesoort
  readonly opdracht: Factuuropdracht
  readonly factuurnummer: string
  readonly boekdatum: string
  readonly btw: BtwBerekening
  readonly creditnota?: Creditverwijzing
}

/** An invoice's booking: its journaalpost and openstaande post in the dagboek that journalised it. */
export interface Boeking {
  readonly dagboek: string
  readonly journaalpost: Journaalpost
  readonly openstaandePost: OpenstaandePost
}

/** R30: journalising in the dagboek that numbered the invoice, once; the same command id returns the first outcome. */
export interface Journalisering {
  /** Books the numbered invoice: its journaalpost and openstaande post in the dagboek that journalised it. */
  journaliseer(vraag: Journaliseringsvraag, context: CommandContext): Promise<Either<PoortFout, Boeking>>
  /**
   * Optional: as `journaliseer`, but the booking is decided, not appended: `schrijf` gets it with the dagboek's part
   * and appends that together with the invoice's `FactuurGejournaliseerd`, as `Nummering.beslisNummer` does.
   */
  beslisJournaalpost?<T>(
    vraag: Journaliseringsvraag,
    context: CommandContext,
    schrijf: Poortschrijver<Boeking, T>,
  ): Promise<Either<PoortFout, T>>
  /**
   * Optional: a new series of `beslisJournaalpost` calls for a selection journalised at once, each decided on the
   * state the ones before it leave and nothing appended: `schrijf` collects each part and the cockpit appends them
   * all in order, or decides the selection again on a new series.
   */
  journaalpostreeks?(): <T>(
    vraag: Journaliseringsvraag,
    context: CommandContext,
    schrijf: Poortschrijver<Boeking, T>,
  ) => Promise<Either<PoortFout, T>>
  /**
   * R24: the booking the dagboek recorded for a journalised invoice (the invoice's `FactuurGejournaliseerd` names
   * the dagboek and refers to it); `undefined` when it has none.
   */
  boeking(administratie: string, dagboek: string, factuurId: string): Promise<Boeking | undefined>
  /** R33: the administratie's VAT rounding mode. */
  btwAfrondingsmodus(
    administratie: string,
    integratiesoort: Integratiesoort,
  ): Promise<Either<PoortFout, BtwAfrondingsmodus>>
}

/** The host's relatie master data. */
export interface Relaties {
  /** The relatie's verkooprelatieprofiel; `undefined` for a relatie without one (RELATIEPROFIEL_ONBEKEND). */
  profiel(
    administratie: string,
    relatienummer: string,
  ): Promise<Verkooprelatieprofiel | undefined> | Verkooprelatieprofiel | undefined
}

/** The host's administratie settings the cockpit reads on every action. */
export interface Instellingen {
  /** R1: "factureren op basis van concepten". */
  conceptfacturering(administratie: string): Promise<boolean> | boolean
  /** R13: "projecten factureren aan alle verkooprelaties" (Projecten / Beheer / Instellingen, tab Projecten). */
  projectenFacturerenAanAlleVerkooprelaties(administratie: string): Promise<boolean> | boolean
}

/** The host's project master data (R13). */
export interface Projecten {
  /** The debiteur recorded in the project (a verkooprelatie number); `undefined` for a project the host does not know. */
  debiteur(administratie: string, project: string): Promise<string | undefined> | string | undefined
}

/** R24: the host's authorisation of the "Journaalpost" action. */
export interface Autorisatie {
  /** Whether the actor (`undefined`: anonymous) may consult journaalposten in the administratie. */
  magJournaalpostRaadplegen(actor: string | undefined, administratie: string): Promise<boolean> | boolean
}

/**
 * The host's output (print, e-mail PDF, UBL/Peppol), one report at a time; each report is recorded as issued right
 * after its call succeeds. A `left` (e.g. a missing address) or a thrown error (SMTP down) leaves it unrecorded.
 * `@factuurstroom/documenten` has one that renders and sends the documents.
 */
export interface Uitvoer {
  /** Issues one report of the invoice the way `verstrekking` says; a `left` or a throw leaves it unrecorded. */
  verstrek(
    factuur: { administratie: string; factuurId: string; factuurnummer: string; opdracht: Factuuropdracht },
    verstrekking: Verstrekking,
  ): Promise<void | Either<PoortFout, void>>
}

/** R32: the administratie's own party as set up; while it has none, invoices carry no party data. */
export interface Administratiepartij {
  administratiepartij(administratie: string): Promise<Partij | undefined> | Partij | undefined
}

/**
 * The host's ports `facturatiecockpit` needs: numbering and journalising (`dagboekPoorten` gives both), master data,
 * settings and authorisation; output, the administratie's party and the concept source are optional.
 */
export interface CockpitDeps {
  readonly nummering: Nummering
  readonly journalisering: Journalisering
  readonly relaties: Relaties
  readonly instellingen: Instellingen
  readonly projecten: Projecten
  readonly autorisatie: Autorisatie
  readonly uitvoer?: Uitvoer
  readonly partijen?: Administratiepartij
  /** The concepts "factureren concepten" invoices (R1, R17): `conceptPoort(conceptService(store), …)`. */
  readonly concepten?: Conceptfacturering
}

/**
 * Numbering and journalising through the dagboek and set-up of issue 5 (`dagboekService`), each with the joined
 * capability (`beslisNummer`, `beslisJournaalpost`): the dagboek's part is appended with the invoice's.
 */
export const dagboekPoorten = (
  dagboek: DagboekService,
): Pick<CockpitDeps, 'nummering' | 'journalisering' | 'partijen'> => ({
  partijen: { administratiepartij: (administratie) => dagboek.inrichting.administratiepartij(administratie) },
  nummering: {
    kenNummerToe: async (vraag, context) => {
      const nummer = await dagboek.kenFactuurnummerToe(vraag, context)
      if (isLeft(nummer)) return nummer
      return right(toegekend(nummer.right))
    },
    beslisNummer: (vraag, context, schrijf) =>
      dagboek.beslisFactuurnummer(vraag, context, (nummer, deel) => schrijf(toegekend(nummer), deel)),
  },
  journalisering: {
    journaliseer: async (vraag, context) => {
      const resultaat = await dagboek.journaliseerVraag(vraag, context)
      if (isLeft(resultaat)) return resultaat
      return right(boeking(resultaat.right))
    },
    beslisJournaalpost: (vraag, context, schrijf) =>
      dagboek.beslisJournalisering(vraag, context, (resultaat, deel) => schrijf(boeking(resultaat), deel)),
    journaalpostreeks: () => {
      const reeks = dagboek.journaliseringsreeks()
      return (vraag, context, schrijf) => reeks(vraag, context, (resultaat, deel) => schrijf(boeking(resultaat), deel))
    },
    boeking: async (administratie, dagboekcode, factuurId) => {
      const geboekt = await dagboek.boeking(administratie, dagboekcode, factuurId)
      return geboekt && boeking(geboekt)
    },
    btwAfrondingsmodus: async (administratie, integratiesoort) => {
      const inrichting = await dagboek.inrichting.journaliseringsInrichting(administratie, integratiesoort)
      if (isLeft(inrichting)) return inrichting
      return right(inrichting.right.btwAfrondingsmodus)
    },
  },
})

const toegekend = ({ factuurnummer, dagboek }: Factuurnummer): Toegekendnummer => ({ factuurnummer, dagboek })

const boeking = ({ dagboek, journaalpost, openstaandePost }: Boeking): Boeking => ({
  dagboek,
  journaalpost,
  openstaandePost,
})
