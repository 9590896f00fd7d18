import type { WeergaveEvent } from './registry'

/**
 * R12: a caller sees only relaties where they are hoofddeclarant or declarant, unless the host authorised them for
 * all relaties (`alleRelaties`, e.g. an auditor). Every query takes one; there is no default, so a forgotten
 * argument is a compile error, and at run time (a JavaScript caller) a `GeenAutorisatieError`. The host decides who
 * the caller is; views only filter.
 */
export type Autorisatie = { readonly alleRelaties: true } | { readonly medewerker: string }

/** Who is hoofddeclarant and declarant of a relatie (R12); either may be absent. */
export interface Declaranten {
  readonly hoofddeclarant?: string
  readonly declarant?: string
}

/** The authorisation of a caller who may see every relatie, e.g. an auditor. */
export const alleRelaties: Autorisatie = { alleRelaties: true }

/** A query was called without an authorisation: nothing is shown. */
export class GeenAutorisatieError extends Error {
  override readonly name = 'GeenAutorisatieError'
  readonly code = 'AUTORISATIE_ONTBREEKT'
  constructor(readonly waarde: unknown) {
    super(
      `autorisatie is ${JSON.stringify(waarde) ?? String(waarde)}: pass { medewerker: '<code>' } for a user, or alleRelaties for a caller that may see every relatie`,
    )
  }
}

/** The authorisation itself, or a `GeenAutorisatieError` when it is missing or malformed (fail closed). */
export const vereisAutorisatie = (autorisatie: Autorisatie): Autorisatie => {
  const a = autorisatie as unknown
  if (a !== null && typeof a === 'object') {
    if ('alleRelaties' in a && a.alleRelaties === true) return autorisatie
    if ('medewerker' in a && typeof a.medewerker === 'string' && a.medewerker !== '') return autorisatie
  }
  throw new GeenAutorisatieError(a)
}

/**
 * R12: whether a caller may see a relatie with these declaranten; throws `GeenAutorisatieError` without an
 * authorisation.
 */
export const magZien = (autorisatie: Autorisatie, declaranten: Declaranten | undefined): boolean => {
  if ('alleRelaties' in vereisAutorisatie(autorisatie)) return true
  if (declaranten === undefined || !('medewerker' in autorisatie)) return false
  return declaranten.hoofddeclarant === autorisatie.medewerker || declaranten.declarant === autorisatie.medewerker
}

/** Per `administratie|relatie`: the declarant assignment that held at the view's position in the log. */
export type Toewijzingen = Map<string, Declaranten>

/** The key of a relatie's assignment in `Toewijzingen`: `<administratie>|<relatie>`. */
export const toewijzingSleutel = (administratie: string, relatie: string): string => `${administratie}|${relatie}`

const alleen = ({ hoofddeclarant, declarant }: Declaranten): Declaranten => ({
  ...(hoofddeclarant === undefined ? {} : { hoofddeclarant }),
  ...(declarant === undefined ? {} : { declarant }),
})

/** One relatie's declarant assignment, under its `toewijzingSleutel`. */
export interface Toewijzing {
  readonly sleutel: string
  readonly declaranten: Declaranten
}

/**
 * Which relatie's assignment an event sets, and to what: an explicit `DeclarantenToegewezen`, or the relatie
 * settings a concept recorded when it was opened or invoiced. The latest in the log holds from its moment on.
 */
export const toewijzingUit = (event: WeergaveEvent): Toewijzing | undefined => {
  switch (event.type) {
    case 'DeclarantenToegewezen':
      return {
        sleutel: toewijzingSleutel(event.data.administratie, event.data.verkooprelatie),
        declaranten: alleen(event.data),
      }
    case 'ConceptGeopend':
      return {
        sleutel: toewijzingSleutel(event.data.administratie, event.data.verkooprelatie.nummer),
        declaranten: alleen(event.data.relatieInstellingen),
      }
    case 'ConceptGefactureerd':
      return {
        sleutel: toewijzingSleutel(event.data.administratie, event.data.factuuropdracht.verkooprelatie.nummer),
        declaranten: alleen(event.data.relatieInstellingen),
      }
    default:
      return undefined
  }
}

/** Folds an event's assignment, if it has one, into a view's `Toewijzingen`. */
export const volgToewijzing = (toewijzingen: Toewijzingen, event: WeergaveEvent): void => {
  const t = toewijzingUit(event)
  if (t) toewijzingen.set(t.sleutel, t.declaranten)
}

/** A row test for a relatie column: may `autorisatie` see relatie `relatie` of `administratie`? */
export const zichtbaarVoor = (toewijzingen: Toewijzingen, autorisatie: Autorisatie) => {
  if ('alleRelaties' in vereisAutorisatie(autorisatie))
    return (_administratie: string, _relatie: string | undefined) => true
  return (administratie: string, relatie: string | undefined): boolean =>
    relatie !== undefined && magZien(autorisatie, toewijzingen.get(toewijzingSleutel(administratie, relatie)))
}
