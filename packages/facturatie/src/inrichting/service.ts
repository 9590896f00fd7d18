import {
  AggregateCache,
  type CommandContext,
  commandHandler,
  type DecodeError,
  decodeWith,
  type EventStore,
  loadAggregate,
  type RetryPolicy,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import type { Partij } from '../gedeeld/partij'
import type { JournaliseringsInrichting } from '../journalisering/inrichting'
import type { Integratiesoort } from '../journalisering/integratiesoort'
import {
  type InrichtingCommand,
  RichtAdministratieIn,
  RichtBtwCodeIn,
  RichtDagboekIn,
  RichtGrootboekrekeningIn,
  RichtIntegratiesoortIn,
} from './commands'
import { inrichtingDecider } from './decider'
import { administratieNietIngericht, type InrichtingFout } from './errors'
import { type InrichtingEvent, inrichtingRegistry, inrichtingStream } from './events'
import { omgevingDecider } from './omgeving/decider'
import { omgevingRegistry, omgevingStream } from './omgeving/events'
import {
  type BtwCodeKeuze,
  type BtwInstellingen,
  bepaalBtwCode,
  integratiedagboek,
  journaliseringsInrichting,
  type NummerendDagboek,
  nummerendDagboek,
} from './snapshot'
import type { InrichtingState } from './state'

export type InrichtingResultaat = Either<InrichtingFout | DecodeError, { readonly events: readonly InrichtingEvent[] }>

export interface InrichtingServiceOptions {
  /** Shared between services in one process so set-up is folded once; a new one by default. */
  readonly cache?: AggregateCache
  readonly retry?: RetryPolicy
}

/**
 * Set-up of administraties in an omgeving (R25–R27). Every command is decoded first; bad input writes nothing.
 * Setting up the same thing again identically writes nothing, so each call may be retried after a crash.
 */
export const inrichtingService = (store: EventStore, options: InrichtingServiceOptions = {}) => {
  const cache = options.cache ?? new AggregateCache()
  const inrichting = commandHandler(store, {
    decider: inrichtingDecider,
    registry: inrichtingRegistry,
    streamId: (command: InrichtingCommand) => inrichtingStream(command.administratie),
    cache,
    ...(options.retry ? { retry: options.retry } : {}),
  })
  const omgeving = commandHandler(store, {
    decider: omgevingDecider,
    registry: omgevingRegistry,
    streamId: (command) => omgevingStream(command.omgeving),
    ...(options.retry ? { retry: options.retry } : {}),
  })

  const laad = async (administratie: string): Promise<InrichtingState> =>
    (await loadAggregate(store, inrichtingStream(administratie), inrichtingDecider, inrichtingRegistry, cache)).state

  const voerUit = async (command: InrichtingCommand, context: CommandContext): Promise<InrichtingResultaat> => {
    const result = await inrichting(command, context)
    return isLeft(result) ? result : right({ events: result.right.events })
  }

  /** Validates against the current set-up before the omgeving stream is touched, so a refusal writes nowhere. */
  const vooraf = async (command: InrichtingCommand): Promise<InrichtingFout | undefined> => {
    const decision = inrichtingDecider.decide(command, await laad(command.administratie))
    return isLeft(decision) ? decision.left : undefined
  }

  const decode = <A>(codec: t.Type<A, unknown, unknown>, subject: string, input: unknown) =>
    decodeWith(codec, subject, input)

  return {
    /** Adds the administratie to its omgeving and records its settings (VAT rounding mode R33, verdichten per projectfase). */
    richtAdministratieIn: async (input: unknown, context: CommandContext): Promise<InrichtingResultaat> => {
      const decoded = decode(RichtAdministratieIn, 'RichtAdministratieIn', input)
      if (isLeft(decoded)) return decoded
      const command = { type: 'RichtAdministratieIn' as const, ...decoded.right }
      const fout = await vooraf(command)
      if (fout) return left(fout)
      const toegevoegd = await omgeving(
        {
          type: 'VoegAdministratieToe',
          omgeving: command.omgeving,
          administratie: command.administratie,
          naam: command.naam,
        },
        context,
      )
      if (isLeft(toegevoegd)) return toegevoegd
      return voerUit(command, context)
    },

    /**
     * A dagboek; a number series is first reserved in the omgeving's stream (R27: refused when it could overlap any
     * other series there, sales or purchase, of any administratie), then the dagboek is recorded in the set-up.
     * A crash between the two is healed by calling again: the reservation is found and nothing is added twice.
     */
    richtDagboekIn: async (input: unknown, context: CommandContext): Promise<InrichtingResultaat> => {
      const decoded = decode(RichtDagboekIn, 'RichtDagboekIn', input)
      if (isLeft(decoded)) return decoded
      const command = { type: 'RichtDagboekIn' as const, ...decoded.right }
      const state = await laad(command.administratie)
      const fout = inrichtingDecider.decide(command, state)
      if (isLeft(fout)) return fout
      if (command.reeks && state.administratie) {
        const gereserveerd = await omgeving(
          {
            type: 'ReserveerNummerreeks',
            omgeving: state.administratie.omgeving,
            administratie: command.administratie,
            dagboek: command.dagboek,
            dagboektype: command.dagboektype,
            reeks: command.reeks,
          },
          context,
        )
        if (isLeft(gereserveerd)) return gereserveerd
      }
      return voerUit(command, context)
    },

    richtGrootboekrekeningIn: async (input: unknown, context: CommandContext): Promise<InrichtingResultaat> => {
      const decoded = decode(RichtGrootboekrekeningIn, 'RichtGrootboekrekeningIn', input)
      return isLeft(decoded) ? decoded : voerUit({ type: 'RichtGrootboekrekeningIn', ...decoded.right }, context)
    },

    richtBtwCodeIn: async (input: unknown, context: CommandContext): Promise<InrichtingResultaat> => {
      const decoded = decode(RichtBtwCodeIn, 'RichtBtwCodeIn', input)
      return isLeft(decoded) ? decoded : voerUit({ type: 'RichtBtwCodeIn', ...decoded.right }, context)
    },

    /** R25/R26: the integratiesoort names its dagboeken (type must fit), omschrijving financieel and discounts. */
    richtIntegratiesoortIn: async (input: unknown, context: CommandContext): Promise<InrichtingResultaat> => {
      const decoded = decode(RichtIntegratiesoortIn, 'RichtIntegratiesoortIn', input)
      return isLeft(decoded) ? decoded : voerUit({ type: 'RichtIntegratiesoortIn', ...decoded.right }, context)
    },

    /** The dagboek (and series) that numbers invoices of this flow; `creditnota` picks the credit dagboek. */
    integratiedagboek: async (
      administratie: string,
      integratiesoort: Integratiesoort,
      creditnota = false,
    ): Promise<Either<InrichtingFout, NummerendDagboek>> =>
      integratiedagboek(await laad(administratie), administratie, integratiesoort, creditnota),

    nummerendDagboek: async (
      administratie: string,
      dagboek: string,
    ): Promise<Either<InrichtingFout, NummerendDagboek>> =>
      nummerendDagboek(await laad(administratie), administratie, dagboek),

    journaliseringsInrichting: async (
      administratie: string,
      integratiesoort: Integratiesoort,
      creditnota = false,
    ): Promise<Either<InrichtingFout, JournaliseringsInrichting>> =>
      journaliseringsInrichting(await laad(administratie), administratie, integratiesoort, creditnota),

    /** R33 and the btw-code table, as set up: what a concept is invoiced under (recorded in ConceptGefactureerd). */
    btwInstellingen: async (administratie: string): Promise<Either<InrichtingFout, BtwInstellingen>> => {
      const state = await laad(administratie)
      if (state.administratie === undefined) return left(administratieNietIngericht(administratie))
      const btwCodes = [...state.btwCodes.values()].map(({ btwPlicht, tariefgroep, btwCode, percentage }) => ({
        btwPlicht,
        tariefgroep,
        btwCode,
        percentage,
      }))
      return right({ btwAfrondingsmodus: state.administratie.btwAfrondingsmodus, btwCodes })
    },

    bepaalBtwCode: async (
      administratie: string,
      btwPlicht: string,
      tariefgroep: string,
    ): Promise<Either<InrichtingFout, BtwCodeKeuze>> =>
      bepaalBtwCode(await laad(administratie), administratie, btwPlicht, tariefgroep),

    /** R32: the administratie's own party as set up; `undefined` while none is (or the administratie is not). */
    administratiepartij: async (administratie: string): Promise<Partij | undefined> =>
      (await laad(administratie)).administratie?.partij,
  }
}

export type InrichtingService = ReturnType<typeof inrichtingService>
