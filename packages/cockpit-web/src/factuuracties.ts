import type { CommandContext } from '@factuurstroom/eventsourcing'
import type { Facturatiecockpit, FactuurRij } from './facturatie'
import { Invoerfout } from './invoerfout'

/** Form fields each action takes (R20); anything else is refused, never ignored. `_csrf` is the form's token. */
const OPTIES = {
  journaliseren: ['boekdatum'],
  verstrekken: ['rapporten'],
} as const

export type Actie = keyof typeof OPTIES
export const isActie = (naam: string): naam is Actie => naam in OPTIES

const alleenBekend = (actie: Actie, velden: Record<string, unknown>) => {
  for (const [veld, waarde] of Object.entries(velden)) {
    if (veld !== '_csrf' && !(OPTIES[actie] as readonly string[]).includes(veld)) {
      throw new Invoerfout(veld, String(waarde), `${actie} kent deze optie niet (wel: ${OPTIES[actie].join(', ')})`)
    }
  }
}

const tekst = (veld: string, waarde: unknown): string | undefined => {
  if (waarde === undefined || waarde === '') return undefined
  if (typeof waarde !== 'string') throw new Invoerfout(veld, String(waarde), 'geef één waarde')
  return waarde.trim()
}

/** Runs one action on one invoice; the cockpit decodes the values and keeps it idempotent per command id. */
export const voerActieUit = (
  cockpit: Facturatiecockpit,
  actie: Actie,
  factuur: FactuurRij,
  velden: Record<string, unknown>,
  context: CommandContext,
) => {
  alleenBekend(actie, velden)
  const verwijzing = { administratie: factuur.administratie, factuurId: factuur.factuurId }
  if (actie === 'journaliseren') {
    const boekdatum = tekst('boekdatum', velden.boekdatum)
    return cockpit.journaliseer({ ...verwijzing, ...(boekdatum ? { boekdatum } : {}) }, context)
  }
  const rapporten = tekst('rapporten', velden.rapporten)
  return cockpit.verstrek(
    { ...verwijzing, ...(rapporten ? { rapporten: rapporten.split(',').map((r) => r.trim()) } : {}) },
    context,
  )
}
