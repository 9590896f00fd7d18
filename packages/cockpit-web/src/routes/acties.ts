import type { Batchactie } from '../acties/actie'
import { BATCHACTIES } from '../acties/batchacties'
import { actieformulier } from '../acties/formulier'
import { leesOpties } from '../acties/lees-opties'
import { html } from '../html'
import type { CockpitApp, Hulp, Verzoek } from '../hulp'
import { runpagina } from '../run-pagina'
import { teFacturerenOverzicht } from '../te-factureren-pagina'

const nieuweRunId = () => `W${Date.now().toString(36).toUpperCase()}-${crypto.randomUUID().slice(0, 8)}`

/**
 * The batch actions (R17–R21): a list, a form per action with exactly its R20 options, a post that starts the run in
 * the background and answers with its status page (303), which reloads itself until the run is done. They act on a
 * whole administratie, so only a user who may see every relatie (R12) may run them.
 */
export const acties = (app: CockpitApp, hulp: Hulp): void => {
  const { toon, opties } = hulp
  const aangeboden = BATCHACTIES.filter((a) => !a.bron || opties.bronnen?.[a.bron])
  const vind = (naam: string | undefined) => aangeboden.find((a) => a.naam === naam)
  const beperkt = (c: Verzoek) =>
    'alleRelaties' in c.get('gebruiker').autorisatie
      ? undefined
      : toon(
          c,
          'Geen toegang',
          html`<p>Acties werken op een hele administratie; u mag alleen uw eigen relaties zien.</p>`,
          403,
        )
  const onbekend = (c: Verzoek) => toon(c, 'Niet gevonden', html`<p>Deze actie biedt de cockpit niet aan.</p>`, 404)

  app.get('/acties', (c) => {
    const geweigerd = beperkt(c)
    if (geweigerd) return geweigerd
    return toon(
      c,
      'Acties',
      html`<ul>
        ${aangeboden.map((a) => html`<li><a href="/acties/${a.naam}">${a.titel}</a> — ${a.uitleg}</li>`)}
      </ul>`,
    )
  })

  const formulierpagina = async (c: Verzoek, actie: Batchactie, administratie: string) => {
    const view = await hulp.weergaven()
    const administraties = [
      ...new Set([
        ...[...view.facturen.facturen.values()].map((f) => f.administratie),
        ...[...view.concepten.concepten.values()].map((k) => k.rij.administratie),
      ]),
    ].sort()
    const gekozen = administratie || administraties[0] || ''
    const token = hulp.tokens.token(c.get('gebruiker').naam)
    const formulier = actieformulier(actie, administraties, gekozen, hulp.nu().slice(0, 10), nieuweRunId(), token)
    const overzicht =
      actie.naam === 'te-factureren-regels' || actie.naam === 'verzamelfactuur'
        ? gekozen && (await teFacturerenOverzicht(opties.cockpit, gekozen))
        : ''
    return html`<p>${actie.uitleg}</p>
      ${formulier} ${overzicht}`
  }

  app.get('/acties/:naam', async (c) => {
    const geweigerd = beperkt(c)
    if (geweigerd) return geweigerd
    const actie = vind(c.req.param('naam'))
    if (!actie) return onbekend(c)
    return toon(c, actie.titel, await formulierpagina(c, actie, c.req.query('administratie') ?? ''))
  })

  app.post('/acties/:naam', async (c) => {
    const velden = await c.req.parseBody({ all: true })
    if (!hulp.tokenKlopt(c, velden)) return hulp.verlopen(c)
    const geweigerd = beperkt(c)
    if (geweigerd) return geweigerd
    const actie = vind(c.req.param('naam'))
    if (!actie) return onbekend(c)
    const { administratie, runId, opties: actieopties } = leesOpties(actie, velden)
    const gebruiker = c.get('gebruiker')
    const run = hulp.runs.start(
      { runId, actie: actie.naam, titel: actie.titel, administratie, door: gebruiker.naam },
      async (opVoortgang) => {
        const bron = actie.bron && opties.bronnen?.[actie.bron]
        const regels = bron ? await bron(administratie) : []
        const context = {
          commandId: `web:${actie.naam}:${administratie}:${runId}`,
          occurredAt: hulp.nu(),
          actor: gebruiker.naam,
        }
        return actie.voerUit(opties.cockpit, actieopties, regels, context, opVoortgang)
      },
    )
    return c.redirect(`/runs/${encodeURIComponent(run.runId)}`, 303)
  })

  app.get('/runs/:runId', (c) => {
    const geweigerd = beperkt(c)
    if (geweigerd) return geweigerd
    const run = hulp.runs.vind(c.req.param('runId'))
    if (!run) return toon(c, 'Niet gevonden', html`<p>Deze run kent de cockpit niet (meer).</p>`, 404)
    const titel = `${run.titel} — ${run.administratie}`
    return c.html(runpagina(titel, c.get('gebruiker').naam, run, Date.now()), 200)
  })
}
