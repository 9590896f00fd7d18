import type { CommandContext, DecodeError, DomainError } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { DagboekService } from '../dagboek'
import type { Verstrekking } from '../factuur/commands'
import type { Factuuropdracht } from '../gedeeld/factuuropdracht'
import type { Partij } from '../gedeeld/partij'
import type { BtwAfrondingsmodus } from '../geld'
import type { BtwBerekening, Creditverwijzing, Integratiesoort, Journaalpost, OpenstaandePost } from '../journalisering'
import type { Conceptfacturering } from './conceptfacturering'
import type { Verkooprelatieprofiel } from './profiel'

/** What a host port may refuse with: a rule violation with its code, or a decode error; the action returns it. */
export type PoortFout = DomainError | DecodeError

/** R27: the invoice's number from its integratie-dagboek, idempotent per factuurId. */
export interface Nummering {
  /** The next number for the invoice (or the one it already has), with the dagboek that gave it. */
  kenNummerToe(
    vraag: { administratie: string; integratiesoort: Integratiesoort; factuurId: string; creditnota: boolean },
    context: CommandContext,
  ): Promise<Either<PoortFout, { factuurnummer: string; dagboek: string }>>
}

/** R30: journalising in the dagboek that numbered the invoice, once; the same command id returns the first outcome. */
export interface Journalisering {
  /** Books the numbered invoice: its journaalpost and openstaande post in the dagboek that journalised it. */
  journaliseer(
    vraag: {
      administratie: string
      factuurId: string
      integratiesoort: Integratiesoort
      opdracht: Factuuropdracht
      factuurnummer: string
      boekdatum: string
      btw: BtwBerekening
      creditnota?: Creditverwijzing
    },
    context: CommandContext,
  ): Promise<Either<PoortFout, { dagboek: string; journaalpost: Journaalpost; openstaandePost: OpenstaandePost }>>
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

/** Numbering and journalising through the dagboek and set-up of issue 5 (`dagboekService`). */
export const dagboekPoorten = (
  dagboek: DagboekService,
): Pick<CockpitDeps, 'nummering' | 'journalisering' | 'partijen'> => ({
  partijen: { administratiepartij: (administratie) => dagboek.inrichting.administratiepartij(administratie) },
  nummering: {
    kenNummerToe: async ({ administratie, integratiesoort, factuurId, creditnota }, context) => {
      const nummer = await dagboek.kenFactuurnummerToe(
        { administratie, factuurId, integratiesoort, creditnota },
        context,
      )
      if (isLeft(nummer)) return nummer
      return right({ factuurnummer: nummer.right.factuurnummer, dagboek: nummer.right.dagboek })
    },
  },
  journalisering: {
    journaliseer: async (vraag, context) => {
      const resultaat = await dagboek.journaliseerVraag(vraag, context)
      if (isLeft(resultaat)) return resultaat
      const { dagboek: code, journaalpost, openstaandePost } = resultaat.right
      return right({ dagboek: code, journaalpost, openstaandePost })
    },
    btwAfrondingsmodus: async (administratie, integratiesoort) => {
      const inrichting = await dagboek.inrichting.journaliseringsInrichting(administratie, integratiesoort)
      if (isLeft(inrichting)) return inrichting
      return right(inrichting.right.btwAfrondingsmodus)
    },
  },
})
