import type { CommandContext } from '@factuurstroom/eventsourcing'
import { isLeft, left } from 'fp-ts/lib/Either.js'
import { Conceptfactuur, vanConcept } from '../../bronnen'
import { conceptfactureringUit } from '../errors'
import { ConceptoverdrachtenOpties } from '../opties'
import type { Cockpituitkomst, Runresultaat } from '../resultaten'
import { decodeerOpties, decodeRegels } from '../run/decodeer'
import { voerRunUit } from '../run/voer-run-uit'
import type { CockpitWiring } from '../wiring'

/**
 * R1/R20 factureren concepten for a host that invoiced the concepts itself (`conceptService.factureer`) and hands
 * over their ConceptGefactureerd data; only with concepts on.
 */
export const factureerConceptoverdrachten =
  (w: CockpitWiring) =>
  async (opties: unknown, concepten: unknown, context: CommandContext): Cockpituitkomst<Runresultaat> => {
    const o = decodeerOpties(ConceptoverdrachtenOpties, 'factureren concepten', opties)
    if (isLeft(o)) return o
    const { administratie } = o.right
    if (!(await w.conceptfactureringAan(administratie))) return left(conceptfactureringUit(administratie))
    const c = decodeRegels(Conceptfactuur, 'Conceptfactuur', concepten, administratie)
    if (isLeft(c)) return c
    const factuurdatum = c.right[0]?.factuuropdracht.factuurdatum ?? context.occurredAt.slice(0, 10)
    return voerRunUit(w, 'concepten', { ...o.right, factuurdatum }, c.right.flatMap(vanConcept), 0, true, context)
  }
