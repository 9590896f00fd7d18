import {
  AggregateCache,
  type AppendPart,
  type AppendResult,
  type CommandHandler,
  commandHandler,
  type EventStore,
  loadAggregate,
} from '@factuurstroom/eventsourcing'
import { type Either, left, right } from 'fp-ts/lib/Either.js'
import {
  type FactuurCommand,
  type FactuurEvent,
  type FactuurFout,
  type FactuurState,
  factuurDecider,
  factuurRegistry,
  factuurStreamId,
} from '../factuur'
import { type Beslisser, beslisser } from '../gedeeld/beslisser'
import { type CockpitFout, relatieprofielOnbekend } from './errors'
import type { CockpitDeps, Poortdeel } from './poorten'
import type { Verkooprelatieprofiel } from './profiel'
import { geenVoortgang, type OpVoortgang, type Voortgangsmelder, voortgangsmelder } from './run/voortgang'
import { schrijfSamen } from './schrijf-samen'
import {
  type TeFacturerenCommand,
  type TeFacturerenEvent,
  type TeFacturerenFout,
  type TeFacturerenState,
  teFacturerenDecider,
  teFacturerenRegistry,
  teFacturerenStreamId,
} from './te-factureren'

/** Caches a host may share between services; new ones by default. */
export interface CockpitOptions {
  readonly cache?: AggregateCache
  readonly factuurCache?: AggregateCache
}

/** What every cockpit action shares: the store's two command handlers, their loads and the host's ports. */
export interface CockpitWiring {
  readonly deps: CockpitDeps
  /** Commands on one invoice's stream. */
  readonly factuur: CommandHandler<FactuurCommand, FactuurEvent, FactuurFout>
  /** Commands on the administratie's `tefactureren` stream. */
  readonly staging: CommandHandler<TeFacturerenCommand, TeFacturerenEvent, TeFacturerenFout>
  /**
   * Decides commands on one invoice for one step whose append joins a port's part (`schrijfSamen`); make one per
   * step, so a retry of the step reads what changed.
   */
  readonly beslisFactuur: (
    administratie: string,
    factuurId: string,
  ) => Beslisser<FactuurCommand, FactuurEvent, FactuurFout>
  /** The invoice's parts (in order) and a port's part before the last appended as one, each folded into its cache. */
  readonly schrijfSamen: (
    poortdeel: Poortdeel | undefined,
    ...delen: (AppendPart | undefined)[]
  ) => Promise<AppendResult | undefined>
  /** Whether the store appends to several streams in one call (`appendToStreams`), all or nothing. */
  readonly multiStreamAppend: boolean
  /** The invoice as it stands; it may be the folded state kept in the cache. */
  readonly laadFactuur: (administratie: string, factuurId: string) => Promise<FactuurState>
  /** The administratie's staged lines and invoices. */
  readonly laadStaging: (administratie: string) => Promise<TeFacturerenState>
  /** The relatie's verkooprelatieprofiel from the host's master data, or RELATIEPROFIEL_ONBEKEND. */
  readonly profielVan: (administratie: string, relatie: string) => Promise<Either<CockpitFout, Verkooprelatieprofiel>>
  /** R1: "factureren op basis van concepten" for the administratie. */
  readonly conceptfactureringAan: (administratie: string) => Promise<boolean>
  /** Where the run in progress reports its phases and counts; nothing by default (`metVoortgang` sets it per call). */
  readonly voortgang: Voortgangsmelder
}

/** The wiring for one call whose caller follows its progress. */
export const metVoortgang = (w: CockpitWiring, opVoortgang: OpVoortgang | undefined): CockpitWiring =>
  opVoortgang ? { ...w, voortgang: voortgangsmelder(opVoortgang) } : w

/** Builds the cockpit's wiring over one store. */
export const cockpitWiring = (store: EventStore, deps: CockpitDeps, options: CockpitOptions = {}): CockpitWiring => {
  const cache = options.cache ?? new AggregateCache()
  // A run touches each invoice several times in a row (make, number, issue, journalise): keep the recent ones folded.
  const factuurCache = options.factuurCache ?? new AggregateCache(1_000)
  return {
    deps,
    factuur: commandHandler(store, {
      decider: factuurDecider,
      registry: factuurRegistry,
      streamId: (c: FactuurCommand) => factuurStreamId(c.administratie, c.factuurId),
      cache: factuurCache,
    }),
    staging: commandHandler(store, {
      decider: teFacturerenDecider,
      registry: teFacturerenRegistry,
      streamId: (c) => teFacturerenStreamId(c.administratie),
      cache,
    }),
    beslisFactuur: (administratie, factuurId) =>
      beslisser(store, factuurStreamId(administratie, factuurId), factuurDecider, factuurRegistry, factuurCache),
    schrijfSamen: (poortdeel, ...delen) => schrijfSamen(store, poortdeel, delen),
    multiStreamAppend: store.appendToStreams !== undefined,
    laadFactuur: async (administratie, factuurId) =>
      (
        await loadAggregate(
          store,
          factuurStreamId(administratie, factuurId),
          factuurDecider,
          factuurRegistry,
          factuurCache,
        )
      ).state,
    laadStaging: async (administratie) =>
      (
        await loadAggregate(
          store,
          teFacturerenStreamId(administratie),
          teFacturerenDecider,
          teFacturerenRegistry,
          cache,
        )
      ).state,
    profielVan: async (administratie, relatie) => {
      const profiel = await deps.relaties.profiel(administratie, relatie)
      return profiel ? right(profiel) : left(relatieprofielOnbekend(administratie, relatie))
    },
    conceptfactureringAan: async (administratie) => await deps.instellingen.conceptfacturering(administratie),
    voortgang: geenVoortgang,
  }
}
