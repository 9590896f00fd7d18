import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { FactuurCommand } from '../../factuur'
import type { CockpitServiceFout, GemaakteFactuur } from '../resultaten'
import type { CockpitWiring } from '../wiring'
import { stap } from './stap'

/** The command that creates an invoice. */
export type MaakFactuur = Extract<FactuurCommand, { type: 'MaakFactuur' }>

/**
 * Creates (if needed) and numbers one invoice; every step is skipped when already done. `command` may be left out
 * only for an invoice that exists already.
 */
export const maakEnNummer = async (
  w: CockpitWiring,
  command: MaakFactuur | undefined,
  administratie: string,
  factuurId: string,
  context: CommandContext,
): Promise<Either<CockpitServiceFout, GemaakteFactuur>> => {
  let state = await w.laadFactuur(administratie, factuurId)
  if (!state.aangemaakt) {
    if (!command) throw new Error(`Factuur ${factuurId} should exist`)
    const gemaakt = await w.factuur(command, stap(context, `maak:${administratie}:${factuurId}`))
    // Another process made this staged invoice a moment ago: the same invoice, carry on with it.
    if (isLeft(gemaakt) && gemaakt.left.code !== 'FACTUUR_BESTAAT_AL') return gemaakt
    state = await w.laadFactuur(administratie, factuurId)
  }
  if (state.factuurnummer !== undefined) return right({ factuurId, factuurnummer: state.factuurnummer })
  const integratiesoort = state.integratiesoort
  if (!integratiesoort) throw new Error(`Factuur ${factuurId} has no integratiesoort`)
  const nummer = await w.deps.nummering.kenNummerToe(
    { administratie, integratiesoort, factuurId, creditnota: state.creditnota !== undefined },
    stap(context, `nummer:${administratie}:${factuurId}`),
  )
  if (isLeft(nummer)) return nummer
  const gefactureerd = await w.factuur(
    { type: 'RegistreerFactuurnummer', administratie, factuurId, ...nummer.right },
    stap(context, `gefactureerd:${administratie}:${factuurId}`),
  )
  if (isLeft(gefactureerd)) return gefactureerd
  return right({ factuurId, factuurnummer: nummer.right.factuurnummer })
}
