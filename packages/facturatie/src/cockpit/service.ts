import {
  AggregateCache,
  type CommandContext,
  commandHandler,
  type DecodeError,
  type DomainError,
  decodeWith,
  type EventStore,
  loadAggregate,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import {
  Abonnementsregel,
  Conceptfactuur,
  Cursusinschrijving,
  isTeCrediteren,
  isVerschuldigd,
  Nacalculatieregel,
  Pakbonregel,
  Termijn,
  vanAbonnement,
  vanConcept,
  vanCursus,
  vanNacalculatie,
  vanPakbon,
  vanTermijn,
} from '../bronnen'
import type { TeFacturerenRegel } from '../bronnen/te-factureren-regel'
import { controleerProjectfactuurBron } from '../concept/controles'
import {
  type FactuurCommand,
  type FactuurState,
  factuurDecider,
  factuurRegistry,
  factuurStreamId,
  huidigeOpdracht,
  magJournaliseren,
  type Regelherkomst,
} from '../factuur'
import { factuurOnbekend, relatieGeblokkeerd } from '../factuur/errors'
import { Bedrag, Code, Datum } from '../gedeeld/codecs'
import { Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import { decimaal } from '../geld'
import { Integratiesoort } from '../journalisering/integratiesoort'
import type { Journaalpost, OpenstaandePost } from '../journalisering/journaalpost'
import {
  andereAdministratie,
  baliefactuurNietViaCockpit,
  bronNietViaCockpit,
  conceptfactureringUit,
  crediteringLeeg,
  factuurNietGejournaliseerd,
  journaalpostNietGeautoriseerd,
  nacalculatieViaConcepten,
  optieNietBeschikbaar,
  relatieprofielOnbekend,
} from './errors'
import { herkomstVan, opdrachtVan } from './opdracht'
import {
  AbonnementenOpties,
  ConceptenOpties,
  CursussenOpties,
  NacalculatieOpties,
  type NaVoltooien,
  OrdermanagementOpties,
  onbekendeOpties,
  TeFacturerenRegelsOpties,
  TermijnenOpties,
  VerzamelfactuurOpties,
} from './opties'
import type { CockpitDeps } from './poorten'
import { geldendeVerzameling, type Verzameling } from './profiel'
import { controleerProjectdebiteur } from './projectdebiteur'
import {
  type Cockpitactie,
  type Factuurgroep,
  teFacturerenDecider,
  teFacturerenRegistry,
  teFacturerenStreamId,
} from './te-factureren'

export type CockpitServiceFout = DomainError | DecodeError

export interface GemaakteFactuur {
  readonly factuurId: string
  readonly factuurnummer: string
}

export interface Runresultaat {
  readonly runId: string
  /** Lines staged by this call. */
  readonly klaargezet: number
  /** Of those, lines waiting for the Verzamelfactuur function (R19). */
  readonly wachtend: number
  /** Lines handed in that had been staged before: never invoiced twice. */
  readonly alKlaargezet: readonly string[]
  /** Lines handed in that were not due (peildatum) or were credit lines without "meenemen te crediteren regels". */
  readonly nietMeegenomen: number
  readonly facturen: readonly GemaakteFactuur[]
}

/** What R24's "Journaalpost" action shows. */
export interface Journaalpostinzage {
  readonly factuurId: string
  readonly factuurnummer: string
  readonly dagboek: string
  readonly boekdatum: string
  readonly journaalpost: Journaalpost
  readonly openstaandePost: OpenstaandePost
}

/** Each step gets its own command id derived from the action's, so the audit trail links them (causation). */
const stap = (context: CommandContext, commandId: string): CommandContext => ({
  ...context,
  commandId,
  causationId: context.commandId,
  correlationId: context.correlationId ?? context.commandId,
})

const strikt = <A>(
  codec: t.Type<A, unknown, unknown> & { sleutels: readonly string[] },
  actie: string,
  input: unknown,
): Either<CockpitServiceFout, A> => {
  const onbekend = onbekendeOpties(input, codec.sleutels)
  if (onbekend.length > 0) return left(optieNietBeschikbaar(actie, onbekend, codec.sleutels))
  return decodeWith(codec, actie, input)
}

const ManueleFactuur = t.intersection([
  t.type({ administratie: Code, factuurId: Code, opdracht: Factuuropdracht }),
  /** `voorschot`: an advance invoice, which R1 allows by hand even with concepts on. */
  t.partial({ integratiesoort: Integratiesoort, voorschot: t.boolean }),
])
const Factuurverwijzing = t.type({ administratie: Code, factuurId: Code })
const Verstrekopdracht = t.intersection([Factuurverwijzing, t.partial({ rapporten: t.array(Code) })])
const Journaliseeropdracht = t.intersection([Factuurverwijzing, t.partial({ boekdatum: Datum })])
const Regelopdracht = t.type({ administratie: Code, factuurId: Code, regel: Factuurregel })
const Crediteeropdracht = t.intersection([
  t.type({ administratie: Code, factuurId: Code, creditFactuurId: Code, factuurdatum: Datum }),
  t.partial({
    /** Lines and amounts to credit (positive); all that is left of every line when absent. */
    regels: t.array(t.intersection([t.type({ regelId: Code }), t.partial({ bedrag: Bedrag })])),
    verstrekkenNaVoltooien: t.boolean,
    journaliserenNaVoltooien: t.boolean,
  }),
])

/**
 * The Facturatiecockpit (R17–R24): one method per action. Every action stages its lines first (one event in the
 * administratie's `tefactureren` stream, with the invoice ids fixed), then makes the invoices one by one: create,
 * number from the integratie-dagboek, mark the lines invoiced. Each step is idempotent by ids, so when a run stops
 * half way, `factureerTeFacturerenRegels` (or the same action with the same runId) finishes exactly the staged work.
 */
export const facturatiecockpit = (
  store: EventStore,
  deps: CockpitDeps,
  options: { cache?: AggregateCache; factuurCache?: AggregateCache } = {},
) => {
  const cache = options.cache ?? new AggregateCache()
  // A run touches each invoice several times in a row (make, number, issue, journalise): keep the recent ones folded.
  const factuurCache = options.factuurCache ?? new AggregateCache(1_000)
  const factuur = commandHandler(store, {
    decider: factuurDecider,
    registry: factuurRegistry,
    streamId: (c: FactuurCommand) => factuurStreamId(c.administratie, c.factuurId),
    cache: factuurCache,
  })
  const staging = commandHandler(store, {
    decider: teFacturerenDecider,
    registry: teFacturerenRegistry,
    streamId: (c) => teFacturerenStreamId(c.administratie),
    cache,
  })
  const laadFactuur = async (administratie: string, factuurId: string): Promise<FactuurState> =>
    (
      await loadAggregate(
        store,
        factuurStreamId(administratie, factuurId),
        factuurDecider,
        factuurRegistry,
        factuurCache,
      )
    ).state
  const laadStaging = async (administratie: string) =>
    (await loadAggregate(store, teFacturerenStreamId(administratie), teFacturerenDecider, teFacturerenRegistry, cache))
      .state

  const profielVan = async (administratie: string, relatie: string) => {
    const profiel = await deps.relaties.profiel(administratie, relatie)
    return profiel ? right(profiel) : left(relatieprofielOnbekend(administratie, relatie))
  }

  /** Creates (if needed) and numbers one invoice; every step is skipped when already done. */
  const maakEnNummer = async (
    command: Extract<FactuurCommand, { type: 'MaakFactuur' }> | undefined,
    administratie: string,
    factuurId: string,
    context: CommandContext,
  ): Promise<Either<CockpitServiceFout, GemaakteFactuur>> => {
    let state = await laadFactuur(administratie, factuurId)
    if (!state.aangemaakt) {
      if (!command) throw new Error(`Factuur ${factuurId} should exist`)
      const gemaakt = await factuur(command, stap(context, `maak:${administratie}:${factuurId}`))
      // Another process made this staged invoice a moment ago: the same invoice, carry on with it.
      if (isLeft(gemaakt) && gemaakt.left.code !== 'FACTUUR_BESTAAT_AL') return gemaakt
      state = await laadFactuur(administratie, factuurId)
    }
    if (state.factuurnummer !== undefined) return right({ factuurId, factuurnummer: state.factuurnummer })
    const integratiesoort = state.integratiesoort
    if (!integratiesoort) throw new Error(`Factuur ${factuurId} has no integratiesoort`)
    const nummer = await deps.nummering.kenNummerToe(
      { administratie, integratiesoort, factuurId, creditnota: state.creditnota !== undefined },
      stap(context, `nummer:${administratie}:${factuurId}`),
    )
    if (isLeft(nummer)) return nummer
    const gefactureerd = await factuur(
      { type: 'RegistreerFactuurnummer', administratie, factuurId, ...nummer.right },
      stap(context, `gefactureerd:${administratie}:${factuurId}`),
    )
    if (isLeft(gefactureerd)) return gefactureerd
    return right({ factuurId, factuurnummer: nummer.right.factuurnummer })
  }

  const factureerGroep = async (
    administratie: string,
    groep: Factuurgroep,
    regels: readonly TeFacturerenRegel[],
    context: CommandContext,
  ): Promise<Either<CockpitServiceFout, GemaakteFactuur>> => {
    const eerste = regels[0]
    if (!eerste) throw new Error(`Factuurgroep ${groep.factuurId} has no lines`)
    let command: Extract<FactuurCommand, { type: 'MaakFactuur' }> | undefined
    const bestaand = await laadFactuur(administratie, groep.factuurId)
    if (!bestaand.aangemaakt) {
      const profiel = await profielVan(administratie, eerste.factuurrelatie.nummer)
      if (isLeft(profiel)) return profiel
      const modus = await deps.journalisering.btwAfrondingsmodus(administratie, groep.integratiesoort)
      if (isLeft(modus)) return modus
      command = {
        type: 'MaakFactuur',
        administratie,
        factuurId: groep.factuurId,
        integratiesoort: groep.integratiesoort,
        opdracht: opdrachtVan(administratie, groep, regels),
        btwAfrondingsmodus: modus.right,
        verstrekkingen: profiel.right.verstrekkingen,
        factuurrelatieGeblokkeerd: profiel.right.geblokkeerd,
        herkomst: Object.fromEntries(regels.map((r) => [r.id, herkomstVan(r)])),
        runId: groep.runId,
      }
    }
    const gemaakt = await maakEnNummer(command, administratie, groep.factuurId, context)
    if (isLeft(gemaakt)) return gemaakt
    const gemarkeerd = await staging(
      {
        type: 'MarkeerGefactureerd',
        administratie,
        factuurId: groep.factuurId,
        factuurnummer: gemaakt.right.factuurnummer,
      },
      stap(context, `markeer:${administratie}:${groep.factuurId}`),
    )
    if (isLeft(gemarkeerd)) return gemarkeerd
    return gemaakt
  }

  /** Makes the staged invoices (optionally only some), in staging order; stops at the first that fails (R21). */
  const factureerKlaargezet = async (
    administratie: string,
    filter: (groep: Factuurgroep) => boolean,
    context: CommandContext,
  ): Promise<Either<CockpitServiceFout, GemaakteFactuur[]>> => {
    const state = await laadStaging(administratie)
    const werk = [...state.facturen.values()]
      .filter(filter)
      .map((groep) => ({ groep, regels: groep.regelIds.map((id) => state.open.get(id) as TeFacturerenRegel) }))
    const gemaakt: GemaakteFactuur[] = []
    for (const { groep, regels } of werk) {
      const resultaat = await factureerGroep(administratie, groep, regels, context)
      if (isLeft(resultaat)) return resultaat
      gemaakt.push(resultaat.right)
    }
    return right(gemaakt)
  }

  const verstrek = async (input: unknown, context: CommandContext): Promise<Either<CockpitServiceFout, unknown>> => {
    const decoded = decodeWith(Verstrekopdracht, 'Verstrek', input)
    if (isLeft(decoded)) return decoded
    const { administratie, factuurId, rapporten } = decoded.right
    const state = await laadFactuur(administratie, factuurId)
    if (deps.uitvoer && state.aangemaakt && state.factuurnummer !== undefined) {
      const opdracht = huidigeOpdracht(state)
      for (const verstrekking of state.verstrekkingen) {
        if (state.verstrekt.has(verstrekking.rapport)) continue
        if (rapporten && !rapporten.includes(verstrekking.rapport)) continue
        await deps.uitvoer.verstrek(
          { administratie, factuurId, factuurnummer: state.factuurnummer, opdracht },
          verstrekking,
        )
      }
    }
    return factuur(
      {
        type: 'VerstrekFactuur',
        administratie,
        factuurId,
        tijdstip: context.occurredAt,
        ...(rapporten ? { rapporten } : {}),
      },
      context,
    )
  }

  const journaliseer = async (
    input: unknown,
    context: CommandContext,
  ): Promise<Either<CockpitServiceFout, unknown>> => {
    const decoded = decodeWith(Journaliseeropdracht, 'Journaliseer', input)
    if (isLeft(decoded)) return decoded
    const { administratie, factuurId } = decoded.right
    const state = await laadFactuur(administratie, factuurId)
    const fout = magJournaliseren(state, factuurId)
    if (fout) return left(fout)
    const { btw, integratiesoort, factuurnummer } = state
    if (!btw || !integratiesoort || factuurnummer === undefined) throw new Error(`Factuur ${factuurId} is incomplete`)
    const opdracht = huidigeOpdracht(state)
    const boekdatum = decoded.right.boekdatum ?? opdracht.factuurdatum
    // One command id per invoice: after a crash between the dagboek and the invoice the retry gets the first post.
    const geboekt = await deps.journalisering.journaliseer(
      {
        administratie,
        factuurId,
        integratiesoort,
        opdracht,
        factuurnummer,
        boekdatum,
        btw,
        ...(state.creditnota ? { creditnota: state.creditnota } : {}),
      },
      stap(context, `journaliseer:${administratie}:${factuurId}`),
    )
    if (isLeft(geboekt)) return geboekt
    return factuur({ type: 'JournaliseerFactuur', administratie, factuurId, boekdatum, ...geboekt.right }, context)
  }

  /** R20 options after completion: issue and/or journalise what the action made (already done is skipped). */
  const naVoltooien = async (
    administratie: string,
    facturen: readonly GemaakteFactuur[],
    opties: NaVoltooien,
    context: CommandContext,
  ): Promise<Either<CockpitServiceFout, void>> => {
    for (const { factuurId } of facturen) {
      const state = await laadFactuur(administratie, factuurId)
      if (opties.verstrekkenNaVoltooien && state.verstrekt.size < state.verstrekkingen.length) {
        const r = await verstrek({ administratie, factuurId }, stap(context, `verstrek:${administratie}:${factuurId}`))
        if (isLeft(r)) return r
      }
      if (opties.journaliserenNaVoltooien && !state.gejournaliseerd) {
        const r = await journaliseer(
          { administratie, factuurId },
          stap(context, `journaal:${administratie}:${factuurId}`),
        )
        if (isLeft(r)) return r
      }
    }
    return right(undefined)
  }

  const voerRunUit = async (
    actie: Cockpitactie,
    opties: { administratie: string; runId: string; factuurdatum: string } & NaVoltooien,
    regels: readonly TeFacturerenRegel[],
    nietMeegenomen: number,
    conceptfacturering: boolean,
    context: CommandContext,
  ): Promise<Either<CockpitServiceFout, Runresultaat>> => {
    const { administratie, runId } = opties
    const verzamelingen: Record<string, Verzameling> = {}
    for (const regel of regels) {
      const nummer = regel.verkooprelatie.nummer
      if (verzamelingen[nummer]) continue
      const profiel = await profielVan(administratie, nummer)
      if (isLeft(profiel)) return profiel
      verzamelingen[nummer] = geldendeVerzameling(profiel.right, conceptfacturering)
    }
    const klaar = await staging(
      {
        type: 'ZetRegelsKlaar',
        administratie,
        runId,
        actie,
        factuurdatum: opties.factuurdatum,
        regels: [...regels],
        verzamelingen,
      },
      stap(context, `klaarzetten:${administratie}:${runId}`),
    )
    if (isLeft(klaar)) return klaar
    const event = klaar.right.events[0]
    const klaargezet = event?.type === 'TeFacturerenRegelsKlaargezet' ? event.data.regels : []
    const facturen = await factureerKlaargezet(administratie, (g) => g.runId === runId, context)
    if (isLeft(facturen)) return facturen
    const daarna = await naVoltooien(administratie, facturen.right, opties, context)
    if (isLeft(daarna)) return daarna
    return right({
      runId,
      klaargezet: klaargezet.length,
      wachtend: klaargezet.filter((r) => r.bestemming === 'verzamelen').length,
      alKlaargezet: event?.type === 'TeFacturerenRegelsKlaargezet' ? event.data.alKlaargezet : [],
      nietMeegenomen,
      facturen: facturen.right,
    })
  }

  /** Decodes the source lines and refuses any that belong to another administratie than the run's. */
  const decodeRegels = <A extends { administratie: string }>(
    codec: t.Type<A, unknown, unknown>,
    subject: string,
    input: unknown,
    administratie: string,
  ): Either<CockpitServiceFout, A[]> => {
    const decoded = decodeWith(t.array(codec), subject, input)
    if (isLeft(decoded)) return decoded
    const vreemd = decoded.right.findIndex((r) => r.administratie !== administratie)
    const regel = decoded.right[vreemd]
    return regel ? left(andereAdministratie(administratie, `${subject}[${vreemd}]`, regel.administratie)) : decoded
  }

  const conceptfactureringAan = async (administratie: string) =>
    await deps.instellingen.conceptfacturering(administratie)

  const metCredit = <R extends { bedrag: string; teCrediteren?: boolean }>(regels: readonly R[], meenemen?: boolean) =>
    meenemen ? [...regels] : regels.filter((r) => !isTeCrediteren(r))

  const cockpit = {
    /** R20 factureren abonnementen: due lines by peildatum; credit lines only with "meenemen te crediteren regels". */
    factureerAbonnementen: async (opties: unknown, regels: unknown, context: CommandContext) => {
      const o = strikt(AbonnementenOpties, 'factureren abonnementen', opties)
      if (isLeft(o)) return o
      const r = decodeRegels(Abonnementsregel, 'Abonnementsregel', regels, o.right.administratie)
      if (isLeft(r)) return r
      const mee = metCredit(r.right, o.right.meenemenTeCrediterenRegels).filter((x) =>
        isVerschuldigd(x, o.right.peildatum),
      )
      const concepten = await conceptfactureringAan(o.right.administratie)
      return voerRunUit(
        'abonnementen',
        o.right,
        mee.map(vanAbonnement),
        r.right.length - mee.length,
        concepten,
        context,
      )
    },

    /** R20 factureren cursussen: as abonnementen without peildatum. */
    factureerCursussen: async (opties: unknown, regels: unknown, context: CommandContext) => {
      const o = strikt(CursussenOpties, 'factureren cursussen', opties)
      if (isLeft(o)) return o
      const r = decodeRegels(Cursusinschrijving, 'Cursusinschrijving', regels, o.right.administratie)
      if (isLeft(r)) return r
      const mee = metCredit(r.right, o.right.meenemenTeCrediterenRegels)
      const concepten = await conceptfactureringAan(o.right.administratie)
      return voerRunUit('cursussen', o.right, mee.map(vanCursus), r.right.length - mee.length, concepten, context)
    },

    /** R20 factureren ordermanagement: delivered pakbonregels; no credit option, no journalise-after. */
    factureerOrdermanagement: async (opties: unknown, regels: unknown, context: CommandContext) => {
      const o = strikt(OrdermanagementOpties, 'factureren ordermanagement', opties)
      if (isLeft(o)) return o
      const r = decodeRegels(Pakbonregel, 'Pakbonregel', regels, o.right.administratie)
      if (isLeft(r)) return r
      const concepten = await conceptfactureringAan(o.right.administratie)
      return voerRunUit('ordermanagement', o.right, r.right.map(vanPakbon), 0, concepten, context)
    },

    /** R20 factureren nacalculatie: approved hours and costs; only with concepts off (R1). */
    factureerNacalculatie: async (opties: unknown, regels: unknown, context: CommandContext) => {
      const o = strikt(NacalculatieOpties, 'factureren nacalculatie', opties)
      if (isLeft(o)) return o
      if (await conceptfactureringAan(o.right.administratie)) {
        return left(nacalculatieViaConcepten(o.right.administratie))
      }
      const r = decodeRegels(Nacalculatieregel, 'Nacalculatieregel', regels, o.right.administratie)
      if (isLeft(r)) return r
      return voerRunUit('nacalculatie', o.right, r.right.map(vanNacalculatie), 0, false, context)
    },

    /** R1/R20 factureren concepten: the concepts' hand-overs (ConceptGefactureerd); only with concepts on. */
    factureerConcepten: async (opties: unknown, concepten: unknown, context: CommandContext) => {
      const o = strikt(ConceptenOpties, 'factureren concepten', opties)
      if (isLeft(o)) return o
      if (!(await conceptfactureringAan(o.right.administratie))) {
        return left(conceptfactureringUit(o.right.administratie))
      }
      const c = decodeRegels(Conceptfactuur, 'Conceptfactuur', concepten, o.right.administratie)
      if (isLeft(c)) return c
      const factuurdatum = c.right[0]?.factuuropdracht.factuurdatum ?? context.occurredAt.slice(0, 10)
      return voerRunUit('concepten', { ...o.right, factuurdatum }, c.right.flatMap(vanConcept), 0, true, context)
    },

    /** R20 factureren termijnen: instalments reported ready; no credit option. */
    factureerTermijnen: async (opties: unknown, regels: unknown, context: CommandContext) => {
      const o = strikt(TermijnenOpties, 'factureren termijnen', opties)
      if (isLeft(o)) return o
      const r = decodeRegels(Termijn, 'Termijn', regels, o.right.administratie)
      if (isLeft(r)) return r
      const concepten = await conceptfactureringAan(o.right.administratie)
      return voerRunUit('termijnen', o.right, r.right.map(vanTermijn), 0, concepten, context)
    },

    /** R18: what the cockpit says for sources it does not invoice. */
    factureerBron: (bron: string): Either<CockpitServiceFout, never> =>
      bron === 'balie' || bron === 'direct' ? left(baliefactuurNietViaCockpit()) : left(bronNietViaCockpit(bron)),

    /** R21 factureren te factureren regels: every staged invoice not yet numbered, in staging order. */
    factureerTeFacturerenRegels: async (opties: unknown, context: CommandContext) => {
      const o = strikt(TeFacturerenRegelsOpties, 'factureren te factureren regels', opties)
      if (isLeft(o)) return o
      const facturen = await factureerKlaargezet(o.right.administratie, () => true, context)
      if (isLeft(facturen)) return facturen
      const daarna = await naVoltooien(o.right.administratie, facturen.right, o.right, context)
      if (isLeft(daarna)) return daarna
      return right({ facturen: facturen.right })
    },

    /** R19 the Verzamelfactuur function: collects the waiting lines into verzamelfacturen and invoices them. */
    maakVerzamelfactuur: async (opties: unknown, context: CommandContext) => {
      const o = strikt(VerzamelfactuurOpties, 'verzamelfactuur', opties)
      if (isLeft(o)) return o
      const { administratie, runId, totEnMet, factuurdatum, verkooprelaties } = o.right
      const samengesteld = await staging(
        {
          type: 'StelVerzamelfacturenSamen',
          administratie,
          runId,
          totEnMet,
          factuurdatum,
          ...(verkooprelaties ? { verkooprelaties } : {}),
        },
        stap(context, `verzamel:${administratie}:${runId}`),
      )
      if (isLeft(samengesteld)) return samengesteld
      const facturen = await factureerKlaargezet(administratie, (g) => g.runId === runId, context)
      if (isLeft(facturen)) return facturen
      const daarna = await naVoltooien(administratie, facturen.right, o.right, context)
      if (isLeft(daarna)) return daarna
      return right({ facturen: facturen.right })
    },

    /** What "factureren te factureren regels" would pick up, and the lines waiting for a verzamelfactuur. */
    teFacturerenRegels: async (administratie: string) => {
      const state = await laadStaging(administratie)
      return {
        facturen: [...state.facturen.values()],
        wachtend: [...state.wachtend].map((id) => state.open.get(id)).filter((r) => r !== undefined),
      }
    },

    /**
     * A manual invoice (lines Actief, R23), numbered at once. Balie, bakkerij and flex are refused (R18); a project
     * invoice goes to the project's debiteur unless all verkooprelaties are allowed (R13, with R12's factureren aan).
     */
    factureerHandmatig: async (input: unknown, context: CommandContext) => {
      const bron = (input as { opdracht?: { bron?: unknown } } | null)?.opdracht?.bron
      if (bron === 'balie') return left(baliefactuurNietViaCockpit())
      if (bron === 'bakkerij' || bron === 'flex') return left(bronNietViaCockpit(bron))
      const decoded = decodeWith(ManueleFactuur, 'FactureerHandmatig', input)
      if (isLeft(decoded)) return decoded
      const { administratie, factuurId, opdracht } = decoded.right
      if (opdracht.project) {
        const r1 = controleerProjectfactuurBron(
          { facturerenOpBasisVanConcepten: await conceptfactureringAan(administratie) },
          opdracht.bron,
          decoded.right.voorschot ?? false,
        )
        if (isLeft(r1)) return r1
      }
      const r13 = await controleerProjectdebiteur(deps, administratie, opdracht)
      if (isLeft(r13)) return r13
      const integratiesoort = decoded.right.integratiesoort ?? 'handmatigeProjectfacturen'
      const profiel = await profielVan(administratie, opdracht.factuurrelatie.nummer)
      if (isLeft(profiel)) return profiel
      const modus = await deps.journalisering.btwAfrondingsmodus(administratie, integratiesoort)
      if (isLeft(modus)) return modus
      const herkomst: Record<string, Regelherkomst> = Object.fromEntries(
        opdracht.regels.map((r) => [r.regelId, { bron: 'handmatig', bronId: factuurId, bronRegelId: r.regelId }]),
      )
      return maakEnNummer(
        {
          type: 'MaakFactuur',
          administratie,
          factuurId,
          integratiesoort,
          opdracht,
          btwAfrondingsmodus: modus.right,
          verstrekkingen: profiel.right.verstrekkingen,
          factuurrelatieGeblokkeerd: profiel.right.geblokkeerd,
          herkomst,
        },
        administratie,
        factuurId,
        context,
      )
    },

    /** R23: a manual line on an active invoice. */
    voegRegelToe: async (input: unknown, context: CommandContext) => {
      const decoded = decodeWith(Regelopdracht, 'VoegFactuurregelToe', input)
      if (isLeft(decoded)) return decoded
      return factuur({ type: 'VoegFactuurregelToe', ...decoded.right }, context)
    },

    /** R23: only Actief lines, only while the invoice is active. */
    wijzigRegel: async (input: unknown, context: CommandContext) => {
      const decoded = decodeWith(Regelopdracht, 'WijzigFactuurregel', input)
      if (isLeft(decoded)) return decoded
      return factuur({ type: 'WijzigFactuurregel', ...decoded.right }, context)
    },

    /** R22: issue by the relatie's verstrekkingswijze per report type. */
    verstrek,

    /** R30: journalise in the integratie-dagboek; the invoice is frozen after. Twice is refused. */
    journaliseer,

    /**
     * R31: a credit note from the same numbering (the integratiesoort's credit dagboek) referring to the original.
     * The credit is reserved on the original first, so crediting beyond it is refused and a retry finishes it.
     */
    crediteer: async (input: unknown, context: CommandContext) => {
      const decoded = decodeWith(Crediteeropdracht, 'Crediteer', input)
      if (isLeft(decoded)) return decoded
      const { administratie, factuurId, creditFactuurId, factuurdatum } = decoded.right
      const origineel = await laadFactuur(administratie, factuurId)
      if (!origineel.opdracht) return left(factuurOnbekend(factuurId))
      // A blocked relatie is refused before the credit is reserved: nothing is appended.
      const profiel = await profielVan(administratie, origineel.opdracht.factuurrelatie.nummer)
      if (isLeft(profiel)) return profiel
      if (profiel.right.geblokkeerd) {
        return left(relatieGeblokkeerd(creditFactuurId, origineel.opdracht.factuurrelatie.nummer))
      }
      let regels = origineel.crediteringen.get(creditFactuurId)
      if (!regels) {
        regels = []
        const gevraagd: { regelId: string; bedrag?: string }[] =
          decoded.right.regels ?? [...origineel.regels.keys()].map((regelId) => ({ regelId }))
        for (const { regelId, bedrag } of gevraagd) {
          const regel = origineel.regels.get(regelId)
          if (!regel) {
            regels.push({ regelId, bedrag: bedrag ?? '0.00' })
            continue
          }
          const totaal = decimaal(regel.regel.bedrag)
          const rest = totaal.minus(origineel.gecrediteerd.get(regelId) ?? 0)
          const signed =
            bedrag === undefined
              ? rest
              : decimaal(bedrag)
                  .abs()
                  .times(totaal.isNegative() ? -1 : 1)
          if (!signed.isZero()) regels.push({ regelId, bedrag: signed.toFixed(2) })
        }
        if (regels.length === 0) return left(crediteringLeeg(factuurId))
        const gereserveerd = await factuur(
          { type: 'RegistreerCreditering', administratie, factuurId, creditFactuurId, regels },
          stap(context, `credit:${administratie}:${creditFactuurId}`),
        )
        if (isLeft(gereserveerd)) return gereserveerd
      }
      const opdracht = huidigeOpdracht(origineel)
      const { integratiesoort, factuurnummer } = origineel
      if (!integratiesoort || factuurnummer === undefined) throw new Error(`Factuur ${factuurId} is incomplete`)
      const modus = await deps.journalisering.btwAfrondingsmodus(administratie, integratiesoort)
      if (isLeft(modus)) return modus
      const creditregels = regels.map(({ regelId, bedrag }) => {
        const regel = origineel.regels.get(regelId)?.regel as Factuurregel
        return { ...regel, bedrag: decimaal(bedrag).negated().toFixed(2) }
      })
      const herkomst = Object.fromEntries(
        regels.map(({ regelId }) => [regelId, origineel.regels.get(regelId)?.herkomst as Regelherkomst]),
      )
      const gemaakt = await maakEnNummer(
        {
          type: 'MaakFactuur',
          administratie,
          factuurId: creditFactuurId,
          integratiesoort,
          opdracht: { ...opdracht, factuurdatum, regels: creditregels },
          btwAfrondingsmodus: modus.right,
          verstrekkingen: profiel.right.verstrekkingen,
          factuurrelatieGeblokkeerd: profiel.right.geblokkeerd,
          herkomst,
          creditnota: { origineelFactuurId: factuurId, origineelFactuurnummer: factuurnummer },
        },
        administratie,
        creditFactuurId,
        context,
      )
      if (isLeft(gemaakt)) return gemaakt
      const daarna = await naVoltooien(administratie, [gemaakt.right], decoded.right, context)
      if (isLeft(daarna)) return daarna
      return gemaakt
    },

    /** R24: the journaalpost of an invoice, for an authorised caller only (`context.actor`). */
    raadpleegJournaalpost: async (
      input: unknown,
      context: Pick<CommandContext, 'actor'>,
    ): Promise<Either<CockpitServiceFout, Journaalpostinzage>> => {
      const decoded = decodeWith(Factuurverwijzing, 'RaadpleegJournaalpost', input)
      if (isLeft(decoded)) return decoded
      const { administratie, factuurId } = decoded.right
      if (!(await deps.autorisatie.magJournaalpostRaadplegen(context.actor, administratie))) {
        return left(journaalpostNietGeautoriseerd(context.actor, administratie))
      }
      const state = await laadFactuur(administratie, factuurId)
      if (!state.journalisering || state.factuurnummer === undefined) return left(factuurNietGejournaliseerd(factuurId))
      return right({ factuurId, factuurnummer: state.factuurnummer, ...state.journalisering })
    },

    /** The invoice as it stands (for hosts and tests). Read-only: it may be the folded state kept in the cache. */
    factuur: laadFactuur,
  }
  return cockpit
}

export type Facturatiecockpit = ReturnType<typeof facturatiecockpit>
