import type { DomainError } from '@factuurstroom/eventsourcing'

/** Every code a cockpit action can refuse with; codes are stable. */
export type CockpitFoutCode =
  | 'OPTIE_NIET_BESCHIKBAAR'
  | 'NACALCULATIE_VIA_CONCEPTEN'
  | 'CONCEPTFACTURERING_UIT'
  | 'BALIEFACTUUR_NIET_VIA_COCKPIT'
  | 'BRON_NIET_VIA_COCKPIT'
  | 'RELATIEPROFIEL_ONBEKEND'
  | 'RELATIE_INSTELLINGEN_ONBEKEND'
  | 'CONCEPTFACTURERING_NIET_AANGESLOTEN'
  | 'JOURNAALPOST_NIET_GEAUTORISEERD'
  | 'FACTUUR_NIET_GEJOURNALISEERD'
  | 'CREDITERING_LEEG'
  | 'ANDERE_ADMINISTRATIE'
  | 'PROJECT_ONBEKEND'
  | 'FACTUREREN_AAN_NIET_INGESTELD'
  | 'VERSTREKKING_MISLUKT'
  | 'OVERDRACHT_ONTBREEKT'

/** A refusal by a cockpit action, with its stable code. */
export type CockpitFout = DomainError<CockpitFoutCode>

const fout = (code: CockpitFoutCode, message: string, details: Record<string, unknown>): CockpitFout => ({
  code,
  message,
  details,
})

/** `OPTIE_NIET_BESCHIKBAAR` (R20): the action was given an option it does not have; nothing ran. */
export const optieNietBeschikbaar = (actie: string, opties: readonly string[], bekend: readonly string[]) =>
  fout(
    'OPTIE_NIET_BESCHIKBAAR',
    `Action "${actie}" has no option ${opties.join(', ')} (R20); it knows ${bekend.join(', ')}. Leave the option out: it is refused rather than ignored.`,
    { actie, opties, bekend },
  )

/** `NACALCULATIE_VIA_CONCEPTEN` (R1): "factureren nacalculatie" in an administratie that invoices through concepts. */
export const nacalculatieViaConcepten = (administratie: string) =>
  fout(
    'NACALCULATIE_VIA_CONCEPTEN',
    `Administratie ${administratie} invoices on the basis of concepts, so "factureren nacalculatie" does not exist (R1). Use "factureren concepten".`,
    { administratie },
  )

/** `CONCEPTFACTURERING_UIT` (R1): "factureren concepten" in an administratie that does not invoice through concepts. */
export const conceptfactureringUit = (administratie: string) =>
  fout(
    'CONCEPTFACTURERING_UIT',
    `Administratie ${administratie} does not invoice on the basis of concepts, so "factureren concepten" does not exist (R1). Use "factureren nacalculatie".`,
    { administratie },
  )

/** `BALIEFACTUUR_NIET_VIA_COCKPIT` (R18): a balie- or directfactuur asked to be invoiced from the cockpit. */
export const baliefactuurNietViaCockpit = () =>
  fout(
    'BALIEFACTUUR_NIET_VIA_COCKPIT',
    'Balie-/directfacturen can be consulted (and journalised) in the cockpit, but not invoiced from it (R18). Invoice them at the balie.',
    {},
  )

/** `BRON_NIET_VIA_COCKPIT` (R18): an invoice from a source the cockpit does not handle (bakkerij, flex, …). */
export const bronNietViaCockpit = (bron: string) =>
  fout(
    'BRON_NIET_VIA_COCKPIT',
    `${bron} invoices cannot be invoiced or journalised through the Facturatiecockpit (R18). Handle them in their own module.`,
    { bron },
  )

/** `RELATIEPROFIEL_ONBEKEND` (R19, R22): the relatie to invoice has no verkooprelatieprofiel in the host's data. */
export const relatieprofielOnbekend = (administratie: string, relatie: string) =>
  fout(
    'RELATIEPROFIEL_ONBEKEND',
    `Relatie ${relatie} in administratie ${administratie} has no verkooprelatieprofiel, so neither its verstrekkingswijze nor its collecting method is known (R19, R22). Link it to a profile and run the action again.`,
    { administratie, relatie },
  )

/** R6, R12: a factureerbaar concept's relatie is missing from the host's master data. */
export const relatieInstellingenOnbekend = (administratie: string, relatie: string) =>
  fout(
    'RELATIE_INSTELLINGEN_ONBEKEND',
    `Verkooprelatie ${relatie} in administratie ${administratie} has a factureerbaar concept but the host's master data has no concept settings for it (R6, R12). Add the relatie's settings and run "factureren concepten" again.`,
    { administratie, relatie },
  )

/** R1, R17: "factureren concepten" on a cockpit made without a concept source. */
export const conceptfactureringNietAangesloten = () =>
  fout(
    'CONCEPTFACTURERING_NIET_AANGESLOTEN',
    'The cockpit was made without a concept source, so "factureren concepten" cannot find the concepts (R1, R17). Pass `concepten: conceptPoort(conceptService(store), { store, inrichting, stamgegevens })` to facturatiecockpit.',
    {},
  )

/** `JOURNAALPOST_NIET_GEAUTORISEERD` (R24): the caller may not consult journaalposten in this administratie. */
export const journaalpostNietGeautoriseerd = (actor: string | undefined, administratie: string) =>
  fout(
    'JOURNAALPOST_NIET_GEAUTORISEERD',
    `${actor ?? 'An anonymous caller'} may not consult journaalposten in administratie ${administratie} (R24). Ask for the "Journaalpost" action to be authorised.`,
    { actor, administratie },
  )

/** `FACTUUR_NIET_GEJOURNALISEERD`: the journaalpost of a factuur that has not been journalised was asked for. */
export const factuurNietGejournaliseerd = (factuurId: string) =>
  fout(
    'FACTUUR_NIET_GEJOURNALISEERD',
    `Factuur ${factuurId} has not been journalised, so it has no journaalpost yet. Journalise it first.`,
    { factuurId },
  )

/** `CREDITERING_LEEG` (R31): a credit note for a factuur whose lines are all credited in full already; nothing made. */
export const crediteringLeeg = (factuurId: string) =>
  fout(
    'CREDITERING_LEEG',
    `Nothing is left to credit on factuur ${factuurId}: every line is credited in full. Nothing was made.`,
    { factuurId },
  )

/** `ANDERE_ADMINISTRATIE`: a source line handed to a run belongs to another administratie than the run's. */
export const andereAdministratie = (administratie: string, regel: string, regelAdministratie: string) =>
  fout(
    'ANDERE_ADMINISTRATIE',
    `The action runs in administratie ${administratie}, but line ${regel} belongs to ${regelAdministratie}. Invoice each administratie's lines in its own run.`,
    { administratie, regel, regelAdministratie },
  )

/** R13: a manual project invoice for a project the host's master data does not know. */
export const projectOnbekend = (administratie: string, project: string) =>
  fout(
    'PROJECT_ONBEKEND',
    `Project ${project} is not in the project master data of administratie ${administratie}, so its debiteur is unknown and "projecten factureren aan alle verkooprelaties" is off (R13). Add the project, or invoice without a project.`,
    { administratie, project },
  )

/** R12/R13: invoicing another relatie than the project's debiteur that is not its "factureren aan". */
export const facturerenAanNietIngesteld = (
  debiteur: string,
  factuurrelatie: string,
  facturerenAan: string | undefined,
) =>
  fout(
    'FACTUREREN_AAN_NIET_INGESTELD',
    `A manual project invoice for debiteur ${debiteur} goes to ${factuurrelatie}, but ${debiteur}'s "factureren aan" is ${facturerenAan ?? 'not set'} (R12), and "projecten factureren aan alle verkooprelaties" is off (R13). Send it to ${facturerenAan ?? debiteur}, or set "factureren aan" on relatie ${debiteur}.`,
    { debiteur, factuurrelatie, facturerenAan: facturerenAan ?? null },
  )

/** R22: the host's output failed (SMTP down, outbox not writable, …); nothing was recorded for this report. */
export const verstrekkingMislukt = (factuurId: string, rapport: string, wijze: string, oorzaak: string) =>
  fout(
    'VERSTREKKING_MISLUKT',
    `Report ${rapport} of factuur ${factuurId} could not be issued by ${wijze}: ${oorzaak}. The invoice stays "niet verwerkt" (R22); fix the cause and issue it again: reports already out are not issued twice.`,
    { factuurId, rapport, wijze, oorzaak },
  )

/**
 * R21: a staged invoice is made of a concept's hand-over (staged by reference), but neither the run nor the concept
 * port has that hand-over; no invoice of the batch was made.
 */
export const overdrachtOntbreekt = (factuurId: string, conceptId: string, overdracht: string) =>
  fout(
    'OVERDRACHT_ONTBREEKT',
    `Staged invoice ${factuurId} is made of the lines concept ${conceptId} handed over as ${overdracht} (its ConceptGefactureerd), but the concept port returned no such hand-over, so the invoice cannot be made (R21). Check that the cockpit's concept port reads the store the concepts live in; nothing was invoiced.`,
    { factuurId, conceptId, overdracht },
  )
