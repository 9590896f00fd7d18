import { Invoerfout } from '../invoerfout'
import type { Batchactie, Veld } from './actie'

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
const DATUM = /^\d{4}-\d{2}-\d{2}$/

/** A form's fields besides the action's options: its CSRF token. */
const FORMULIERVELDEN = ['_csrf']

const enkel = (veld: string, waarde: unknown): string => {
  if (typeof waarde !== 'string') throw new Invoerfout(veld, String(waarde), 'geef één waarde')
  return waarde.trim()
}

const code = (veld: string, waarde: string, melding: string): string => {
  if (!CODE.test(waarde)) throw new Invoerfout(veld, waarde, melding)
  return waarde
}

const lees = (veld: Veld, waarde: string): unknown => {
  switch (veld.soort) {
    case 'datum':
      if (!DATUM.test(waarde) || Number.isNaN(Date.parse(waarde))) {
        throw new Invoerfout(veld.naam, waarde, 'geef een datum als JJJJ-MM-DD')
      }
      return waarde
    case 'vlag':
      if (waarde !== 'ja') throw new Invoerfout(veld.naam, waarde, 'vink aan (ja) of laat leeg')
      return true
    case 'relaties':
      return waarde.split(',').map((r) => code(veld.naam, r.trim(), 'geef relatienummers gescheiden door komma’s'))
  }
}

/** The field names an action's form has: the administratie, the run id, its R20 options. */
export const veldnamen = (actie: Batchactie): string[] => ['administratie', 'runId', ...actie.velden.map((v) => v.naam)]

/**
 * Reads an action's post into the options its cockpit method takes. A field the action does not have is refused,
 * naming it and the options it does have; so is a malformed or missing value. Nothing has run when this throws.
 */
export const leesOpties = (
  actie: Batchactie,
  velden: Record<string, unknown>,
): { administratie: string; runId: string; opties: Record<string, unknown> } => {
  const bekend = veldnamen(actie)
  for (const [naam, waarde] of Object.entries(velden)) {
    if (!bekend.includes(naam) && !FORMULIERVELDEN.includes(naam)) {
      const wel = ['administratie', ...actie.velden.map((v) => v.naam)].join(', ')
      throw new Invoerfout(naam, String(waarde), `${actie.titel.toLowerCase()} kent deze optie niet (wel: ${wel})`)
    }
  }
  const administratie = code(
    'administratie',
    enkel('administratie', velden.administratie ?? ''),
    'kies een administratie',
  )
  const runId = code('runId', enkel('runId', velden.runId ?? ''), 'het formulier mist zijn run-id; laad het opnieuw')
  const opties: Record<string, unknown> = { administratie, ...(actie.metRunId ? { runId } : {}) }
  for (const veld of actie.velden) {
    const waarde = velden[veld.naam] === undefined ? '' : enkel(veld.naam, velden[veld.naam])
    if (waarde === '') {
      if (veld.verplicht) throw new Invoerfout(veld.naam, '', 'dit veld is verplicht')
      continue
    }
    opties[veld.naam] = lees(veld, waarde)
  }
  return { administratie, runId, opties }
}
