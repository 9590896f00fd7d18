import type { Autorisatie } from './facturatie'

/**
 * Who is asking and what they may see (R12). The host decides this from the request (its session, SSO header, …);
 * the cockpit only reads it. `naam` is the actor on every command, so R24's journaalpost right is the host's
 * `magJournaalpostRaadplegen(naam, administratie)`.
 */
export interface Gebruiker {
  /** The actor on every command the user starts. */
  readonly naam: string
  /** What the user may see (R12): `{ alleRelaties: true }` or `{ medewerker }`. */
  readonly autorisatie: Autorisatie
}

/** Undefined: nobody known, answered with 403 and nothing shown. */
export type WieIsHet = (request: Request) => Gebruiker | undefined | Promise<Gebruiker | undefined>
