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
    const { journalisering, factuurnummer } = await w.laadFactuur(administratie, factuurId)
    if (!journalisering || factuurnummer === undefined) return left(factuurNietGejournaliseerd(factuurId))
    const { dagboek, boekdatum } = journalisering
    // The invoice refers to its booking; the journaalpost itself is the dagboek's.
    const boeking = await w.deps.journalisering.boeking(administratie, dagboek, factuurId)
    if (!boeking) return left(factuurNietGejournaliseerd(factuurId))
    const { journaalpost, openstaandePost } = boeking
    return right({ factuurId, factuurnummer, dagboek, boekdatum, journaalpost, openstaandePost })
  }
