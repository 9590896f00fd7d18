import {
  type AppendPart,
  appendPart,
  type CommandContext,
  decisionEvents,
  retryOnConflict,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { ConceptFout } from '../errors'
import type { Conceptsleutel } from '../events'
import { sleutelDecider, sleutelRegistry, sleutelStreamId, sleutelVan } from '../sleutel'
import { isActief } from '../state'
import type { ConceptWiring } from '../wiring'

/** A key stream as read, with its holder if that still holds the key, or the holder a new claim may replace. */
export interface Sleutelstand {
  readonly guard: Awaited<ReturnType<ConceptWiring['laadSleutel']>>
  readonly houder?: string
  readonly vervangt?: string
}

/** R3: reads who holds a key; a holder that was closed or moved to another key no longer holds it. */
export const sleutelStand = async (
  w: ConceptWiring,
  administratie: string,
  sleutel: Conceptsleutel,
): Promise<Sleutelstand> => {
  const guard = await w.laadSleutel(sleutel)
  const houder = guard.state.houder
  if (houder === undefined) return { guard }
  const { state } = await w.laadConcept(administratie, houder)
  const huidig = state.kop === undefined ? undefined : sleutelVan(state.kop, state.btwPlicht as string)
  // A holder whose opening never got written (crash between the two appends) still holds it: it is opened now.
  const houdtNog =
    state.status === 'nieuw' ||
    (isActief(state) && huidig !== undefined && sleutelStreamId(huidig) === sleutelStreamId(sleutel))
  return houdtNog ? { guard, houder } : { guard, vervangt: houder }
}

/**
 * R3: the key claim for a concept on the stand just read, as a part to append (none when it holds the key already);
 * a conflict on it means another writer came first.
 */
export const sleutelclaim = (
  w: ConceptWiring,
  stand: Sleutelstand,
  sleutel: Conceptsleutel,
  conceptId: string,
  context: CommandContext,
): Either<ConceptFout, AppendPart | undefined> => {
  const claim = sleutelDecider.decide(
    { type: 'ClaimSleutel', sleutel, conceptId, ...(stand.vervangt === undefined ? {} : { vervangt: stand.vervangt }) },
    stand.guard.state,
  )
  if (isLeft(claim)) return claim
  const events = decisionEvents(claim.right)
  if (events.length === 0) return right(undefined)
  const keptIn = { decider: sleutelDecider, cache: w.options.cache }
  return right(
    appendPart(sleutelStreamId(sleutel), sleutelRegistry, events, stand.guard.expectedRevision, context, keptIn),
  )
}

/** R3: claims the key for a concept on the stand just read (a conflict means another writer came first). */
export const claimSleutel = async (
  w: ConceptWiring,
  stand: Sleutelstand,
  sleutel: Conceptsleutel,
  conceptId: string,
  context: CommandContext,
): Promise<Either<ConceptFout, void>> => {
  const claim = sleutelclaim(w, stand, sleutel, conceptId, context)
  if (isLeft(claim)) return claim
  if (claim.right) await w.appendAtomisch([claim.right])
  return right(undefined)
}

/** R3: the concept gives up the key, if it still holds it. */
export const geefSleutelVrij = async (
  w: ConceptWiring,
  sleutel: Conceptsleutel,
  conceptId: string,
  context: CommandContext,
): Promise<void> => {
  const streamId = sleutelStreamId(sleutel)
  const vrij = { type: 'GeefSleutelVrij', sleutel, conceptId } as const
  await retryOnConflict(streamId, w.retry, () =>
    w.beslisOp(streamId, sleutelDecider, sleutelRegistry, vrij, context, w.options.cache),
  )
}

/** A concept that is no longer active (invoiced, deleted) frees its key for the next concept. */
export const geefSleutelVanGeslotenConceptVrij = async (
  w: ConceptWiring,
  administratie: string,
  conceptId: string,
  context: CommandContext,
): Promise<void> => {
  const { state } = await w.laadConcept(administratie, conceptId)
  if (state.kop === undefined || isActief(state)) return
  const sleutel = sleutelVan(state.kop, state.btwPlicht as string)
  if (sleutel !== undefined) await geefSleutelVrij(w, sleutel, conceptId, context)
}
