import type { ProjectInstellingen, VerkooprelatieInstellingen } from './instellingen'

/** The host's master data concepts are made and invoiced under (R6, R10, R12); what applied is recorded in events. */
export interface Conceptstamgegevens {
  /** Projecten / Beheer / Instellingen / Facturering of the administratie. */
  projectInstellingen(administratie: string): Promise<ProjectInstellingen> | ProjectInstellingen
  /** The verkooprelatie's concept settings; `undefined` for a relatie the host does not know. */
  relatieInstellingen(
    administratie: string,
    verkooprelatie: string,
  ): Promise<VerkooprelatieInstellingen | undefined> | VerkooprelatieInstellingen | undefined
  /** R16: the project's "apart factureren"; `undefined` for a project the host does not know. */
  apartFactureren(administratie: string, project: string): Promise<boolean | undefined> | boolean | undefined
}

const tekstVeld = (waarde: unknown, veld: string): string | undefined => {
  const v = typeof waarde === 'object' && waarde !== null ? (waarde as Record<string, unknown>)[veld] : undefined
  return typeof v === 'string' ? v : undefined
}

/**
 * Fills `projectInstellingen` and `relatieInstellingen` a command leaves out from the host's master data, before the
 * command is decoded: settings a host passes itself win. Anything malformed is left for the codec to name.
 */
export const vulStamgegevensAan = async (
  stamgegevens: Conceptstamgegevens | undefined,
  input: unknown,
): Promise<unknown> => {
  if (stamgegevens === undefined || typeof input !== 'object' || input === null || Array.isArray(input)) return input
  const administratie = tekstVeld(input, 'administratie')
  const relatie = tekstVeld((input as Record<string, unknown>).verkooprelatie, 'nummer')
  if (administratie === undefined) return input
  const aangevuld: Record<string, unknown> = { ...input }
  if (!('projectInstellingen' in input)) {
    aangevuld.projectInstellingen = await stamgegevens.projectInstellingen(administratie)
  }
  if (!('relatieInstellingen' in input) && relatie !== undefined) {
    const instellingen = await stamgegevens.relatieInstellingen(administratie, relatie)
    if (instellingen !== undefined) aangevuld.relatieInstellingen = instellingen
  }
  return aangevuld
}
