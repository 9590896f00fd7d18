import type { CommandContext, EventStore } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import type { Conceptfactuur } from '../bronnen/concepten'
import type { ConceptService } from '../concept'
import { type ConceptEvent, conceptRegistry } from '../concept/events'
import { conceptRegister } from '../concept/register'
import { conceptStreamId } from '../concept/sleutel'
import type { Conceptstamgegevens } from '../concept/stamgegevens'
import type { InrichtingService } from '../inrichting/service'
import { relatieInstellingenOnbekend } from './errors'
import type { PoortFout } from './poorten'

/** "Factureren concepten"'s source: the administratie's factureerbare concepts, each invoiced into its hand-over. */
export interface Conceptfacturering {
  /**
   * Invoices every factureerbaar concept of the administratie (R1, R11) as `factuurIdVoor(conceptId)` and returns
   * the hand-overs. A concept already invoiced under that factuurId (a resumed run, R21) returns its recorded
   * hand-over again instead of being skipped.
   */
  factureer(
    vraag: { administratie: string; factuurdatum: string; factuurIdVoor: (conceptId: string) => string },
    context: (conceptId: string) => CommandContext,
  ): Promise<Either<PoortFout, Conceptfactuur[]>>
  /**
   * The recorded hand-overs (each concept's `ConceptGefactureerd`) of these concepts under these factuurIds, for
   * making staged invoices outside the run that staged them by reference (R21). One not recorded is left out.
   */
  overdrachten(
    administratie: string,
    verwijzingen: readonly Overdrachtvraag[],
  ): Promise<Either<PoortFout, Conceptfactuur[]>>
}

/** A hand-over asked for by its concept and the factuurId it was invoiced as. */
export interface Overdrachtvraag {
  readonly conceptId: string
  readonly factuurId: string
}

type ConceptGefactureerdData = Extract<ConceptEvent, { type: 'ConceptGefactureerd' }>['data']

/** The hand-over a `ConceptGefactureerd` records. */
const alsOverdracht = (data: ConceptGefactureerdData): Conceptfactuur => {
  const { administratie, conceptId, factuurId, factuuropdracht, herkomst, projecten } = data
  return { administratie, conceptId, factuurId, factuuropdracht, herkomst, projecten }
}

/**
 * The concept service of issue 4 as the cockpit's source: settings from set-up (btw-codes, VAT rounding mode, R33)
 * and from the host's master data.
 */
export const conceptPoort = (
  concepten: ConceptService,
  deps: {
    /** The store the concepts live in: their register is read from its log. */
    readonly store: EventStore
    readonly inrichting: InrichtingService
    readonly stamgegevens: Conceptstamgegevens
  },
): Conceptfacturering => {
  const register = conceptRegister(deps.store)
  // The hand-overs of each administratie's last run in this process: recovering that run (R21) needs them again,
  // and reading back what this process just appended is what it must not do. One run per administratie is held.
  const laatsteRun = new Map<string, ReadonlyMap<string, Conceptfactuur>>()
  return {
    factureer: async ({ administratie, factuurdatum, factuurIdVoor }, context) => {
      const btw = await deps.inrichting.btwInstellingen(administratie)
      if (isLeft(btw)) return btw
      const projectInstellingen = await deps.stamgegevens.projectInstellingen(administratie)
      const bekend = await register(administratie)
      const facturen: Conceptfactuur[] = []
      for (const conceptId of bekend.geopend) {
        const factuurId = factuurIdVoor(conceptId)
        const state = await concepten.laad(administratie, conceptId)
        const hervat = bekend.gefactureerd.get(factuurId) === conceptId
        if (state.kop === undefined || (state.status !== 'factureerbaar' && !hervat)) continue
        const relatie = state.kop.verkooprelatie.nummer
        const relatieInstellingen = await deps.stamgegevens.relatieInstellingen(administratie, relatie)
        if (relatieInstellingen === undefined) return left(relatieInstellingenOnbekend(administratie, relatie))
        const projecten = []
        const nummers = new Set([
          state.kop.project?.nummer,
          ...[...state.regels.values()].map((r) => r.project?.nummer),
        ])
        for (const nummer of nummers) {
          if (nummer === undefined) continue
          const apartFactureren = await deps.stamgegevens.apartFactureren(administratie, nummer)
          if (apartFactureren !== undefined) projecten.push({ nummer, apartFactureren })
        }
        const gedaan = await concepten.factureer(
          {
            administratie,
            conceptId,
            factuurId,
            factuurdatum,
            projectInstellingen,
            relatieInstellingen,
            btwCodes: btw.right.btwCodes,
            btwAfrondingsmodus: btw.right.btwAfrondingsmodus,
            projecten,
          },
          context(conceptId),
        )
        if (isLeft(gedaan)) return gedaan
        for (const { events } of gedaan.right.concepten) {
          for (const event of events) if (event.type === 'ConceptGefactureerd') facturen.push(alsOverdracht(event.data))
        }
      }
      laatsteRun.set(administratie, new Map(facturen.map((factuur) => [factuur.factuurId, factuur])))
      return right(facturen)
    },
    overdrachten: async (administratie, verwijzingen) => {
      const facturen: Conceptfactuur[] = []
      const gehouden = laatsteRun.get(administratie)
      for (const { conceptId, factuurId } of verwijzingen) {
        const overdracht = gehouden?.get(factuurId)
        if (overdracht?.conceptId === conceptId) {
          facturen.push(overdracht)
          continue
        }
        for (const recorded of await deps.store.readStream(conceptStreamId(administratie, conceptId))) {
          if (recorded.type !== 'ConceptGefactureerd') continue
          const event = conceptRegistry.decode(recorded)
          if (isLeft(event)) return event
          if (event.right.type === 'ConceptGefactureerd' && event.right.data.factuurId === factuurId)
            facturen.push(alsOverdracht(event.right.data))
        }
      }
      return right(facturen)
    },
  }
}
