import { btwregime } from '@factuurstroom/facturatie'
import type { Factuurdocument } from '../factuurdocument'
import { datumNl } from '../opmaak'

/** The legally required VAT statement (R32) for reverse charge, intra-EU supply and export, if any. */
export const btwVermelding = (document: Factuurdocument): string | undefined => {
  const btwId = document.partijen.afnemer.btwId
  switch (btwregime(document.btwPlicht)) {
    case 'verlegd':
      return `Btw verlegd. Btw-nummer afnemer: ${btwId}`
    case 'intracommunautair':
      return `Intracommunautaire levering (art. 138 Btw-richtlijn). Btw-nummer afnemer: ${btwId}`
    case 'export':
      return 'Export buiten de EU: 0% btw'
    case 'binnenland':
      return undefined
  }
}

/** The invoice's own facts under its title: number, dates, relatie, project, and for a credit note its original. */
export const kopregels = (document: Factuurdocument): [string, string][] => {
  const regels: [string, string][] = [
    [document.soort === 'creditnota' ? 'Creditnotanummer' : 'Factuurnummer', document.factuurnummer],
    ['Factuurdatum', datumNl(document.factuurdatum)],
    ['Leverdatum', datumNl(document.leverdatum)],
  ]
  if (document.vervaldatum && document.soort === 'factuur') regels.push(['Vervaldatum', datumNl(document.vervaldatum)])
  regels.push(['Relatienummer', document.factuurrelatie.nummer])
  if (document.project) regels.push(['Project', `${document.project.nummer} ${document.project.omschrijving}`])
  if (document.creditnota) {
    const datum = document.creditnota.origineelFactuurdatum
    regels.push([
      'Creditnota op factuur',
      datum
        ? `${document.creditnota.origineelFactuurnummer} van ${datumNl(datum)}`
        : document.creditnota.origineelFactuurnummer,
    ])
  }
  return regels
}
