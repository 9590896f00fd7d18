import {
  AggregateCache,
  type CommandContext,
  commandHandler,
  type DecodeError,
  type DomainEvent,
  type DomainWarning,
  decisionEvents,
  decisionWarnings,
  decodeWith,
  type EventRegistry,
  type EventStore,
  type ExpectedRevision,
  loadAggregate,
  metadataFor,
  type RetryPolicy,
  retryOnConflict,
} from '@factuurstroom/eventsourcing'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import type { ProjectRef } from '../gedeeld/factuuropdracht'
import { alsBedrag, decimaal, HALF_UP_CENT, rondAfOpCent } from '../geld'
import {
  BoekRegelsOverInput,
  type ConceptCommand,
  type ConceptKopGegevens,
  ConceptRefInput,
  FactureerConceptInput,
  type NacalculatieRegelInput,
  NeemNacalculatieOverInput,
  type NieuweRegel,
  OpenHandmatigConceptInput,
  type PlusRegelInput,
  StelUitInput,
  VerwijderConceptInput,
  VoegPlusRegelToeInput,
  VoegVoorschotToeInput,
  WijzigBtwPlichtInput,
  WijzigVerdichteRegelBedragInput,
  WijzigVerwerkingsmethodeInput,
} from './commands'
import { conceptDecider } from './decide'
import { type ConceptFout, fout } from './errors'
import { type ConceptEvent, type Conceptsleutel, conceptRegistry } from './events'
import { conceptStreamId, sleutelDecider, sleutelRegistry, sleutelStreamId } from './sleutel'
import { type Conceptstamgegevens, vulStamgegevensAan } from './stamgegevens'
import { type ConceptKop, type ConceptState, initialConceptState, isActief } from './state'
import { RichtTellerReeksInInput, tellerDecider, tellerRegistry, tellerStreamId } from './teller'
import {
  type VoorschotclaimCommand,
  voorschotclaimDecider,
  voorschotclaimRegistry,
  voorschotclaimStreamId,
} from './voorschotclaim'
import { metVrijeRegelvelden, type VrijeVeldenCodecs, vrijeVelden } from './vrije-velden'

export interface ConceptServiceOptions {
  /** Ids for new keyed concepts; default `crypto.randomUUID`. */
  readonly nieuwId?: () => string
  /** R14: number new concepts from this teller reeks (set it up with `richtTellerReeksIn`). */
  readonly conceptReeks?: string
  readonly vrijeVelden?: VrijeVeldenCodecs
  /** Default: 200 attempts, for bursts of writers on one key. */
  readonly retry?: RetryPolicy
  /** For long concepts: each command then reads only the new tail of the concept's stream. */
  readonly cache?: AggregateCache
  /** The host's master data: fills the settings a command leaves out (project and relatie settings). */
  readonly stamgegevens?: Conceptstamgegevens
}

export type ConceptServiceFout = ConceptFout | DecodeError

export interface ConceptUitkomst {
  /** Per concept touched, the events appended (or, for a repeated command id, recorded earlier). */
  readonly concepten: readonly {
    readonly conceptId: string
    readonly events: readonly ConceptEvent[]
    readonly duplicate: boolean
  }[]
  readonly warnings: readonly DomainWarning[]
}

type Resultaat = Promise<Either<ConceptServiceFout, ConceptUitkomst>>

const uitkomst = (
  conceptId: string,
  events: readonly ConceptEvent[],
  duplicate: boolean,
  warnings: readonly DomainWarning[] = [],
): ConceptUitkomst => ({
  concepten: [{ conceptId, events, duplicate }],
  warnings,
})

/** The R3 key of a concept as it stands (its btw-plicht may have changed); none for per-regel concepts (R2). */
export const sleutelVan = (kop: ConceptKop, btwPlicht: string): Conceptsleutel | undefined =>
  kop.conceptmethode === 'perRegel'
    ? undefined
    : {
        administratie: kop.administratie,
        verkooprelatie: kop.verkooprelatie.nummer,
        valuta: kop.valuta,
        btwPlicht,
        ...(kop.conceptmethode === 'perProject' && kop.project !== undefined ? { project: kop.project.nummer } : {}),
      }

const sleutelVoor = (administratie: string, kop: ConceptKopGegevens): Conceptsleutel | undefined =>
  kop.projectInstellingen.conceptmethode === 'perRegel'
    ? undefined
    : {
        administratie,
        verkooprelatie: kop.verkooprelatie.nummer,
        valuta: kop.valuta,
        btwPlicht: kop.btwPlicht,
        ...(kop.projectInstellingen.conceptmethode === 'perProject' && kop.project !== undefined
          ? { project: kop.project.nummer }
          : {}),
      }

/** A per-regel concept's id follows from the command and the line, so a retried command reaches the same concept. */
const perRegelId = (commandId: string, regel: string): string =>
  `r-${bytesToHex(sha256(utf8ToBytes(`${commandId}\u0000${regel}`))).slice(0, 24)}`

interface Route {
  /** R9: the advance this command puts on the concept, claimed once the concept has accepted it. */
  readonly voorschotclaim?: Omit<VoorschotclaimCommand, 'type'>
  readonly administratie: string
  readonly kop: ConceptKopGegevens
  /** Identifies the line(s) for a per-regel concept id. */
  readonly regel: string
  readonly maak: (conceptId: string, nummer: string | undefined) => ConceptCommand
}

/**
 * The application service hosts call. It decodes every input with its codec, validates free fields with the host's
 * codecs, routes lines to the active concept of their key through the key stream (R3), numbers new concepts (R14)
 * and appends with expected revisions. Every step is idempotent by command id and concept id, so a command that
 * failed half way (crash, conflict) is completed by sending it again.
 */
export const conceptService = (store: EventStore, options: ConceptServiceOptions = {}) => {
  const retry: RetryPolicy = options.retry ?? { maxAttempts: 200 }
  const nieuwId = options.nieuwId ?? (() => globalThis.crypto.randomUUID())
  const handle = commandHandler(store, {
    decider: conceptDecider,
    registry: conceptRegistry,
    streamId: (command: ConceptCommand) => conceptStreamId(command.administratie, command.conceptId),
    retry,
    ...(options.cache === undefined ? {} : { cache: options.cache }),
  })

  const laadConcept = (administratie: string, conceptId: string) =>
    loadAggregate(store, conceptStreamId(administratie, conceptId), conceptDecider, conceptRegistry, options.cache)

  const append = <E extends DomainEvent>(
    streamId: string,
    registry: EventRegistry<E>,
    events: readonly E[],
    expected: ExpectedRevision,
    context: CommandContext,
  ) =>
    store.appendToStream(
      streamId,
      events.map((event) => registry.toNewEvent(event, metadataFor(context))),
      expected,
    )

  // A teller stream grows by one event per concept: always fold it incrementally, or numbering turns quadratic.
  const tellerCache = new AggregateCache(100)

  const kenNummerToe = async (
    administratie: string,
    conceptId: string,
    context: CommandContext,
  ): Promise<Either<ConceptFout, string | undefined>> => {
    const reeks = options.conceptReeks
    if (reeks === undefined) return right(undefined)
    const streamId = tellerStreamId(administratie, reeks)
    const teller = await loadAggregate(store, streamId, tellerDecider, tellerRegistry, tellerCache)
    const decision = tellerDecider.decide({ type: 'KenNummerToe', administratie, reeks, conceptId }, teller.state)
    if (isLeft(decision)) return decision
    const events = decisionEvents(decision.right)
    if (events.length > 0) await append(streamId, tellerRegistry, events, teller.expectedRevision, context)
    const toegekend = events.find((event) => event.type === 'ConceptnummerToegekend')
    return right(
      toegekend?.type === 'ConceptnummerToegekend' ? toegekend.data.nummer : teller.state.perConcept.get(conceptId),
    )
  }

  /** R9: claims (or releases) an advance invoice for one command; idempotent through the claim's state. */
  const voorschotclaim = (
    type: VoorschotclaimCommand['type'],
    claim: Omit<VoorschotclaimCommand, 'type'>,
    context: CommandContext,
  ): Promise<Either<ConceptFout, void>> => {
    const streamId = voorschotclaimStreamId(claim.administratie, claim.factuurnummer)
    return retryOnConflict(streamId, retry, async () => {
      const loaded = await loadAggregate(store, streamId, voorschotclaimDecider, voorschotclaimRegistry)
      const decision = voorschotclaimDecider.decide({ type, ...claim }, loaded.state)
      if (isLeft(decision)) return decision
      const events = decisionEvents(decision.right)
      if (events.length > 0) await append(streamId, voorschotclaimRegistry, events, loaded.expectedRevision, context)
      return right(undefined)
    })
  }

  /** Claims the route's advance for this command (a no-op when it already holds it, or has none). */
  const claimVoorschot = (route: Route, context: CommandContext): Promise<Either<ConceptFout, void>> =>
    route.voorschotclaim ? voorschotclaim('Claim', route.voorschotclaim, context) : Promise.resolve(right(undefined))

  /**
   * A refused command gives up its advance claim, if it holds one (only after a race: the claim is taken just before
   * the concept's append, which may then conflict and be decided again). Without a claim this writes nothing.
   */
  const laatVoorschotLos = async (
    route: Route,
    refused: Either<ConceptFout, never>,
    context: CommandContext,
  ): Promise<Either<ConceptFout, never>> => {
    if (route.voorschotclaim) await voorschotclaim('GeefVrij', route.voorschotclaim, context)
    return refused
  }

  /** Finds (or claims) the active concept of the route's key and appends the command's events to it. */
  const voerUit = (route: Route, context: CommandContext): Promise<Either<ConceptFout, ConceptUitkomst>> =>
    retryOnConflict(`concept route ${route.regel}`, retry, async () => {
      const sleutel = sleutelVoor(route.administratie, route.kop)
      let conceptId: string | undefined
      if (sleutel === undefined) conceptId = perRegelId(context.commandId, route.regel)
      else {
        const sleutelStream = sleutelStreamId(sleutel)
        const guard = await loadAggregate(store, sleutelStream, sleutelDecider, sleutelRegistry)
        const houder = guard.state.houder
        let vervangt: string | undefined
        if (houder !== undefined) {
          const concept = await laadConcept(route.administratie, houder)
          const huidig =
            concept.state.kop === undefined
              ? undefined
              : sleutelVan(concept.state.kop, concept.state.btwPlicht as string)
          // A holder whose opening never got written (crash between the two appends) is simply opened now.
          const houdtNog =
            concept.state.status === 'nieuw' ||
            (isActief(concept.state) && huidig !== undefined && sleutelStreamId(huidig) === sleutelStream)
          if (houdtNog) conceptId = houder
          else vervangt = houder
        }
        if (conceptId === undefined) {
          const nieuw = nieuwId()
          // Check the command on a fresh concept first, so a refused command leaves no claim behind.
          const proef = conceptDecider.decide(route.maak(nieuw, undefined), initialConceptState())
          if (isLeft(proef)) return laatVoorschotLos(route, proef, context)
          // Before the key claim, the command's first write: a refused advance must leave nothing behind.
          const geclaimd = await claimVoorschot(route, context)
          if (isLeft(geclaimd)) return geclaimd
          const claim = sleutelDecider.decide(
            { type: 'ClaimSleutel', sleutel, conceptId: nieuw, ...(vervangt === undefined ? {} : { vervangt }) },
            guard.state,
          )
          if (isLeft(claim)) return claim
          await append(sleutelStream, sleutelRegistry, decisionEvents(claim.right), guard.expectedRevision, context)
          conceptId = nieuw
        }
      }
      const concept = await laadConcept(route.administratie, conceptId)
      const eerder = concept.eventsByCommandId.get(context.commandId)
      if (eerder) return right(uitkomst(conceptId, eerder, true))
      const nummer =
        concept.state.status === 'nieuw'
          ? await kenNummerToe(route.administratie, conceptId, context)
          : right(undefined)
      if (isLeft(nummer)) return nummer
      const decision = conceptDecider.decide(route.maak(conceptId, nummer.right), concept.state)
      if (isLeft(decision)) return laatVoorschotLos(route, decision, context)
      const geclaimd = await claimVoorschot(route, context)
      if (isLeft(geclaimd)) return geclaimd
      const events = decisionEvents(decision.right)
      await append(
        conceptStreamId(route.administratie, conceptId),
        conceptRegistry,
        events,
        concept.expectedRevision,
        context,
      )
      return right(uitkomst(conceptId, events, false, decisionWarnings(decision.right)))
    })

  const metVrijeVelden = <R extends { vrijeVelden?: Record<string, unknown> }>(regel: R, subject: string) =>
    metVrijeRegelvelden(options.vrijeVelden?.conceptregel, regel, subject)

  const plusRegel = (input: PlusRegelInput): NieuweRegel => {
    const { vrijeVelden: velden, ...regel } = input
    return {
      ...regel,
      bedrag: alsBedrag(rondAfOpCent(decimaal(input.aantal).times(input.prijs))),
      bedragAfronding: HALF_UP_CENT,
      ...(velden === undefined ? {} : { vrijeVelden: velden }),
    }
  }

  const eenConcept = async (command: ConceptCommand, context: CommandContext): Resultaat => {
    const handled = await handle(command, context)
    if (isLeft(handled)) return handled
    return right(uitkomst(command.conceptId, handled.right.events, handled.right.duplicate, handled.right.warnings))
  }

  const geefSleutelVrij = async (administratie: string, conceptId: string, context: CommandContext): Promise<void> => {
    const concept = await laadConcept(administratie, conceptId)
    const kop = concept.state.kop
    if (kop === undefined || isActief(concept.state)) return
    const sleutel = sleutelVan(kop, concept.state.btwPlicht as string)
    if (sleutel === undefined) return
    await retryOnConflict(sleutelStreamId(sleutel), retry, async () => {
      const guard = await loadAggregate(store, sleutelStreamId(sleutel), sleutelDecider, sleutelRegistry)
      const vrij = sleutelDecider.decide({ type: 'GeefSleutelVrij', sleutel, conceptId }, guard.state)
      if (isLeft(vrij) || decisionEvents(vrij.right).length === 0) return
      await append(
        sleutelStreamId(sleutel),
        sleutelRegistry,
        decisionEvents(vrij.right),
        guard.expectedRevision,
        context,
      )
    })
  }

  return {
    /** R14: sets up a concept teller reeks. */
    richtTellerReeksIn: async (input: unknown, context: CommandContext): Promise<Either<ConceptServiceFout, void>> => {
      const decoded = decodeWith(RichtTellerReeksInInput, 'RichtTellerReeksIn', input)
      if (isLeft(decoded)) return decoded
      const handled = await commandHandler(store, {
        decider: tellerDecider,
        registry: tellerRegistry,
        streamId: (command: { administratie: string; reeks: string }) =>
          tellerStreamId(command.administratie, command.reeks),
        retry,
      })({ type: 'RichtReeksIn', ...decoded.right }, context)
      return isLeft(handled) ? handled : right(undefined)
    },

    /** R2, R3, R5: takes billable nacalculatie lines onto concepts: one per key, split per btw-plicht. */
    neemNacalculatieOver: async (input: unknown, context: CommandContext): Resultaat => {
      const decoded = decodeWith(
        NeemNacalculatieOverInput,
        'NeemNacalculatieOver',
        await vulStamgegevensAan(options.stamgegevens, input),
      )
      if (isLeft(decoded)) return decoded
      const opdracht = decoded.right
      const conceptVelden = vrijeVelden(
        options.vrijeVelden?.concept,
        'vrije velden concept',
        opdracht.conceptVrijeVelden,
      )
      if (isLeft(conceptVelden)) return conceptVelden
      const projecten = new Map(opdracht.projecten.map((project) => [project.nummer, project]))
      const methode = opdracht.projectInstellingen.conceptmethode
      const groepen = new Map<string, { kop: ConceptKopGegevens; regels: NieuweRegel[] }>()
      for (const invoer of opdracht.regels) {
        const project = projecten.get(invoer.project)
        if (!project) {
          return left(
            fout(
              'PROJECT_ONBEKEND',
              `Line ${invoer.regelId} is for project ${invoer.project}, which is not among the input's projecten. Send the project with the lines.`,
            ),
          )
        }
        const regel = metVrijeVelden(
          nieuweRegel(invoer, project, opdracht.valuta),
          `vrije velden conceptregel ${invoer.regelId}`,
        )
        if (isLeft(regel)) return regel
        const btwPlicht = invoer.btwPlicht ?? opdracht.relatieInstellingen.btwPlicht
        const groep =
          methode === 'perRegel'
            ? invoer.regelId
            : `${btwPlicht}\u0000${methode === 'perProject' ? project.nummer : ''}`
        const bestaand = groepen.get(groep)
        if (bestaand) bestaand.regels.push(regel.right)
        else
          groepen.set(groep, {
            kop: {
              verkooprelatie: opdracht.verkooprelatie,
              valuta: opdracht.valuta,
              btwPlicht,
              projectInstellingen: opdracht.projectInstellingen,
              relatieInstellingen: opdracht.relatieInstellingen,
              aanleiding: 'nacalculatie',
              ...(methode === 'perVerkooprelatie' ? {} : { project }),
              ...(conceptVelden.right === undefined ? {} : { vrijeVelden: conceptVelden.right }),
            },
            regels: [regel.right],
          })
      }
      const routes: Route[] = [...groepen.entries()].map(([groep, { kop, regels }]) => ({
        administratie: opdracht.administratie,
        kop,
        regel: groep,
        maak: (conceptId, nummer) => ({
          type: 'VoegNacalculatieRegelsToe',
          administratie: opdracht.administratie,
          conceptId,
          kop: nummer === undefined ? kop : { ...kop, nummer },
          regels,
        }),
      }))
      // Refuse the whole batch before anything is written when any group is invalid in itself.
      for (const route of routes) {
        const proef = conceptDecider.decide(route.maak('proef', undefined), initialConceptState())
        if (isLeft(proef)) return proef
      }
      const concepten: ConceptUitkomst['concepten'][number][] = []
      for (const route of routes) {
        const gedaan = await voerUit(route, context)
        if (isLeft(gedaan)) return gedaan
        concepten.push(...gedaan.right.concepten)
      }
      return right({ concepten, warnings: [] })
    },

    /** R7: a manual concept, routed by its key (R3); with verdichting its line is a new verdichte regel. */
    openHandmatigConcept: async (input: unknown, context: CommandContext): Resultaat => {
      const decoded = decodeWith(
        OpenHandmatigConceptInput,
        'OpenHandmatigConcept',
        await vulStamgegevensAan(options.stamgegevens, input),
      )
      if (isLeft(decoded)) return decoded
      const opdracht = decoded.right
      const conceptVelden = vrijeVelden(
        options.vrijeVelden?.concept,
        'vrije velden concept',
        opdracht.conceptVrijeVelden,
      )
      if (isLeft(conceptVelden)) return conceptVelden
      const regel = metVrijeVelden(plusRegel(opdracht.regel), `vrije velden conceptregel ${opdracht.regel.regelId}`)
      if (isLeft(regel)) return regel
      const kop: ConceptKopGegevens = {
        verkooprelatie: opdracht.verkooprelatie,
        valuta: opdracht.valuta,
        btwPlicht: opdracht.btwPlicht ?? opdracht.relatieInstellingen.btwPlicht,
        projectInstellingen: opdracht.projectInstellingen,
        relatieInstellingen: opdracht.relatieInstellingen,
        aanleiding: 'handmatig',
        ...(opdracht.project === undefined ? {} : { project: opdracht.project }),
        ...(conceptVelden.right === undefined ? {} : { vrijeVelden: conceptVelden.right }),
      }
      return voerUit(
        {
          administratie: opdracht.administratie,
          kop,
          regel: opdracht.regel.regelId,
          maak: (conceptId, nummer) => ({
            type: 'VoegPlusRegelToe',
            administratie: opdracht.administratie,
            conceptId,
            kop: nummer === undefined ? kop : { ...kop, nummer },
            regel: regel.right,
          }),
        },
        context,
      )
    },

    voegPlusRegelToe: async (input: unknown, context: CommandContext): Resultaat => {
      const decoded = decodeWith(VoegPlusRegelToeInput, 'VoegPlusRegelToe', input)
      if (isLeft(decoded)) return decoded
      const regel = metVrijeVelden(
        plusRegel(decoded.right.regel),
        `vrije velden conceptregel ${decoded.right.regel.regelId}`,
      )
      if (isLeft(regel)) return regel
      return eenConcept(
        {
          type: 'VoegPlusRegelToe',
          administratie: decoded.right.administratie,
          conceptId: decoded.right.conceptId,
          regel: regel.right,
        },
        context,
      )
    },

    /** R9: an advance invoice becomes a voorschotregel on the active concept of its project's key. */
    voegVoorschotToe: async (input: unknown, context: CommandContext): Resultaat => {
      const decoded = decodeWith(
        VoegVoorschotToeInput,
        'VoegVoorschotToe',
        await vulStamgegevensAan(options.stamgegevens, input),
      )
      if (isLeft(decoded)) return decoded
      const opdracht = decoded.right
      const methode = opdracht.projectInstellingen.conceptmethode
      const kop: ConceptKopGegevens = {
        verkooprelatie: opdracht.verkooprelatie,
        valuta: opdracht.valuta,
        btwPlicht: opdracht.btwPlicht ?? opdracht.relatieInstellingen.btwPlicht,
        projectInstellingen: opdracht.projectInstellingen,
        relatieInstellingen: opdracht.relatieInstellingen,
        aanleiding: 'handmatig',
        ...(methode === 'perVerkooprelatie' ? {} : { project: opdracht.project }),
      }
      return voerUit(
        {
          administratie: opdracht.administratie,
          kop,
          regel: opdracht.voorschotfactuur.factuurnummer,
          voorschotclaim: {
            administratie: opdracht.administratie,
            factuurnummer: opdracht.voorschotfactuur.factuurnummer,
            claimId: context.commandId,
          },
          maak: (conceptId, nummer) => ({
            type: 'VoegVoorschotRegelToe',
            administratie: opdracht.administratie,
            conceptId,
            kop: nummer === undefined ? kop : { ...kop, nummer },
            project: opdracht.project,
            voorschotfactuur: opdracht.voorschotfactuur,
          }),
        },
        context,
      )
    },

    /** R10: F/D/A (P/PD/PB, V/VD/VB) per line; afboeken needs a reason. */
    wijzigVerwerkingsmethode: async (input: unknown, context: CommandContext): Resultaat => {
      const decoded = decodeWith(WijzigVerwerkingsmethodeInput, 'WijzigVerwerkingsmethode', input)
      if (isLeft(decoded)) return decoded
      return eenConcept({ type: 'WijzigVerwerkingsmethode', ...decoded.right }, context)
    },

    /** R7: sets a verdichte regel's amount through a correctieregel. */
    wijzigVerdichteRegelBedrag: async (input: unknown, context: CommandContext): Resultaat => {
      const decoded = decodeWith(WijzigVerdichteRegelBedragInput, 'WijzigVerdichteRegelBedrag', input)
      if (isLeft(decoded)) return decoded
      return eenConcept({ type: 'WijzigVerdichteRegelBedrag', ...decoded.right }, context)
    },

    stelFactureerbaar: async (input: unknown, context: CommandContext): Resultaat => {
      const decoded = decodeWith(ConceptRefInput, 'StelFactureerbaar', input)
      if (isLeft(decoded)) return decoded
      return eenConcept({ type: 'StelFactureerbaar', ...decoded.right }, context)
    },

    stelNietFactureerbaar: async (input: unknown, context: CommandContext): Resultaat => {
      const decoded = decodeWith(ConceptRefInput, 'StelNietFactureerbaar', input)
      if (isLeft(decoded)) return decoded
      return eenConcept({ type: 'StelNietFactureerbaar', ...decoded.right }, context)
    },

    stelUit: async (input: unknown, context: CommandContext): Resultaat => {
      const decoded = decodeWith(StelUitInput, 'StelUit', input)
      if (isLeft(decoded)) return decoded
      return eenConcept({ type: 'StelUit', ...decoded.right }, context)
    },

    /**
     * R5: moves lines to another concept (another btw-plicht allowed). The source records the full lines first,
     * so a retry after a crash re-reads them from the source's history and completes the target.
     */
    boekRegelsOver: async (input: unknown, context: CommandContext): Resultaat => {
      const decoded = decodeWith(BoekRegelsOverInput, 'BoekRegelsOver', input)
      if (isLeft(decoded)) return decoded
      const { administratie, vanConceptId, naarConceptId, regelIds } = decoded.right
      const van = await retryOnConflict(
        conceptStreamId(administratie, vanConceptId),
        retry,
        async (): Promise<Either<ConceptFout, ConceptEvent[]>> => {
          const bron = await laadConcept(administratie, vanConceptId)
          const eerder = bron.eventsByCommandId.get(context.commandId)
          if (eerder) return right([...eerder])
          const decision = conceptDecider.decide(
            { type: 'BoekRegelsOver', administratie, conceptId: vanConceptId, naarConceptId, regelIds },
            bron.state,
          )
          if (isLeft(decision)) return decision
          const events = decisionEvents(decision.right)
          const overgeboekt = events[0]
          const doel = await laadConcept(administratie, naarConceptId)
          if (overgeboekt?.type === 'ConceptRegelsOvergeboekt') {
            const proef = conceptDecider.decide(
              {
                type: 'NeemRegelsOver',
                administratie,
                conceptId: naarConceptId,
                vanConceptId,
                regels: overgeboekt.data.regels,
                valuta: bron.state.kop?.valuta as string,
              },
              doel.state,
            )
            if (isLeft(proef)) return proef
          }
          await append(
            conceptStreamId(administratie, vanConceptId),
            conceptRegistry,
            events,
            bron.expectedRevision,
            context,
          )
          return right([...events])
        },
      )
      if (isLeft(van)) return van
      const overgeboekt = van.right.find((event) => event.type === 'ConceptRegelsOvergeboekt')
      if (overgeboekt?.type !== 'ConceptRegelsOvergeboekt') return right({ concepten: [], warnings: [] })
      const bron = await laadConcept(administratie, vanConceptId)
      const naar = await eenConcept(
        {
          type: 'NeemRegelsOver',
          administratie,
          conceptId: naarConceptId,
          vanConceptId,
          regels: overgeboekt.data.regels,
          valuta: bron.state.kop?.valuta as string,
        },
        context,
      )
      if (isLeft(naar)) return naar
      return right({
        concepten: [{ conceptId: vanConceptId, events: van.right, duplicate: false }, ...naar.right.concepten],
        warnings: [],
      })
    },

    /** R5: changes a concept's btw-plicht, only when no other active concept holds the new key. */
    wijzigBtwPlicht: async (input: unknown, context: CommandContext): Resultaat => {
      const decoded = decodeWith(WijzigBtwPlichtInput, 'WijzigBtwPlicht', input)
      if (isLeft(decoded)) return decoded
      const command: ConceptCommand = { type: 'WijzigBtwPlicht', ...decoded.right }
      const concept = await laadConcept(command.administratie, command.conceptId)
      const proef = conceptDecider.decide(command, concept.state)
      if (isLeft(proef) && !concept.eventsByCommandId.has(context.commandId)) return proef
      const kop = concept.state.kop as ConceptKop
      const nieuw = sleutelVan(kop, decoded.right.btwPlicht)
      if (nieuw !== undefined) {
        const claim = await retryOnConflict(
          sleutelStreamId(nieuw),
          retry,
          async (): Promise<Either<ConceptFout, void>> => {
            const guard = await loadAggregate(store, sleutelStreamId(nieuw), sleutelDecider, sleutelRegistry)
            let vervangt: string | undefined
            if (guard.state.houder !== undefined && guard.state.houder !== command.conceptId) {
              const houder = await laadConcept(command.administratie, guard.state.houder)
              const huidig = houder.state.kop && sleutelVan(houder.state.kop, houder.state.btwPlicht as string)
              const houdtNog =
                houder.state.status === 'nieuw' ||
                (isActief(houder.state) && huidig !== undefined && sleutelStreamId(huidig) === sleutelStreamId(nieuw))
              if (!houdtNog) vervangt = guard.state.houder
            }
            const decision = sleutelDecider.decide(
              {
                type: 'ClaimSleutel',
                sleutel: nieuw,
                conceptId: command.conceptId,
                ...(vervangt === undefined ? {} : { vervangt }),
              },
              guard.state,
            )
            if (isLeft(decision)) return decision
            const events = decisionEvents(decision.right)
            if (events.length > 0)
              await append(sleutelStreamId(nieuw), sleutelRegistry, events, guard.expectedRevision, context)
            return right(undefined)
          },
        )
        if (isLeft(claim)) return claim
      }
      const gedaan = await eenConcept(command, context)
      if (isLeft(gedaan)) return gedaan
      const oud = sleutelVan(kop, concept.state.btwPlicht as string)
      if (oud !== undefined && nieuw !== undefined && sleutelStreamId(oud) !== sleutelStreamId(nieuw)) {
        await retryOnConflict(sleutelStreamId(oud), retry, async () => {
          const guard = await loadAggregate(store, sleutelStreamId(oud), sleutelDecider, sleutelRegistry)
          const vrij = sleutelDecider.decide(
            { type: 'GeefSleutelVrij', sleutel: oud, conceptId: command.conceptId },
            guard.state,
          )
          if (isLeft(vrij) || decisionEvents(vrij.right).length === 0) return
          await append(
            sleutelStreamId(oud),
            sleutelRegistry,
            decisionEvents(vrij.right),
            guard.expectedRevision,
            context,
          )
        })
      }
      return gedaan
    },

    /** R1, R6–R12: invoices the concept into a ConceptGefactureerd hand-over; a closed concept frees its key. */
    factureer: async (input: unknown, context: CommandContext): Resultaat => {
      const decoded = decodeWith(FactureerConceptInput, 'FactureerConcept', input)
      if (isLeft(decoded)) return decoded
      const gedaan = await eenConcept({ type: 'FactureerConcept', ...decoded.right }, context)
      if (isLeft(gedaan)) return gedaan
      await geefSleutelVrij(decoded.right.administratie, decoded.right.conceptId, context)
      return gedaan
    },

    /** R11: deletes the concept; its nacalculatie lines are free again and its key is released. */
    verwijder: async (input: unknown, context: CommandContext): Resultaat => {
      const decoded = decodeWith(VerwijderConceptInput, 'VerwijderConcept', input)
      if (isLeft(decoded)) return decoded
      const gedaan = await eenConcept({ type: 'VerwijderConcept', ...decoded.right }, context)
      if (isLeft(gedaan)) return gedaan
      await geefSleutelVrij(decoded.right.administratie, decoded.right.conceptId, context)
      return gedaan
    },

    /** The concept's folded state, for hosts and tests. */
    laad: async (administratie: string, conceptId: string): Promise<ConceptState> =>
      (await laadConcept(administratie, conceptId)).state,

    /** Which concept holds a key now (R3), read from the key stream itself. */
    houderVan: async (sleutel: Conceptsleutel): Promise<string | undefined> =>
      (await loadAggregate(store, sleutelStreamId(sleutel), sleutelDecider, sleutelRegistry)).state.houder,
  }
}

export type ConceptService = ReturnType<typeof conceptService>

const nieuweRegel = (invoer: NacalculatieRegelInput, project: ProjectRef, valuta: string): NieuweRegel => {
  const { project: _code, btwPlicht: _btwPlicht, valuta: regelValuta, ...rest } = invoer
  return { ...rest, nacalculatieRegelId: invoer.regelId, project, valuta: regelValuta ?? valuta }
}
