/**
 * R12: a caller sees only concepts and invoices of relaties where they are hoofddeclarant or declarant, unless the
 * host authorised them for all relaties. The host decides who the caller is; views only filter.
 */
export type Autorisatie = { readonly alleRelaties: true } | { readonly medewerker: string }

export interface Declaranten {
  readonly hoofddeclarant?: string
  readonly declarant?: string
}

export const alleRelaties: Autorisatie = { alleRelaties: true }

export const magZien = (autorisatie: Autorisatie | undefined, declaranten: Declaranten | undefined): boolean => {
  if (autorisatie === undefined || 'alleRelaties' in autorisatie) return true
  if (declaranten === undefined) return false
  return declaranten.hoofddeclarant === autorisatie.medewerker || declaranten.declarant === autorisatie.medewerker
}
