import type { DomainError } from '@factuurstroom/eventsourcing'

/** Every code set-up (and reading the set-up) can refuse with; codes are stable. */
export type InrichtingFoutCode =
  | 'ADMINISTRATIE_NIET_INGERICHT'
  | 'ADMINISTRATIE_IN_ANDERE_OMGEVING'
  | 'ADMINISTRATIE_BESTAAT_AL'
  | 'ADMINISTRATIE_ONBEKEND'
  | 'DAGBOEK_ONBEKEND'
  | 'DAGBOEK_BESTAAT_AL'
  | 'DAGBOEKTYPE_PAST_NIET'
  | 'GEEN_NUMMERREEKS'
  | 'PREFIX_ONGELDIG'
  | 'REEKS_ONGELDIG'
  | 'NUMMERREEKS_OVERLAPT'
  | 'NUMMERREEKS_AL_VASTGELEGD'
  | 'REKENING_ONBEKEND'
  | 'REKENING_FUNCTIE_PAST_NIET'
  | 'INTEGRATIEGROEP_AL_GEKOPPELD'
  | 'FUNCTIE_AL_INGERICHT'
  | 'OMSCHRIJVING_NIET_TOEGESTAAN'
  | 'GEEN_INTEGRATIEDAGBOEK'
  | 'INTEGRATIESOORT_NIET_VOOR_FACTUREN'
  | 'GEEN_DEBITEURENREKENING'
  | 'BTW_CODE_NIET_INGERICHT'
/** A refusal by a set-up rule, with its stable code. */
export type InrichtingFout = DomainError<InrichtingFoutCode>

const fout = (code: InrichtingFoutCode, message: string, details: Record<string, unknown>): InrichtingFout => ({
  code,
  message,
  details,
})

/** `ADMINISTRATIE_NIET_INGERICHT`: a set-up command or question for an administratie that was never set up. */
export const administratieNietIngericht = (administratie: string) =>
  fout(
    'ADMINISTRATIE_NIET_INGERICHT',
    `Administratie ${administratie} is not set up. Set it up first (richtAdministratieIn), naming its omgeving.`,
    { administratie },
  )

/** `ADMINISTRATIE_IN_ANDERE_OMGEVING`: setting up an administratie again under another omgeving than its own. */
export const administratieInAndereOmgeving = (administratie: string, omgeving: string, gevraagd: string) =>
  fout(
    'ADMINISTRATIE_IN_ANDERE_OMGEVING',
    `Administratie ${administratie} belongs to omgeving ${omgeving}, not ${gevraagd}. An administratie cannot move; set up a new one.`,
    { administratie, omgeving, gevraagd },
  )

/** `ADMINISTRATIE_BESTAAT_AL`: the omgeving holds the administratie code already, under another name. */
export const administratieBestaatAl = (omgeving: string, administratie: string) =>
  fout(
    'ADMINISTRATIE_BESTAAT_AL',
    `Omgeving ${omgeving} already holds administratie ${administratie} under another name. Use the existing name or another code.`,
    { omgeving, administratie },
  )

/** `ADMINISTRATIE_ONBEKEND`: a number series reserved for an administratie the omgeving does not hold. */
export const administratieOnbekend = (omgeving: string, administratie: string) =>
  fout(
    'ADMINISTRATIE_ONBEKEND',
    `Omgeving ${omgeving} has no administratie ${administratie}. Set the administratie up first.`,
    { omgeving, administratie },
  )

/** `DAGBOEK_ONBEKEND`: an integratiesoort or a numbering question names a dagboek that is not set up. */
export const dagboekOnbekend = (administratie: string, dagboek: string) =>
  fout(
    'DAGBOEK_ONBEKEND',
    `Administratie ${administratie} has no dagboek ${dagboek}. Set the dagboek up first (richtDagboekIn).`,
    { administratie, dagboek },
  )

/** `DAGBOEK_BESTAAT_AL`: setting up a dagboek again with another type, description or series. */
export const dagboekBestaatAl = (administratie: string, dagboek: string) =>
  fout(
    'DAGBOEK_BESTAAT_AL',
    `Dagboek ${dagboek} of administratie ${administratie} is already set up differently. Its type and number series cannot change once numbers may have been issued; set up a new dagboek instead.`,
    { administratie, dagboek },
  )

/** `DAGBOEKTYPE_PAST_NIET` (R26): an integratiesoort names a dagboek of the wrong type (OHW needs memoriaal). */
export const dagboektypePastNiet = (dagboek: string, type: string, vereist: string, integratiesoort: string) =>
  fout(
    'DAGBOEKTYPE_PAST_NIET',
    `Dagboek ${dagboek} is of type ${type}, but integratiesoort ${integratiesoort} needs a ${vereist} dagboek (R26). Choose a ${vereist} dagboek.`,
    { dagboek, type, vereist, integratiesoort },
  )

/** `GEEN_NUMMERREEKS`: a Verkoop dagboek set up without a series, or a dagboek without one asked for a number. */
export const geenNummerreeks = (administratie: string, dagboek: string) =>
  fout(
    'GEEN_NUMMERREEKS',
    `Dagboek ${dagboek} of administratie ${administratie} has no number series, so it cannot number invoices. A Verkoop dagboek needs its laatste factuurnummer (and an upper bound) filled in.`,
    { administratie, dagboek },
  )

/** `PREFIX_ONGELDIG`: a number series' prefix is not 1 to 5 letters or digits. */
export const prefixOngeldig = (prefix: string) =>
  fout(
    'PREFIX_ONGELDIG',
    `Prefix '${prefix}' is not 1 to 5 letters or digits. Choose a shorter prefix without spaces or symbols.`,
    { prefix },
  )

/** `REEKS_ONGELDIG`: a number series has no number to issue, or is given to a Memoriaal dagboek. */
export const reeksOngeldig = (reden: string, details: Record<string, unknown>) =>
  fout('REEKS_ONGELDIG', `The number series is invalid: ${reden}.`, details)

/** `NUMMERREEKS_OVERLAPT` (R27): the series could print a number another series in the omgeving prints too. */
export const nummerreeksOverlapt = (
  administratie: string,
  dagboek: string,
  ander: { administratie: string; dagboek: string; dagboektype: string },
) =>
  fout(
    'NUMMERREEKS_OVERLAPT',
    `The number series of dagboek ${dagboek} (administratie ${administratie}) could overlap that of ${ander.dagboektype} dagboek ${ander.dagboek} in administratie ${ander.administratie}: invoice numbers must be unique in the omgeving (R27). Choose another prefix or a range that does not meet the other.`,
    { administratie, dagboek, ander: { administratie: ander.administratie, dagboek: ander.dagboek } },
  )

/** `NUMMERREEKS_AL_VASTGELEGD`: the dagboek reserved another series (or type) in the omgeving before. */
export const nummerreeksAlVastgelegd = (administratie: string, dagboek: string) =>
  fout(
    'NUMMERREEKS_AL_VASTGELEGD',
    `Dagboek ${dagboek} of administratie ${administratie} already reserved another number series in the omgeving. Set it up with the series it reserved, or use a new dagboek code.`,
    { administratie, dagboek },
  )

/** `REKENING_ONBEKEND`: a btw-code names a grootboekrekening that is not set up. */
export const rekeningOnbekend = (administratie: string, rekening: string) =>
  fout(
    'REKENING_ONBEKEND',
    `Grootboekrekening ${rekening} is not set up in administratie ${administratie}. Set it up first.`,
    { administratie, rekening },
  )

/** `REKENING_FUNCTIE_PAST_NIET`: an account's functie does not fit its use (a btw-code, or integratiegroepen). */
export const rekeningFunctiePastNiet = (rekening: string, functie: string, vereist: string) =>
  fout(
    'REKENING_FUNCTIE_PAST_NIET',
    `Grootboekrekening ${rekening} has functie ${functie}, but ${vereist} is needed here. Choose an account with functie ${vereist}.`,
    { rekening, functie, vereist },
  )

/** `INTEGRATIEGROEP_AL_GEKOPPELD`: an integratiegroep already books on another grootboekrekening. */
export const integratiegroepAlGekoppeld = (integratiegroep: string, rekening: string) =>
  fout(
    'INTEGRATIEGROEP_AL_GEKOPPELD',
    `Integratiegroep ${integratiegroep} already books on grootboekrekening ${rekening}; a group maps to one account. Remove it there first or use another group.`,
    { integratiegroep, rekening },
  )

/** `FUNCTIE_AL_INGERICHT`: a second account with functie debiteuren or kortingen (one per administratie). */
export const functieAlIngericht = (functie: string, rekening: string) =>
  fout(
    'FUNCTIE_AL_INGERICHT',
    `Grootboekrekening ${rekening} already has functie ${functie}, which one administratie has once. Keep that account or change it.`,
    { functie, rekening },
  )

/** `OMSCHRIJVING_NIET_TOEGESTAAN` (R28): the omschrijving financieel does not fit the integratiesoort. */
export const omschrijvingNietToegestaan = (omschrijving: string, integratiesoort: string) =>
  fout(
    'OMSCHRIJVING_NIET_TOEGESTAAN',
    `Omschrijving financieel ${omschrijving} cannot be chosen for integratiesoort ${integratiesoort} (R28: project descriptions only for flows with projects, week levering only for ordermanagement, the projectfase description only with "journaliseren verkoopfacturen verdichten per projectfase" on).`,
    { omschrijving, integratiesoort },
  )

/** `GEEN_INTEGRATIEDAGBOEK` (R26): the invoice flow is not set up, so its invoices cannot be numbered. */
export const geenIntegratiedagboek = (administratie: string, integratiesoort: string) =>
  fout(
    'GEEN_INTEGRATIEDAGBOEK',
    `Administratie ${administratie} has no integratie-dagboek for integratiesoort ${integratiesoort}, so no invoice number can be determined and nothing can be invoiced (R26). Set up integratiesoort ${integratiesoort} with a Verkoop dagboek whose laatste factuurnummer is filled in.`,
    { administratie, integratiesoort },
  )

/** `INTEGRATIESOORT_NIET_VOOR_FACTUREN`: an OHW integratiesoort asked to number or journalise an invoice. */
export const integratiesoortNietVoorFacturen = (integratiesoort: string) =>
  fout(
    'INTEGRATIESOORT_NIET_VOOR_FACTUREN',
    `Integratiesoort ${integratiesoort} books onderhanden werk in a Memoriaal dagboek; it does not number or journalise invoices. Use the integratiesoort of the invoice flow.`,
    { integratiesoort },
  )

/** `GEEN_DEBITEURENREKENING`: journalising in an administratie without an account with functie debiteuren. */
export const geenDebiteurenrekening = (administratie: string) =>
  fout(
    'GEEN_DEBITEURENREKENING',
    `Administratie ${administratie} has no grootboekrekening with functie debiteuren, so no invoice can be journalised. Set one up.`,
    { administratie },
  )

/** `BTW_CODE_NIET_INGERICHT`: no btw-code is set up for the btw-plicht and tariefgroep. */
export const btwCodeNietIngericht = (administratie: string, btwPlicht: string, tariefgroep: string) =>
  fout(
    'BTW_CODE_NIET_INGERICHT',
    `Administratie ${administratie} has no btw-code for btw-plicht ${btwPlicht} with tariefgroep ${tariefgroep}. Set one up with its rate and VAT account.`,
    { administratie, btwPlicht, tariefgroep },
  )
