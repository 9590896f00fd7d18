import {
  AggregateCache,
  type CommandContext,
  type DecodeError,
  decisionEvents,
  decodeWith,
  type EventStore,
  loadAggregate,
  metadataFor,
  type RetryPolicy,
  retryOnConflict,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { InrichtingFout } from '../inrichting/errors'
import { type InrichtingService, inrichtingService } from '../inrichting/service'
import type { NummerendDagboek } from '../inrichting/snapshot'
import type { JournaliseringsFout } from '../journalisering/errors'
import type { Journaalpost, OpenstaandePost } from '../journalisering/journaalpost'
import { type DagboekCommand, VraagFactuurnummer, VraagHandmatigNummer, VraagJournalisering } from './commands'
import { dagboekDecider } from './decider'
import type { DagboekFout } from './errors'
import { type DagboekEvent, dagboekRegistry, dagboekStream, type GejournaliseerdData } from './events'
import type { DagboekState } from './state'

export type DagboekServiceFout = DagboekFout | JournaliseringsFout | InrichtingFout | DecodeError

export interface Factuurnummer {
  readonly administratie: string
  readonly dagboek: string
  readonly factuurId: string
  readonly volgnummer: number
  readonly factuurnummer: string
  /** False when this invoice already had its number (a retry): nothing was appended. */
  readonly nieuw: boolean
}

export interface Journaliseringsresultaat {
  readonly dagboek: string
  readonly factuurnummer: string
  readonly journaalpost: Journaalpost
  readonly openstaandePost: OpenstaandePost
  /** The whole recorded fact, e.g. for the Factuur aggregate to mark itself frozen. */
  readonly gejournaliseerd: GejournaliseerdData
  /** True when this command id had journalised the invoice before: the first outcome, nothing appended. */
  readonly duplicate: boolean
}

export interface DagboekServiceOptions {
  /** The set-up to read dagboeken and integratiesoorten from; one over the same store by default. */
  readonly inrichting?: InrichtingService
  /** Keeps each dagboek folded so issuing the 100,000th number reads only the new tail. */
  readonly cache?: AggregateCache
  readonly retry?: RetryPolicy
}

const standaardRetry: RetryPolicy = { maxAttempts: 200, baseDelayMs: 1, maxDelayMs: 20 }

/**
 * Numbering (R27) and journalising (R30, R31) for the Factuur aggregate and the cockpit.
 *
 * Within one process, commands on one dagboek run one at a time (a queue per stream), so a busy dagboek never
 * burns retries on itself and its cached state is folded once. Between processes the stream's expected revision
 * decides: a loser reloads the new tail and decides again.
 */
export const dagboekService = (store: EventStore, options: DagboekServiceOptions = {}) => {
  const inrichting = options.inrichting ?? inrichtingService(store)
  const cache = options.cache ?? new AggregateCache()
  const retry = options.retry ?? standaardRetry
  const wachtrijen = new Map<string, Promise<unknown>>()

  const naElkaar = <T>(sleutel: string, werk: () => Promise<T>): Promise<T> => {
    const huidig = (wachtrijen.get(sleutel) ?? Promise.resolve()).then(werk, werk)
    const staart = huidig.then(
      () => undefined,
      () => undefined,
    )
    wachtrijen.set(sleutel, staart)
    void staart.then(() => {
      if (wachtrijen.get(sleutel) === staart) wachtrijen.delete(sleutel)
    })
    return huidig
  }

  /**
   * load → decide → append on one dagboek stream. `lees` reads the answer from the folded state right after the
   * decision (synchronously, before anything else can move it on).
   */
  const voerUit = <T>(
    administratie: string,
    dagboek: string,
    command: DagboekCommand,
    context: CommandContext,
    lees: (state: DagboekState, events: readonly DagboekEvent[], duplicate: boolean) => T,
    eerder?: (events: readonly DagboekEvent[]) => boolean,
  ): Promise<Either<DagboekFout | JournaliseringsFout, T>> => {
    const streamId = dagboekStream(administratie, dagboek)
    return naElkaar(streamId, () =>
      retryOnConflict(streamId, retry, async () => {
        const loaded = await loadAggregate(store, streamId, dagboekDecider, dagboekRegistry, cache)
        const vorige = loaded.eventsByCommandId.get(context.commandId)
        if (vorige && eerder?.(vorige)) return right(lees(loaded.state, vorige, true))
        const decision = dagboekDecider.decide(command, loaded.state)
        if (isLeft(decision)) return decision
        const events = decisionEvents(decision.right)
        const antwoord = lees(loaded.state, events, false)
        if (events.length > 0) {
          const metadata = metadataFor(context)
          await store.appendToStream(
            streamId,
            events.map((event) => dagboekRegistry.toNewEvent(event, metadata)),
            loaded.expectedRevision,
          )
        }
        return right(antwoord)
      }),
    )
  }

  const nummer = async (
    doel: NummerendDagboek,
    factuurId: string,
    command: DagboekCommand,
    context: CommandContext,
  ): Promise<Either<DagboekServiceFout, Factuurnummer>> =>
    voerUit(doel.administratie, doel.dagboek, command, context, (state, events) => {
      const nieuw = events.find((e) => e.type === 'FactuurnummerToegekend')
      const toekenning =
        nieuw?.type === 'FactuurnummerToegekend'
          ? { volgnummer: nieuw.data.volgnummer, factuurnummer: nieuw.data.factuurnummer }
          : state.toegekend.get(factuurId)
      if (!toekenning) throw new Error(`No number for ${factuurId} after deciding`)
      return { administratie: doel.administratie, dagboek: doel.dagboek, factuurId, ...toekenning, nieuw: !!nieuw }
    })

  const journaliseerVraag = async (
    vraag: VraagJournalisering,
    context: CommandContext,
  ): Promise<Either<DagboekServiceFout, Journaliseringsresultaat>> => {
    const { administratie, factuurId, integratiesoort, ...invoer } = vraag
    const instellingen = await inrichting.journaliseringsInrichting(
      administratie,
      integratiesoort,
      invoer.creditnota !== undefined,
    )
    if (isLeft(instellingen)) return instellingen
    const dagboek = instellingen.right.dagboek
    const vanDezeFactuur = (events: readonly DagboekEvent[]) =>
      events.some((e) => e.type === 'Gejournaliseerd' && e.data.factuurId === factuurId)
    return voerUit(
      administratie,
      dagboek,
      { type: 'Journaliseer', administratie, dagboek, factuurId, invoer, inrichting: instellingen.right },
      context,
      (_state, events, duplicate) => {
        const event = events.find((e) => e.type === 'Gejournaliseerd' && e.data.factuurId === factuurId)
        if (event?.type !== 'Gejournaliseerd') throw new Error(`No journaalpost for ${factuurId} after deciding`)
        const { journaalpost, openstaandePost, factuurnummer } = event.data
        return { dagboek, factuurnummer, journaalpost, openstaandePost, gejournaliseerd: event.data, duplicate }
      },
      vanDezeFactuur,
    )
  }

  return {
    /**
     * R27: the invoice's number from its integratie-dagboek (or a named dagboek). Idempotent per factuurId: call it
     * again after a crash and the same number comes back. Ask for the number only for an invoice you are about to
     * store (decide the invoice first): a number is consumed for good, so series stay gapless.
     */
    kenFactuurnummerToe: async (
      input: unknown,
      context: CommandContext,
    ): Promise<Either<DagboekServiceFout, Factuurnummer>> => {
      const decoded = decodeWith(VraagFactuurnummer, 'KenFactuurnummerToe', input)
      if (isLeft(decoded)) return decoded
      const vraag = decoded.right
      const doel =
        'integratiesoort' in vraag
          ? await inrichting.integratiedagboek(vraag.administratie, vraag.integratiesoort, vraag.creditnota ?? false)
          : await inrichting.nummerendDagboek(vraag.administratie, vraag.dagboek)
      if (isLeft(doel)) return doel
      return nummer(
        doel.right,
        vraag.factuurId,
        { type: 'KenFactuurnummerToe', ...doel.right, factuurId: vraag.factuurId },
        context,
      )
    },

    /** A manual booking that asks for a specific number: only the next free one is granted (R27). */
    boekHandmatigNummer: async (
      input: unknown,
      context: CommandContext,
    ): Promise<Either<DagboekServiceFout, Factuurnummer>> => {
      const decoded = decodeWith(VraagHandmatigNummer, 'BoekHandmatigNummer', input)
      if (isLeft(decoded)) return decoded
      const { administratie, dagboek, boekingId, volgnummer } = decoded.right
      const doel = await inrichting.nummerendDagboek(administratie, dagboek)
      if (isLeft(doel)) return doel
      return nummer(
        doel.right,
        boekingId,
        { type: 'BoekHandmatigNummer', ...doel.right, boekingId, volgnummer },
        context,
      )
    },

    /**
     * R30/R31: journalises an invoice as made in the dagboek that numbered it (the credit dagboek for a credit
     * note), with the set-up in force. Once per invoice: again with another command id is refused
     * (FACTUUR_AL_GEJOURNALISEERD); the same command id returns the first outcome.
     */
    journaliseer: async (
      input: unknown,
      context: CommandContext,
    ): Promise<Either<DagboekServiceFout, Journaliseringsresultaat>> => {
      const decoded = decodeWith(VraagJournalisering, 'Journaliseer', input)
      if (isLeft(decoded)) return decoded
      return journaliseerVraag(decoded.right, context)
    },

    /**
     * As `journaliseer`, for an in-process caller whose data this process decoded already (the cockpit's port
     * passes the invoice as its stream holds it): decoding it a second time would validate the same data again.
     */
    journaliseerVraag,

    /** The number a dagboek gave an invoice, if any; and whether it is journalised (frozen). */
    factuurStatus: async (administratie: string, dagboek: string, factuurId: string) =>
      naElkaar(dagboekStream(administratie, dagboek), async () => {
        const { state } = await loadAggregate(
          store,
          dagboekStream(administratie, dagboek),
          dagboekDecider,
          dagboekRegistry,
          cache,
        )
        const toegekend = state.toegekend.get(factuurId)
        return {
          factuurnummer: toegekend?.factuurnummer,
          volgnummer: toegekend?.volgnummer,
          gejournaliseerd: state.gejournaliseerd.has(factuurId),
          laatsteVolgnummer: state.laatsteVolgnummer,
        }
      }),

    inrichting,
  }
}

export type DagboekService = ReturnType<typeof dagboekService>
