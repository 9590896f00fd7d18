import { randomUUID } from 'node:crypto'
import type { EventStore } from '@factuurstroom/eventsourcing'
import { type Context, Hono } from 'hono'
import { csrf } from 'hono/csrf'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import { isActie, voerActieUit } from './acties'
import { type Conceptfacturen, factureerConcepten } from './concepten-factureren'
import { conceptenPagina } from './concepten-pagina'
import { csrfTokens } from './csrf'
import { type Facturatiecockpit, herbouwWeergaven, magZien, type Weergaven } from './facturatie'
import { allePagina, nietVerwerktPagina, regelsPagina } from './facturen-paginas'
import { factuurPagina, zichtbareFactuur } from './factuur-pagina'
import { journaalPagina, openstaandePostenPagina } from './financieel-paginas'
import type { Gebruiker, WieIsHet } from './gebruiker'
import { type Html, html, pagina } from './html'
import { Invoerfout } from './invoerfout'

export interface CockpitWebOpties {
  /** The event store the views are folded from. */
  readonly store: EventStore
  /** The cockpit the actions run on (over the same store). */
  readonly cockpit: Facturatiecockpit
  /** Who the request is from and what they may see; the host's session or SSO decides. */
  readonly gebruiker: WieIsHet
  /** Now, as an ISO instant (commands' occurredAt, the open items' default peildatum). */
  readonly nu?: () => string
  /** Secret for the forms' CSRF tokens; hosts running several processes share one. Random per start by default. */
  readonly csrfGeheim?: Buffer
  /** The host's part of factureren concepten (R1); without it the Concepten page offers no invoicing. */
  readonly conceptfacturen?: Conceptfacturen
}

type Omgeving = { Variables: { gebruiker: Gebruiker } }

/** Bad input is 400, a missing right 403; any other domain refusal is a conflict with the state (409). */
const STATUS_BIJ_FOUT: Record<string, 400 | 403> = {
  DECODE_FAILED: 400,
  OPTIE_NIET_BESCHIKBAAR: 400,
  JOURNAALPOST_NIET_GEAUTORISEERD: 403,
}

/**
 * The Facturatiecockpit in a browser: server-rendered pages (no script needed) over the views folded from the store,
 * and the invoice actions as plain form posts. Returns a Hono app; serve it with `@hono/node-server` or any
 * Fetch-API host.
 */
export const cockpitWeb = (opties: CockpitWebOpties) => {
  const nu = opties.nu ?? (() => new Date().toISOString())
  const tokens = csrfTokens(opties.csrfGeheim)
  const app = new Hono<Omgeving>()
  const weergaven = async (): Promise<Weergaven> => (await herbouwWeergaven(opties.store)).view

  const toon = (
    c: Context<Omgeving>,
    titel: string,
    inhoud: Html,
    status: 200 | 400 | 403 | 404 | 409 = 200,
    melding?: string,
  ) => c.html(pagina(titel, c.get('gebruiker')?.naam ?? '—', inhoud, melding), status)

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
  // Origin check on every state-changing request; the form token below is the second line.
  app.use(csrf())
  app.use(async (c, next) => {
    const gebruiker = await opties.gebruiker(c.req.raw)
    if (!gebruiker) return c.html(pagina('Geen toegang', '—', html`<p>U bent niet aangemeld.</p>`), 403)
    c.set('gebruiker', gebruiker)
    await next()
  })

  app.get('/', async (c) =>
    toon(c, 'Niet verwerkte facturen', nietVerwerktPagina(await weergaven(), c.req.query(), c.get('gebruiker'))),
  )
  app.get('/facturen', async (c) =>
    toon(c, 'Alle facturen', allePagina(await weergaven(), c.req.query(), c.get('gebruiker'))),
  )
  app.get('/factuurregels', async (c) =>
    toon(c, 'Alle factuurregels', regelsPagina(await weergaven(), c.req.query(), c.get('gebruiker'))),
  )
  app.get('/concepten', async (c) => {
    const gebruiker = c.get('gebruiker')
    const token = opties.conceptfacturen ? tokens.token(gebruiker.naam) : undefined
    return toon(c, 'Concepten', conceptenPagina(await weergaven(), c.req.query(), gebruiker, token))
  })
  app.post('/concepten/factureren', async (c) => {
    const gebruiker = c.get('gebruiker')
    const velden = await c.req.parseBody({ all: true })
    if (!tokens.klopt(gebruiker.naam, velden._csrf)) return verlopen(c)
    if (!opties.conceptfacturen)
      return toon(c, 'Niet gevonden', html`<p>Deze cockpit factureert geen concepten.</p>`, 404)
    const view = await weergaven()
    const zichtbaar = (administratie: string, conceptId: string) => {
      const concept = view.concepten.concepten.get(`${administratie}|${conceptId}`)
      return concept !== undefined && magZien(gebruiker.autorisatie, concept.rij)
    }
    const uitkomst = await factureerConcepten(opties.cockpit, opties.conceptfacturen, velden, zichtbaar, {
      commandId: `web:factureren-concepten:${randomUUID()}`,
      occurredAt: nu(),
      actor: gebruiker.naam,
    })
    if (uitkomst._tag === 'Right') return c.redirect('/', 303)
    const inhoud = conceptenPagina(view, {}, gebruiker, tokens.token(gebruiker.naam))
    const fout = uitkomst.left
    return toon(c, 'Concepten', inhoud, STATUS_BIJ_FOUT[fout.code] ?? 409, `${fout.code}: ${fout.message}`)
  })
  app.get('/openstaande-posten', async (c) =>
    toon(
      c,
      'Openstaande posten per debiteur',
      openstaandePostenPagina(await weergaven(), c.req.query(), c.get('gebruiker'), nu().slice(0, 10)),
    ),
  )
  app.get('/journaal', async (c) =>
    toon(c, 'Journaal per dagboek en periode', journaalPagina(await weergaven(), c.req.query(), c.get('gebruiker'))),
  )

  const verlopen = (c: Context<Omgeving>) =>
    toon(
      c,
      'Geen toegang',
      html`<p>Het formulier is verlopen of komt niet van deze cockpit. Laad de pagina opnieuw.</p>`,
      403,
    )

  const factuurOf404 = async (c: Context<Omgeving>) => {
    const view = await weergaven()
    const factuur = zichtbareFactuur(
      view,
      c.get('gebruiker'),
      c.req.param('administratie') ?? '',
      c.req.param('factuurId') ?? '',
    )
    return { view, factuur }
  }
  const nietGevonden = (c: Context<Omgeving>) =>
    toon(c, 'Niet gevonden', html`<p>Deze factuur bestaat niet of u mag haar niet zien.</p>`, 404)

  app.get('/facturen/:administratie/:factuurId', async (c) => {
    const { view, factuur } = await factuurOf404(c)
    if (!factuur) return nietGevonden(c)
    const gebruiker = c.get('gebruiker')
    const titel = `Factuur ${factuur.factuurnummer ?? factuur.factuurId}`
    return toon(c, titel, await factuurPagina(view, opties.cockpit, factuur, gebruiker, tokens.token(gebruiker.naam)))
  })

  app.post('/facturen/:administratie/:factuurId/:actie', async (c) => {
    const gebruiker = c.get('gebruiker')
    const actie = c.req.param('actie')
    const velden = await c.req.parseBody({ all: true })
    if (!tokens.klopt(gebruiker.naam, velden._csrf)) return verlopen(c)
    if (!isActie(actie)) return toon(c, 'Niet gevonden', html`<p>Onbekende actie '${actie}'.</p>`, 404)
    const { view, factuur } = await factuurOf404(c)
    if (!factuur) return nietGevonden(c)
    const uitkomst = await voerActieUit(opties.cockpit, actie, factuur, velden, {
      commandId: `web:${actie}:${factuur.administratie}:${factuur.factuurId}:${randomUUID()}`,
      occurredAt: nu(),
      actor: gebruiker.naam,
    })
    const pad = `/facturen/${encodeURIComponent(factuur.administratie)}/${encodeURIComponent(factuur.factuurId)}`
    if (uitkomst._tag === 'Right') return c.redirect(pad, 303)
    const fout = uitkomst.left
    const titel = `Factuur ${factuur.factuurnummer ?? factuur.factuurId}`
    const inhoud = await factuurPagina(view, opties.cockpit, factuur, gebruiker, tokens.token(gebruiker.naam))
    return toon(c, titel, inhoud, STATUS_BIJ_FOUT[fout.code] ?? 409, `${fout.code}: ${fout.message}`)
  })

  app.notFound((c) => toon(c, 'Niet gevonden', html`<p>Deze pagina bestaat niet.</p>`, 404))
  app.onError((fout, c) => {
    if (fout instanceof Invoerfout) return toon(c, 'Ongeldige invoer', html``, 400, fout.message)
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
