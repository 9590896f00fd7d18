import {
  type AppendPart,
  appendPart,
  type CommandContext,
  decisionEvents,
  decisionWarnings,
  retryOnConflict,
} from '@factuurstroom/eventsourcing'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { ConceptCommand, ConceptKopGegevens } from '../commands'
import { conceptDecider } from '../decide'
import type { ConceptFout } from '../errors'
import { conceptRegistry } from '../events'
import { conceptStreamId, sleutelVoor } from '../sleutel'
import { initialConceptState } from '../state'
import { type ConceptUitkomst, uitkomst } from '../uitkomst'
import type { ConceptWiring } from '../wiring'
import { kenNummerToe } from './nummering'
import { sleutelclaim, sleutelStand } from './sleutel'
import { claimVoorschot, laatVoorschotLos, type Voorschotclaim } from './voorschot'

/** Lines (or an advance) bound for the active concept of their key (R3), and the command that puts them there. */
export interface Route {
  /** R9: the advance this command puts on the concept, claimed once the concept has accepted it. */
  readonly voorschotclaim?: Voorschotclaim
  readonly administratie: string
  readonly kop: ConceptKopGegevens
  /** Identifies the line(s) for a per-regel concept id. */
  readonly regel: string
  /** The command for the concept reached; `kop` is the route's, with the concept's number when it opens numbered. */
  readonly maak: (conceptId: string, kop: ConceptKopGegevens) => ConceptCommand
  /** The command was already decided on a fresh concept before anything was written: a new concept needs no proef. */
  readonly beproefd?: true
}

/** A per-regel concept's id follows from the command and the line, so a retried command reaches the same concept. */
const perRegelId = (commandId: string, regel: string): string =>
  `r-${bytesToHex(sha256(utf8ToBytes(`${commandId}\u0000${regel}`))).slice(0, 24)}`

/**
 * The concept the route goes to: its per-regel id, the key's active concept, or a new one with its key claim (a part
 * to append with the concept's opening).
 */
const conceptVoor = async (
  w: ConceptWiring,
  route: Route,
  context: CommandContext,
): Promise<Either<ConceptFout, { readonly conceptId: string; readonly claim?: AppendPart }>> => {
  const sleutel = sleutelVoor(route.administratie, route.kop)
  if (sleutel === undefined) return right({ conceptId: perRegelId(context.commandId, route.regel) })
  const stand = await sleutelStand(w, route.administratie, sleutel)
  if (stand.houder !== undefined) return right({ conceptId: stand.houder })
  const nieuw = w.nieuwId()
  // Check the command on a fresh concept first, so a refused command leaves no claim behind.
  const proef = route.beproefd ? undefined : conceptDecider.decide(route.maak(nieuw, route.kop), initialConceptState())
  if (proef && isLeft(proef)) return laatVoorschotLos(w, route.voorschotclaim, proef, context)
  // Before the key claim, the command's first write: a refused advance must leave nothing behind.
  const geclaimd = await claimVoorschot(w, route.voorschotclaim, context)
  if (isLeft(geclaimd)) return geclaimd
  const claim = sleutelclaim(w, stand, sleutel, nieuw, context)
  if (isLeft(claim)) return claim
  return right(claim.right === undefined ? { conceptId: nieuw } : { conceptId: nieuw, claim: claim.right })
}

/**
 * Finds (or claims) the active concept of the route's key and appends the command's events to it. A new concept's
 * key claim, its number and its opening are one append (`appendAtomisch`), in that order.
 */
export const voerUit = (
  w: ConceptWiring,
  route: Route,
  context: CommandContext,
): Promise<Either<ConceptFout, ConceptUitkomst>> =>
  retryOnConflict(`concept route ${route.regel}`, w.retry, async () => {
    const gevonden = await conceptVoor(w, route, context)
    if (isLeft(gevonden)) return gevonden
    const { conceptId, claim } = gevonden.right
    const concept = await w.laadConcept(route.administratie, conceptId)
    const eerder = concept.eventsByCommandId.get(context.commandId)
    if (eerder) return right(uitkomst(conceptId, eerder, true))
    const nummer: Awaited<ReturnType<typeof kenNummerToe>> =
      concept.state.status === 'nieuw' ? await kenNummerToe(w, route.administratie, conceptId, context) : right({})
    if (isLeft(nummer)) return nummer
    const { nummer: toegekend, deel: teller } = nummer.right
    const kop = toegekend === undefined ? route.kop : { ...route.kop, nummer: toegekend }
    const decision = conceptDecider.decide(route.maak(conceptId, kop), concept.state)
    if (isLeft(decision)) return laatVoorschotLos(w, route.voorschotclaim, decision, context)
    const geclaimd = await claimVoorschot(w, route.voorschotclaim, context)
    if (isLeft(geclaimd)) return geclaimd
    const events = decisionEvents(decision.right)
    const streamId = conceptStreamId(route.administratie, conceptId)
    const keptIn = { decider: conceptDecider, cache: w.options.cache }
    const opening = appendPart(streamId, conceptRegistry, events, concept.expectedRevision, context, keptIn)
    await w.appendAtomisch([...(claim ? [claim] : []), ...(teller ? [teller] : []), opening])
    return right(uitkomst(conceptId, events, false, decisionWarnings(decision.right)))
  })
