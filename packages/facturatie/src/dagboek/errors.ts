import type { DomainError } from '@factuurstroom/eventsourcing'

/** Every code a dagboek can refuse with; codes are stable. */
export type DagboekFoutCode =
  | 'REEKS_GEWIJZIGD'
  | 'NUMMERREEKS_VOL'
  | 'NUMMER_AL_UITGEGEVEN'
  | 'NUMMER_BUITEN_REEKS'
  | 'NUMMER_NIET_AANSLUITEND'
  | 'FACTUURNUMMER_NIET_TOEGEKEND'
  | 'FACTUURNUMMER_AFWIJKEND'
  | 'FACTUUR_AL_GEJOURNALISEERD'
  | 'FACTUUR_GEJOURNALISEERD'
  | 'DAGBOEK_AFWIJKEND'
/** A refusal by a dagboek rule, with its stable code. */
export type DagboekFout = DomainError<DagboekFoutCode>

const fout = (code: DagboekFoutCode, message: string, details: Record<string, unknown>): DagboekFout => ({
  code,
  message,
  details,
})

/** `REEKS_GEWIJZIGD`: a numbering command brings another series than the one the dagboek started numbering from. */
export const reeksGewijzigd = (dagboek: string) =>
  fout(
    'REEKS_GEWIJZIGD',
    `Dagboek ${dagboek} numbers from another series than the one now given; a series cannot change once used. Set up a new dagboek for a new series.`,
    { dagboek },
  )

/** `NUMMERREEKS_VOL`: the dagboek's series has no number left; nothing was issued. */
export const nummerreeksVol = (dagboek: string, tot: number) =>
  fout(
    'NUMMERREEKS_VOL',
    `The number series of dagboek ${dagboek} is used up (up to ${tot}); nothing was issued. Set up a new dagboek with a series of its own and point the integratiesoort at it.`,
    { dagboek, tot },
  )

/** `NUMMER_AL_UITGEGEVEN` (R27): a manual booking asks for a number that has been issued already. */
export const nummerAlUitgegeven = (dagboek: string, volgnummer: number, factuurId: string | undefined) =>
  fout(
    'NUMMER_AL_UITGEGEVEN',
    `Number ${volgnummer} of dagboek ${dagboek} has already been issued${factuurId ? ` (to ${factuurId})` : ''}; an invoice number is used once (R27). Take the next free number.`,
    { dagboek, volgnummer, ...(factuurId ? { factuurId } : {}) },
  )

/** `NUMMER_BUITEN_REEKS`: a manual booking asks for a number outside the dagboek's series. */
export const nummerBuitenReeks = (dagboek: string, volgnummer: number, van: number, tot: number) =>
  fout(
    'NUMMER_BUITEN_REEKS',
    `Number ${volgnummer} lies outside the series of dagboek ${dagboek} (${van}–${tot}). Book it in the dagboek whose series holds it.`,
    { dagboek, volgnummer, van, tot },
  )

/** `NUMMER_NIET_AANSLUITEND` (R27): a manual booking asks for a number beyond the next free one, leaving a gap. */
export const nummerNietAansluitend = (dagboek: string, volgnummer: number, volgende: number) =>
  fout(
    'NUMMER_NIET_AANSLUITEND',
    `Number ${volgnummer} would leave a gap in dagboek ${dagboek}: the next free number is ${volgende}. Use ${volgende}.`,
    { dagboek, volgnummer, volgende },
  )

/** `FACTUURNUMMER_NIET_TOEGEKEND` (R30): journalising an invoice this dagboek never numbered. */
export const factuurnummerNietToegekend = (dagboek: string, factuurId: string) =>
  fout(
    'FACTUURNUMMER_NIET_TOEGEKEND',
    `Invoice ${factuurId} got no number from dagboek ${dagboek}, so it cannot be journalised there. Number it first (kenFactuurnummerToe) with the same integratiesoort.`,
    { dagboek, factuurId },
  )

/** `FACTUURNUMMER_AFWIJKEND` (R30): the invoice to journalise carries another number than the dagboek issued it. */
export const factuurnummerAfwijkend = (factuurId: string, gegeven: string, toegekend: string) =>
  fout(
    'FACTUURNUMMER_AFWIJKEND',
    `Invoice ${factuurId} carries number ${gegeven}, but the dagboek issued ${toegekend} to it. Journalise it with ${toegekend}.`,
    { factuurId, gegeven, toegekend },
  )

/** `FACTUUR_AL_GEJOURNALISEERD` (R30): the invoice is journalised in this dagboek already; it is frozen. */
export const factuurAlGejournaliseerd = (dagboek: string, factuurId: string, factuurnummer: string) =>
  fout(
    'FACTUUR_AL_GEJOURNALISEERD',
    `Invoice ${factuurnummer} (${factuurId}) is already journalised in dagboek ${dagboek}; it is frozen. To correct it, make a credit note that refers to it.`,
    { dagboek, factuurId, factuurnummer },
  )

/** For the Factuur aggregate: any change to a journalised invoice is refused with this error (R30). */
export const factuurGejournaliseerd = (factuurId: string, factuurnummer: string) =>
  fout(
    'FACTUUR_GEJOURNALISEERD',
    `Invoice ${factuurnummer} (${factuurId}) is journalised and therefore frozen; it cannot be changed. Make a credit note that refers to it instead (R31).`,
    { factuurId, factuurnummer },
  )

/** `DAGBOEK_AFWIJKEND` (R30): the journalising set-up names another dagboek than the one asked to journalise. */
export const dagboekAfwijkend = (dagboek: string, ingericht: string) =>
  fout(
    'DAGBOEK_AFWIJKEND',
    `The journalising set-up names dagboek ${ingericht}, not ${dagboek}. Journalise in the integratie-dagboek that numbered the invoice.`,
    { dagboek, ingericht },
  )
