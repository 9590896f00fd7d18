import type { DomainError } from '@factuurstroom/eventsourcing'

export type CockpitFoutCode =
  | 'OPTIE_NIET_BESCHIKBAAR'
  | 'NACALCULATIE_VIA_CONCEPTEN'
  | 'CONCEPTFACTURERING_UIT'
  | 'BALIEFACTUUR_NIET_VIA_COCKPIT'
  | 'BRON_NIET_VIA_COCKPIT'
  | 'RELATIEPROFIEL_ONBEKEND'
  | 'JOURNAALPOST_NIET_GEAUTORISEERD'
  | 'FACTUUR_NIET_GEJOURNALISEERD'
  | 'CREDITERING_LEEG'
  | 'ANDERE_ADMINISTRATIE'
  | 'PROJECT_ONBEKEND'
  | 'FACTUREREN_AAN_NIET_INGESTELD'

export type CockpitFout = DomainError<CockpitFoutCode>

const fout = (code: CockpitFoutCode, message: string, details: Record<string, unknown>): CockpitFout => ({
  code,
  message,
  details,
})

export const optieNietBeschikbaar = (actie: string, opties: readonly string[], bekend: readonly string[]) =>
  fout(
    'OPTIE_NIET_BESCHIKBAAR',
    `Action "${actie}" has no option ${opties.join(', ')} (R20); it knows ${bekend.join(', ')}. Leave the option out: it is refused rather than ignored.`,
    { actie, opties, bekend },
  )

export const nacalculatieViaConcepten = (administratie: string) =>
  fout(
    'NACALCULATIE_VIA_CONCEPTEN',
    `Administratie ${administratie} invoices on the basis of concepts, so "factureren nacalculatie" does not exist (R1). Use "factureren concepten".`,
    { administratie },
  )

export const conceptfactureringUit = (administratie: string) =>
  fout(
    'CONCEPTFACTURERING_UIT',
    `Administratie ${administratie} does not invoice on the basis of concepts, so "factureren concepten" does not exist (R1). Use "factureren nacalculatie".`,
    { administratie },
  )

export const baliefactuurNietViaCockpit = () =>
  fout(
    'BALIEFACTUUR_NIET_VIA_COCKPIT',
    'Balie-/directfacturen can be consulted (and journalised) in the cockpit, but not invoiced from it (R18). Invoice them at the balie.',
    {},
  )

export const bronNietViaCockpit = (bron: string) =>
  fout(
    'BRON_NIET_VIA_COCKPIT',
    `${bron} invoices cannot be invoiced or journalised through the Facturatiecockpit (R18). Handle them in their own module.`,
    { bron },
  )

export const relatieprofielOnbekend = (administratie: string, relatie: string) =>
  fout(
    'RELATIEPROFIEL_ONBEKEND',
    `Relatie ${relatie} in administratie ${administratie} has no verkooprelatieprofiel, so neither its verstrekkingswijze nor its collecting method is known (R19, R22). Link it to a profile and run the action again.`,
    { administratie, relatie },
  )

export const journaalpostNietGeautoriseerd = (actor: string | undefined, administratie: string) =>
  fout(
    'JOURNAALPOST_NIET_GEAUTORISEERD',
    `${actor ?? 'An anonymous caller'} may not consult journaalposten in administratie ${administratie} (R24). Ask for the "Journaalpost" action to be authorised.`,
    { actor, administratie },
  )

export const factuurNietGejournaliseerd = (factuurId: string) =>
  fout(
    'FACTUUR_NIET_GEJOURNALISEERD',
    `Factuur ${factuurId} has not been journalised, so it has no journaalpost yet. Journalise it first.`,
    { factuurId },
  )

export const crediteringLeeg = (factuurId: string) =>
  fout(
    'CREDITERING_LEEG',
    `Nothing is left to credit on factuur ${factuurId}: every line is credited in full. Nothing was made.`,
    { factuurId },
  )

export const andereAdministratie = (administratie: string, regel: string, regelAdministratie: string) =>
  fout(
    'ANDERE_ADMINISTRATIE',
    `The action runs in administratie ${administratie}, but line ${regel} belongs to ${regelAdministratie}. Invoice each administratie's lines in its own run.`,
    { administratie, regel, regelAdministratie },
  )

export const projectOnbekend = (administratie: string, project: string) =>
  fout(
    'PROJECT_ONBEKEND',
    `Project ${project} is not in the project master data of administratie ${administratie}, so its debiteur is unknown and "projecten factureren aan alle verkooprelaties" is off (R13). Add the project, or invoice without a project.`,
    { administratie, project },
  )

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
