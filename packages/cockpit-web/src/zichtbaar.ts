import { alleFacturen, type Weergaven } from './facturatie'
import type { Gebruiker } from './gebruiker'

/**
 * The invoices a user may see (R12), as `administratie|factuurId`; undefined when they may see all. Open items and
 * journaalposten belong to an invoice, so they are shown for exactly these.
 */
export const zichtbareFacturen = (view: Weergaven, gebruiker: Gebruiker): Set<string> | undefined =>
  'alleRelaties' in gebruiker.autorisatie
    ? undefined
    : new Set(alleFacturen(view.facturen, gebruiker.autorisatie).rijen.map((f) => `${f.administratie}|${f.factuurId}`))
