import { laadFactuurdocument, maakPdf } from '@factuurstroom/documenten'
import { factuurPagina } from '../factuur-pagina'
import { isActie, voerActieUit } from '../factuuracties'
import { html } from '../html'
import type { CockpitApp, Hulp, Verzoek } from '../hulp'

/** Path of an invoice's page. */
export const factuurpad = (administratie: string, factuurId: string) =>
  `/facturen/${encodeURIComponent(administratie)}/${encodeURIComponent(factuurId)}`

/**
 * One invoice: its page (lines, actions, journaalpost with R24's right), its PDF, and the actions on it
 * (journaliseren, verstrekken). An invoice the user may not see (R12) is a 404 everywhere, like one that does not exist.
 */
export const factuur = (app: CockpitApp, hulp: Hulp): void => {
  const { toon, opties } = hulp

  /** The invoice from the cockpit's source (the fold or the view tables), or undefined for a 404 (R12 included). */
  const factuurOf404 = (c: Verzoek) =>
    hulp.bron.factuur(c.get('gebruiker').autorisatie, {
      administratie: c.req.param('administratie') ?? '',
      factuurId: c.req.param('factuurId') ?? '',
    })
  const nietGevonden = (c: Verzoek) =>
    toon(c, 'Niet gevonden', html`<p>Deze factuur bestaat niet of u mag haar niet zien.</p>`, 404)

  app.get('/facturen/:administratie/:factuurId', async (c) => {
    const inzage = await factuurOf404(c)
    if (!inzage) return nietGevonden(c)
    const f = inzage.factuur
    const gebruiker = c.get('gebruiker')
    const inhoud = await factuurPagina(inzage, opties.cockpit, gebruiker, hulp.tokens.token(gebruiker.naam))
    return toon(c, `Factuur ${f.factuurnummer ?? f.factuurId}`, inhoud)
  })

  app.get('/facturen/:administratie/:factuurId/pdf', async (c) => {
    const f = (await factuurOf404(c))?.factuur
    if (!f) return nietGevonden(c)
    const document = await laadFactuurdocument(opties.store, f.administratie, f.factuurId)
    if (document._tag === 'Left') {
      const { code, message } = document.left
      return toon(c, `Factuur ${f.factuurnummer ?? f.factuurId}`, html``, 409, `${code}: ${message}`)
    }
    const pdf = await maakPdf(document.right)
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${document.right.factuurnummer}.pdf"`,
    })
  })

  app.post('/facturen/:administratie/:factuurId/:actie', async (c) => {
    const gebruiker = c.get('gebruiker')
    const actie = c.req.param('actie')
    const velden = await c.req.parseBody({ all: true })
    if (!hulp.tokenKlopt(c, velden)) return hulp.verlopen(c)
    if (!isActie(actie)) return toon(c, 'Niet gevonden', html`<p>Onbekende actie '${actie}'.</p>`, 404)
    const inzage = await factuurOf404(c)
    if (!inzage) return nietGevonden(c)
    const f = inzage.factuur
    const uitkomst = await voerActieUit(opties.cockpit, actie, f, velden, {
      commandId: `web:${actie}:${f.administratie}:${f.factuurId}:${crypto.randomUUID()}`,
      occurredAt: hulp.nu(),
      actor: gebruiker.naam,
    })
    if (uitkomst._tag === 'Right') return c.redirect(factuurpad(f.administratie, f.factuurId), 303)
    const { code, message } = uitkomst.left
    const inhoud = await factuurPagina(inzage, opties.cockpit, gebruiker, hulp.tokens.token(gebruiker.naam))
    return toon(c, `Factuur ${f.factuurnummer ?? f.factuurId}`, inhoud, hulp.statusBij(code), `${code}: ${message}`)
  })
}
