import type { Gebruiker } from '@factuurstroom/cockpit-web'

/** The demo's two users, each with password `demo`: one sees every relatie, one only those of medewerker MW001. */
export const DEMO_GEBRUIKERS: Readonly<Record<string, Gebruiker>> = {
  beheerder: { naam: 'beheerder', autorisatie: { alleRelaties: true } },
  MW001: { naam: 'MW001', autorisatie: { medewerker: 'MW001' } },
}

/** HTTP Basic authentication against the demo users: enough for a demo on 127.0.0.1, never for production. */
export const demoGebruiker = (request: Request): Gebruiker | undefined => {
  const kop = request.headers.get('authorization')
  if (kop === null || !kop.startsWith('Basic ')) return undefined
  const [naam = '', wachtwoord] = Buffer.from(kop.slice(6), 'base64').toString('utf8').split(':')
  return wachtwoord === 'demo' ? DEMO_GEBRUIKERS[naam] : undefined
}
