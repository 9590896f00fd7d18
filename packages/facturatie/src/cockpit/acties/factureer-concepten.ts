import type { CommandContext } from '@factuurstroom/eventsourcing'
import { isLeft, left } from 'fp-ts/lib/Either.js'
import { vanConcept } from '../../bronnen'
import { stap } from '../../gedeeld/stap'
import { conceptfactureringNietAangesloten, conceptfactureringUit } from '../errors'
import { ConceptenOpties } from '../opties'
import type { Cockpituitkomst, Runresultaat } from '../resultaten'
import { decodeerOpties } from '../run/decodeer'
import { voerRunUit } from '../run/voer-run-uit'
import type { OpVoortgang } from '../run/voortgang'
import { type CockpitWiring, metVoortgang } from '../wiring'

/**
 * R1/R17/R20 factureren concepten in one step: invoices every factureerbaar concept of the administratie under the
 * settings in force (through the `concepten` port), stages and makes the invoices; only with concepts on. Each
 * concept becomes invoice `<runId>-<conceptId>`, so the same runId resumes a run that stopped half way (R21). A
 * hand-over invoiced at once is staged by reference and its invoice made from the hand-over the port returned.
 */
export const factureerConcepten =
  (wiring: CockpitWiring) =>
  async (opties: unknown, context: CommandContext, opVoortgang?: OpVoortgang): Cockpituitkomst<Runresultaat> => {
    const w = metVoortgang(wiring, opVoortgang)
    const o = decodeerOpties(ConceptenOpties, 'factureren concepten', opties)
    if (isLeft(o)) return o
    const { administratie, runId, factuurdatum } = o.right
    if (!(await w.conceptfactureringAan(administratie))) return left(conceptfactureringUit(administratie))
    if (w.deps.concepten === undefined) return left(conceptfactureringNietAangesloten())
    await w.voortgang.meld({ fase: 'concepten' })
    const overdrachten = await w.deps.concepten.factureer(
      { administratie, factuurdatum, factuurIdVoor: (conceptId) => `${runId}-${conceptId}` },
      (conceptId) => stap(context, `${administratie}:${runId}:factureer-concept:${conceptId}`),
    )
    if (isLeft(overdrachten)) return overdrachten
    const regels = overdrachten.right.flatMap(vanConcept)
    const gehouden = new Map(overdrachten.right.map((overdracht) => [overdracht.factuurId, overdracht]))
    return voerRunUit(w, 'concepten', o.right, regels, 0, true, context, gehouden)
  }
