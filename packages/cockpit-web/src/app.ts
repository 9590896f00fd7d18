import { Hono } from 'hono'
import { csrf } from 'hono/csrf'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import { html, pagina } from './html'
import { type CockpitApp, maakHulp, type Omgeving } from './hulp'
import { Invoerfout } from './invoerfout'
import type { CockpitWebOpties } from './opties'
import { acties } from './routes/acties'
import { concepten } from './routes/concepten'
import { factuur } from './routes/factuur'
import { lijsten } from './routes/lijsten'

const beveilig = (app: CockpitApp, opties: CockpitWebOpties): void => {
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    }),
  )
  // Origin check on every state-changing request; the form token is the second line.
  app.use(csrf())
  app.use(async (c, next) => {
    const gebruiker = await opties.gebruiker(c.req.raw)
    if (!gebruiker) return c.html(pagina('Geen toegang', '—', html`<p>U bent niet aangemeld.</p>`), 403)
    c.set('gebruiker', gebruiker)
    await next()
  })
}

/**
 * The Facturatiecockpit in a browser: server-rendered pages (no script needed) over the views folded from the store,
 * the invoice actions as plain form posts, and the batch actions run in the background with a status page. Returns a
 * Hono app; serve it with `@hono/node-server` or any Fetch-API host.
 */
export const cockpitWeb = (opties: CockpitWebOpties) => {
  const app = new Hono<Omgeving>()
  const hulp = maakHulp(opties)
  beveilig(app, opties)
  lijsten(app, hulp)
  concepten(app, hulp)
  factuur(app, hulp)
  acties(app, hulp)
  app.notFound((c) => hulp.toon(c, 'Niet gevonden', html`<p>Deze pagina bestaat niet.</p>`, 404))
  app.onError((fout, c) => {
    if (fout instanceof Invoerfout) return hulp.toon(c, 'Ongeldige invoer', html``, 400, fout.message)
    if (fout instanceof HTTPException && fout.status === 403) {
      return c.html(pagina('Geen toegang', '—', html`<p>Dit verzoek komt niet van deze cockpit.</p>`), 403)
    }
    console.error(fout)
    return c.html(
      pagina('Fout', '—', html`<p>Er ging iets mis. Probeer het opnieuw of neem contact op met beheer.</p>`),
      500,
    )
  })
  return app
}
