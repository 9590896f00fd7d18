import type { Administratie, Nacalculatieregel } from './genereer'
import { bedragVan, werksoorten } from './tarieven'
import type { Toeval } from './toeval'

/**
 * Hours booked on the month's last working day after the invoicing run, for a handful of relaties (at most three per
 * administratie, about one in ten): one to three hour lines each on one of the relatie's projects. The job takes them
 * onto concepts and sets those factureerbaar; the next "factureren concepten" (the cockpit in a browser) invoices them.
 * Relaties that are blocked or collect their invoices on a verzamelfactuur are left out, so one action invoices them.
 */
export const nagekomenUren = (
  r: Toeval,
  adm: Omit<Administratie, 'nagekomen'>,
  index: number,
  laatsteWerkdag: string,
): ReadonlyMap<string, readonly Nacalculatieregel[]> => {
  const kandidaten = adm.relaties.filter(
    (relatie) => !relatie.geblokkeerd && !relatie.verzamelt && (adm.nacalculatie.get(relatie.nummer)?.length ?? 0) > 0,
  )
  const aantal = Math.min(3, Math.ceil(adm.relaties.length / 10), kandidaten.length)
  const nagekomen = new Map<string, Nacalculatieregel[]>()
  let teller = 0
  for (let i = 0; i < aantal; i++) {
    // One relatie from each of `aantal` equal stretches of the list: distinct, spread over the administratie.
    const relatie = kandidaten[Math.floor(((i + r.getal()) * kandidaten.length) / aantal)]
    if (!relatie) continue
    const projecten = [...new Set((adm.nacalculatie.get(relatie.nummer) ?? []).map((regel) => regel.project))]
    const project = r.kies(projecten)
    const regels: Nacalculatieregel[] = []
    for (let l = r.tussen(1, 3); l > 0; l--) {
      const werksoort = r.kies(werksoorten)
      const uren = (r.tussen(2, 16) / 4).toFixed(2)
      regels.push({
        regelId: `N${index + 1}-L${String(++teller).padStart(6, '0')}`,
        project,
        soort: 'uren',
        itemcode: werksoort.code,
        itemomschrijving: werksoort.naam,
        omschrijving: `${werksoort.naam} ${uren} uur`,
        aantal: uren,
        prijs: werksoort.prijs,
        bedrag: bedragVan(uren, werksoort.prijs),
        btwTariefgroep: 'hoog',
        integratiegroep: 'UREN',
        datum: laatsteWerkdag,
      })
    }
    nagekomen.set(relatie.nummer, regels)
  }
  return nagekomen
}
