import {
  appendPart,
  type CommandContext,
  decisionEvents,
  decodeWith,
  retryOnConflict,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import { BoekRegelsOverInput, type ConceptCommand } from '../commands'
import { conceptDecider } from '../decide'
import type { ConceptFout } from '../errors'
import { type ConceptEvent, type ConceptRegel, conceptRegistry, regelsVan } from '../events'
import { conceptStreamId } from '../sleutel'
import type { Resultaat } from '../uitkomst'
import type { ConceptWiring } from '../wiring'

/**
 * R5: moves lines to another concept (another btw-plicht allowed). The source records the full lines first,
 * so a retry after a crash re-reads them from the source's history and completes the target.
 */
export const boekRegelsOver =
  (w: ConceptWiring) =>
  async (input: unknown, context: CommandContext): Resultaat => {
    const decoded = decodeWith(BoekRegelsOverInput, 'BoekRegelsOver', input)
    if (isLeft(decoded)) return decoded
    const opdracht = decoded.right
    const van = await boekAf(w, opdracht, context)
    if (isLeft(van)) return van
    const { events, valuta } = van.right
    const overgeboekt = events.find((event) => event.type === 'ConceptRegelsOvergeboekt')
    if (overgeboekt?.type !== 'ConceptRegelsOvergeboekt') return right({ concepten: [], warnings: [] })
    const naar = await w.opConcept(neemOver(opdracht, regelsVan(overgeboekt.data), valuta), context)
    if (isLeft(naar)) return naar
    return right({
      concepten: [{ conceptId: opdracht.vanConceptId, events, duplicate: false }, ...naar.right.concepten],
      warnings: [],
    })
  }

/** The target's side of the move: it takes the lines in the source's valuta. */
const neemOver = (opdracht: BoekRegelsOverInput, regels: readonly ConceptRegel[], valuta: string): ConceptCommand => ({
  type: 'NeemRegelsOver',
  administratie: opdracht.administratie,
  conceptId: opdracht.naarConceptId,
  vanConceptId: opdracht.vanConceptId,
  regels,
  valuta,
})

/**
 * The source's side, once per command id: it records the moved lines after checking the target would take them.
 * Gives the source's events for the command and its valuta, which the target's side takes the lines in.
 */
const boekAf = (
  w: ConceptWiring,
  opdracht: BoekRegelsOverInput,
  context: CommandContext,
): Promise<Either<ConceptFout, { events: readonly ConceptEvent[]; valuta: string }>> => {
  const { administratie, vanConceptId, naarConceptId, regelIds } = opdracht
  const streamId = conceptStreamId(administratie, vanConceptId)
  return retryOnConflict(streamId, w.retry, async () => {
    const bron = await w.laadConcept(administratie, vanConceptId)
    const valuta = bron.state.kop?.valuta as string
    const eerder = bron.eventsByCommandId.get(context.commandId)
    if (eerder) return right({ events: [...eerder], valuta })
    const decision = conceptDecider.decide(
      { type: 'BoekRegelsOver', administratie, conceptId: vanConceptId, naarConceptId, regelIds },
      bron.state,
    )
    if (isLeft(decision)) return decision
    const events = decisionEvents(decision.right)
    const overgeboekt = events[0]
    if (overgeboekt?.type === 'ConceptRegelsOvergeboekt') {
      const doel = await w.laadConcept(administratie, naarConceptId)
      const proef = conceptDecider.decide(neemOver(opdracht, regelsVan(overgeboekt.data), valuta), doel.state)
      if (isLeft(proef)) return proef
    }
    const keptIn = { decider: conceptDecider, cache: w.options.cache }
    await w.appendAtomisch([appendPart(streamId, conceptRegistry, events, bron.expectedRevision, context, keptIn)])
    return right({ events: [...events], valuta })
  })
}
