import { Hono } from 'hono'
import { basicAuth } from 'hono/basic-auth'
import { cockpitWeb } from './app'
import type { Gebruiker } from './gebruiker'
import type { CockpitWebOpties } from './opties'

export interface DemoGebruiker extends Gebruiker {
  readonly wachtwoord: string
}

const naamUit = (request: Request): string | undefined => {
  const header = request.headers.get('authorization')
  if (!header?.startsWith('Basic ')) return undefined
  return Buffer.from(header.slice(6), 'base64').toString('utf8').split(':')[0]
}

/**
 * A demo host: HTTP Basic sign-in for a fixed list of users in front of the cockpit. A real host puts its own
 * session or SSO here; the cockpit only asks `gebruiker(request)`.
 */
export const demoCockpit = (opties: Omit<CockpitWebOpties, 'gebruiker'>, gebruikers: readonly DemoGebruiker[]) => {
  const perNaam = new Map(gebruikers.map((g) => [g.naam, g]))
  const app = new Hono()
  app.use(
    basicAuth({
      realm: 'Facturatiecockpit',
      verifyUser: (naam, wachtwoord) => perNaam.get(naam)?.wachtwoord === wachtwoord,
    }),
  )
  app.route(
    '/',
    cockpitWeb({
      ...opties,
      gebruiker: (request) => {
        const g = perNaam.get(naamUit(request) ?? '')
        return g && { naam: g.naam, autorisatie: g.autorisatie }
      },
    }),
  )
  return app
}
