import type { weergaven } from '@factuurstroom/facturatie'

/** Who is looking, as the host says: their name and what R12 lets them see. */
export interface Gebruiker {
  readonly naam: string
  /** `{ alleRelaties: true }`, or `{ medewerker }` for someone who sees only the relaties they are (hoofd)declarant of. */
  readonly autorisatie: weergaven.Autorisatie
}

/**
 * The host's function that recognises the user of a request (its session, a header, single sign-on): undefined
 * means not signed in, and the cockpit answers 401 without showing anything.
 */
export type HerkenGebruiker = (request: Request) => Promise<Gebruiker | undefined> | Gebruiker | undefined
