import type { CommandContext, DecodeError, DomainError } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { DagboekService } from '../dagboek'
import type { Verstrekking } from '../factuur/commands'
import type { Factuuropdracht } from '../gedeeld/factuuropdracht'
import type { BtwAfrondingsmodus } from '../geld'
import type { BtwBerekening, Creditverwijzing, Integratiesoort, Journaalpost, OpenstaandePost } from '../journalisering'
import type { Verkooprelatieprofiel } from './profiel'

export type PoortFout = DomainError | DecodeError

/** R27: the invoice's number from its integratie-dagboek, idempotent per factuurId. */
export interface Nummering {
  kenNummerToe(
    vraag: { administratie: string; integratiesoort: Integratiesoort; factuurId: string; creditnota: boolean },
    context: CommandContext,
  ): Promise<Either<PoortFout, { factuurnummer: string; dagboek: string }>>
}

/** R30: journalising in the dagboek that numbered the invoice, once; the same command id returns the first outcome. */
export interface Journalisering {
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
  profiel(
    administratie: string,
    relatienummer: string,
  ): Promise<Verkooprelatieprofiel | undefined> | Verkooprelatieprofiel | undefined
}

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
  magJournaalpostRaadplegen(actor: string | undefined, administratie: string): Promise<boolean> | boolean
}

/** The host's output (print, e-mail PDF, UBL/Peppol); called before issuing is recorded. */
export interface Uitvoer {
  verstrek(
    factuur: { administratie: string; factuurId: string; factuurnummer: string; opdracht: Factuuropdracht },
    verstrekking: Verstrekking,
  ): Promise<void>
}

export interface CockpitDeps {
  readonly nummering: Nummering
  readonly journalisering: Journalisering
  readonly relaties: Relaties
  readonly instellingen: Instellingen
  readonly projecten: Projecten
  readonly autorisatie: Autorisatie
  readonly uitvoer?: Uitvoer
}

/** Numbering and journalising through the dagboek and set-up of issue 5 (`dagboekService`). */
export const dagboekPoorten = (dagboek: DagboekService): Pick<CockpitDeps, 'nummering' | 'journalisering'> => ({
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
