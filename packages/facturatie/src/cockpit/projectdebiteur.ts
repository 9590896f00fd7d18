import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import { controleerHandmatigeProjectfactuurRelatie } from '../concept/controles'
import type { ConceptFout } from '../concept/errors'
import type { Factuuropdracht } from '../gedeeld/factuuropdracht'
import { type CockpitFout, facturerenAanNietIngesteld, projectOnbekend, relatieprofielOnbekend } from './errors'
import type { CockpitDeps } from './poorten'

/**
 * R13 for a manual project invoice: with "projecten factureren aan alle verkooprelaties" off, its verkooprelatie
 * must be the debiteur recorded in the project. R12's "factureren aan" stays apart from it: the invoice may still be
 * sent to another factuurrelatie when that is the debiteur's own "factureren aan" (the head office on purpose), but to
 * no other relatie.
 */
export const controleerProjectdebiteur = async (
  deps: Pick<CockpitDeps, 'instellingen' | 'projecten' | 'relaties'>,
  administratie: string,
  opdracht: Factuuropdracht,
): Promise<Either<CockpitFout | ConceptFout, void>> => {
  const project = opdracht.project
  if (!project || (await deps.instellingen.projectenFacturerenAanAlleVerkooprelaties(administratie))) {
    return right(undefined)
  }
  const debiteur = await deps.projecten.debiteur(administratie, project.nummer)
  if (debiteur === undefined) return left(projectOnbekend(administratie, project.nummer))
  const r13 = controleerHandmatigeProjectfactuurRelatie(
    { projectenFacturerenAanAlleVerkooprelaties: false },
    debiteur,
    opdracht.verkooprelatie.nummer,
  )
  if (isLeft(r13)) return r13
  const factuurrelatie = opdracht.factuurrelatie.nummer
  if (factuurrelatie === debiteur) return right(undefined)
  const profiel = await deps.relaties.profiel(administratie, debiteur)
  if (!profiel) return left(relatieprofielOnbekend(administratie, debiteur))
  return profiel.facturerenAan === factuurrelatie
    ? right(undefined)
    : left(facturerenAanNietIngesteld(debiteur, factuurrelatie, profiel.facturerenAan))
}
