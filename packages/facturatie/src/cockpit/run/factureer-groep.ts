import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft } from 'fp-ts/lib/Either.js'
import type { TeFacturerenRegel } from '../../bronnen/te-factureren-regel'
import { herkomstVan, opdrachtVan } from '../opdracht'
import type { CockpitServiceFout, GemaakteFactuur } from '../resultaten'
import type { Factuurgroep } from '../te-factureren'
import type { CockpitWiring } from '../wiring'
import { type MaakFactuur, maakEnNummer } from './maak-en-nummer'
import { maakFactuurcommand } from './maak-factuurcommand'

/** Makes and numbers the invoice of one staged group; the command is built only while the invoice does not exist. */
export const factureerGroep = async (
  w: CockpitWiring,
  administratie: string,
  groep: Factuurgroep,
  regels: readonly TeFacturerenRegel[],
  context: CommandContext,
): Promise<Either<CockpitServiceFout, GemaakteFactuur>> => {
  if (regels.length === 0) throw new Error(`Factuurgroep ${groep.factuurId} has no lines`)
  let command: MaakFactuur | undefined
  const bestaand = await w.laadFactuur(administratie, groep.factuurId)
  if (!bestaand.aangemaakt) {
    const gemaakt = await maakFactuurcommand(w, {
      administratie,
      factuurId: groep.factuurId,
      integratiesoort: groep.integratiesoort,
      opdracht: opdrachtVan(administratie, groep, regels),
      herkomst: Object.fromEntries(regels.map((r) => [r.id, herkomstVan(r)])),
    })
    if (isLeft(gemaakt)) return gemaakt
    command = { ...gemaakt.right, runId: groep.runId }
  }
  return maakEnNummer(w, command, administratie, groep.factuurId, context)
}
