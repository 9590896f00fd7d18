import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft, left, right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { Code } from '../../gedeeld/codecs'
import { factuurNietGejournaliseerd, journaalpostNietGeautoriseerd } from '../errors'
import type { Cockpituitkomst, Journaalpostinzage } from '../resultaten'
import type { CockpitWiring } from '../wiring'

const Factuurverwijzing = t.type({ administratie: Code, factuurId: Code })

/** R24: the journaalpost of an invoice, for an authorised caller only (`context.actor`). */
export const raadpleegJournaalpost =
  (w: CockpitWiring) =>
  async (input: unknown, context: Pick<CommandContext, 'actor'>): Cockpituitkomst<Journaalpostinzage> => {
    const decoded = decodeWith(Factuurverwijzing, 'RaadpleegJournaalpost', input)
    if (isLeft(decoded)) return decoded
    const { administratie, factuurId } = decoded.right
    if (!(await w.deps.autorisatie.magJournaalpostRaadplegen(context.actor, administratie))) {
      return left(journaalpostNietGeautoriseerd(context.actor, administratie))
    }
    const state = await w.laadFactuur(administratie, factuurId)
    if (!state.journalisering || state.factuurnummer === undefined) return left(factuurNietGejournaliseerd(factuurId))
    return right({ factuurId, factuurnummer: state.factuurnummer, ...state.journalisering })
  }
