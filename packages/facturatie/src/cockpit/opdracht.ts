import type { TeFacturerenRegel } from '../bronnen/te-factureren-regel'
import type { Regelherkomst } from '../factuur/commands'
import type { Factuuropdracht } from '../gedeeld/factuuropdracht'
import type { Factuurgroep } from './te-factureren/events'

/** The invoice a staged group makes: header from its first line, the lines in staging order. Pure, so a retry rebuilds the same invoice. */
export const opdrachtVan = (
  administratie: string,
  groep: Factuurgroep,
  regels: readonly TeFacturerenRegel[],
): Factuuropdracht => {
  const eerste = regels[0]
  if (!eerste) throw new Error(`Factuurgroep ${groep.factuurId} has no lines`)
  const apart = groep.bron !== 'verzamelfactuur'
  // A verzamelfactuur names the project its lines share; a concept over several projects hands it over per line (R16).
  const projectVan = (r: TeFacturerenRegel) => r.project ?? (apart ? undefined : r.regel.project)
  const project = regels.every((r) => projectVan(r)?.nummer === projectVan(eerste)?.nummer)
    ? projectVan(eerste)
    : undefined
  return {
    administratie,
    bron: groep.bron,
    bronId: groep.bronId,
    verkooprelatie: eerste.verkooprelatie,
    factuurrelatie: eerste.factuurrelatie,
    valuta: eerste.valuta,
    btwPlicht: eerste.btwPlicht,
    factuurdatum: groep.factuurdatum,
    regels: regels.map((r) => r.regel),
    ...(project ? { project } : {}),
    ...(eerste.betalingsconditie ? { betalingsconditie: eerste.betalingsconditie } : {}),
    ...(apart && eerste.bronOmschrijving ? { bronOmschrijving: eerste.bronOmschrijving } : {}),
    ...(apart && eerste.leverdatum ? { leverdatum: eerste.leverdatum } : {}),
    ...(apart ? (eerste.kop ?? {}) : {}),
  }
}

export const herkomstVan = (regel: TeFacturerenRegel): Regelherkomst => ({
  bron: regel.bron,
  bronId: regel.bronId,
  bronRegelId: regel.bronRegelId,
  teFacturerenRegelId: regel.id,
  ...(regel.conceptregels ? { conceptregels: regel.conceptregels } : {}),
})
