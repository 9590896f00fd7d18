import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { Regelherkomst } from '../../factuur'
import type { Factuuropdracht } from '../../gedeeld/factuuropdracht'
import type { Integratiesoort } from '../../journalisering/integratiesoort'
import { metPartijen } from '../partijen'
import type { CockpitServiceFout } from '../resultaten'
import type { CockpitWiring } from '../wiring'
import type { MaakFactuur } from './maak-en-nummer'

/**
 * The command that creates an invoice for `opdracht` under the settings in force: the factuurrelatie's profile
 * (verstrekkingen, blocked), the VAT rounding mode (R33) and both parties as they stand now (R32).
 */
export const maakFactuurcommand = async (
  w: CockpitWiring,
  factuur: {
    administratie: string
    factuurId: string
    integratiesoort: Integratiesoort
    opdracht: Factuuropdracht
    herkomst: Record<string, Regelherkomst>
  },
): Promise<Either<CockpitServiceFout, MaakFactuur>> => {
  const { administratie, factuurId, integratiesoort, opdracht, herkomst } = factuur
  const profiel = await w.profielVan(administratie, opdracht.factuurrelatie.nummer)
  if (isLeft(profiel)) return profiel
  const modus = await w.deps.journalisering.btwAfrondingsmodus(administratie, integratiesoort)
  if (isLeft(modus)) return modus
  const metPartij = await metPartijen(w.deps, factuurId, opdracht, profiel.right)
  if (isLeft(metPartij)) return metPartij
  return right({
    type: 'MaakFactuur',
    administratie,
    factuurId,
    integratiesoort,
    opdracht: metPartij.right,
    btwAfrondingsmodus: modus.right,
    verstrekkingen: profiel.right.verstrekkingen,
    factuurrelatieGeblokkeerd: profiel.right.geblokkeerd,
    herkomst,
  })
}
