import type { DomainError } from '@factuurstroom/eventsourcing'

/** The stable codes of journalising's refusals (R29, R30, R33). */
export type JournaliseringsFoutCode =
  | 'INTEGRATIEGROEP_ZONDER_REKENING'
  | 'BTW_CODE_ONBEKEND'
  | 'BTW_PERCENTAGE_AFWIJKEND'
  | 'BTW_AFRONDINGSMODUS_AFWIJKEND'
  | 'BTW_BEREKENING_AFWIJKEND'
  | 'FACTUURKORTING_NIET_TOEGESTAAN'
  | 'GEEN_KORTINGREKENING'
  | 'ADMINISTRATIE_AFWIJKEND'
  | 'JOURNAALPOST_NIET_IN_BALANS'
/** A refusal to journalise an invoice; nothing is booked. */
export type JournaliseringsFout = DomainError<JournaliseringsFoutCode>

const fout = (
  code: JournaliseringsFoutCode,
  message: string,
  details?: Record<string, unknown>,
): JournaliseringsFout => (details ? { code, message, details } : { code, message })

/** A line's integratiegroep has no grootboekrekening in the set-up. */
export const integratiegroepZonderRekening = (administratie: string, integratiegroep: string, regelId: string) =>
  fout(
    'INTEGRATIEGROEP_ZONDER_REKENING',
    `Line ${regelId} has integratiegroep ${integratiegroep}, which has no grootboekrekening in administratie ${administratie}. Link the integratiegroep to a grootboekrekening in the set-up, then journalise again.`,
    { administratie, integratiegroep, regelId },
  )

/** The invoice uses a btw-code the administratie has not set up. */
export const btwCodeOnbekend = (administratie: string, btwCode: string) =>
  fout(
    'BTW_CODE_ONBEKEND',
    `btw-code ${btwCode} is not set up in administratie ${administratie}, so its VAT has no account. Set up the btw-code with its rate and VAT account.`,
    { administratie, btwCode },
  )

/** The invoice charges a btw-code at another rate than the set-up. */
export const btwPercentageAfwijkend = (btwCode: string, opFactuur: string, ingericht: string) =>
  fout(
    'BTW_PERCENTAGE_AFWIJKEND',
    `The invoice charges btw-code ${btwCode} at ${opFactuur} %, but the set-up says ${ingericht} %. Correct the invoice or the btw-code before journalising.`,
    { btwCode, opFactuur, ingericht },
  )

/** The invoice's VAT was rounded in another mode than the administratie's (R33). */
export const btwAfrondingsmodusAfwijkend = (opFactuur: string, ingericht: string) =>
  fout(
    'BTW_AFRONDINGSMODUS_AFWIJKEND',
    `The invoice's VAT was rounded ${opFactuur}, the administratie rounds ${ingericht} (R33: never mixed). Recompute the invoice's VAT with the administratie's mode.`,
    { opFactuur, ingericht },
  )

/** The VAT computation handed in does not match a recomputation from the invoice's lines. */
export const btwBerekeningAfwijkend = (veld: string, opgegeven: string, herberekend: string) =>
  fout(
    'BTW_BEREKENING_AFWIJKEND',
    `The VAT computation handed in does not match the invoice lines (${veld}: ${opgegeven}, recomputed ${herberekend}). Pass the berekenBtw result of exactly these lines.`,
    { veld, opgegeven, herberekend },
  )

/** A factuurkorting line under an integratiesoort that does not use factuurkorting (R29). */
export const factuurkortingNietToegestaan = (integratiesoort: string, regelId: string) =>
  fout(
    'FACTUURKORTING_NIET_TOEGESTAAN',
    `Line ${regelId} is a factuurkorting, but integratiesoort ${integratiesoort} does not use factuurkorting (R29). Switch on "factuurkorting gebruiken" for it or remove the discount line.`,
    { integratiesoort, regelId },
  )

/** The administratie has no grootboekrekening for factuurkorting. */
export const geenKortingrekening = (administratie: string) =>
  fout(
    'GEEN_KORTINGREKENING',
    `Administratie ${administratie} has no grootboekrekening for factuurkorting. Set one up with functie "kortingen".`,
    { administratie },
  )

/** The invoice is journalised with another administratie's set-up. */
export const administratieAfwijkend = (opdracht: string, inrichting: string) =>
  fout(
    'ADMINISTRATIE_AFWIJKEND',
    `The invoice belongs to administratie ${opdracht} but is journalised with the set-up of ${inrichting}. Journalise it in its own administratie.`,
    { opdracht, inrichting },
  )

/** The journaalpost built would not balance; nothing is booked. */
export const journaalpostNietInBalans = (debet: string, credit: string) =>
  fout(
    'JOURNAALPOST_NIET_IN_BALANS',
    `The journaalpost does not balance (debet ${debet}, credit ${credit}); nothing was booked. This points at inconsistent invoice data: check the lines and the VAT computation.`,
    { debet, credit },
  )
