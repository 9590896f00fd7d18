import { left, right } from 'fp-ts/lib/Either.js'
import type { Partij } from '../gedeeld/partij'
import type { JournaliseringsInrichting } from '../journalisering/inrichting'
import type { Integratiesoort } from '../journalisering/integratiesoort'
import { administratieNietIngericht } from './errors'
import {
  type BtwCodeKeuze,
  type BtwInstellingen,
  bepaalBtwCode,
  integratiedagboek,
  journaliseringsInrichting,
  type NummerendDagboek,
  nummerendDagboek,
} from './snapshot'
import type { Inrichtingsantwoord, InrichtingWiring } from './wiring'

/**
 * What other services ask the set-up, each answered from the administratie's folded set-up (snapshot.ts holds the
 * rules); one line each, so they share this module.
 */
export const inrichtingVragen = (w: InrichtingWiring) => ({
  integratiedagboek: async (
    administratie: string,
    integratiesoort: Integratiesoort,
    creditnota = false,
  ): Inrichtingsantwoord<NummerendDagboek> =>
    integratiedagboek(await w.laad(administratie), administratie, integratiesoort, creditnota),

  nummerendDagboek: async (administratie: string, dagboek: string): Inrichtingsantwoord<NummerendDagboek> =>
    nummerendDagboek(await w.laad(administratie), administratie, dagboek),

  journaliseringsInrichting: async (
    administratie: string,
    integratiesoort: Integratiesoort,
    creditnota = false,
  ): Inrichtingsantwoord<JournaliseringsInrichting> =>
    journaliseringsInrichting(await w.laad(administratie), administratie, integratiesoort, creditnota),

  btwInstellingen: async (administratie: string): Inrichtingsantwoord<BtwInstellingen> => {
    const state = await w.laad(administratie)
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
  ): Inrichtingsantwoord<BtwCodeKeuze> =>
    bepaalBtwCode(await w.laad(administratie), administratie, btwPlicht, tariefgroep),

  administratiepartij: async (administratie: string): Promise<Partij | undefined> =>
    (await w.laad(administratie)).administratie?.partij,
})
