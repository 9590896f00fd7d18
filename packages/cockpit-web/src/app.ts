import { weergaven } from '@factuurstroom/facturatie'
import { Hono } from 'hono'
import { html } from 'hono/html'
import { secureHeaders } from 'hono/secure-headers'
import type { Gebruiker, HerkenGebruiker } from './gebruiker'
import { leesVlag, leesVraag, OngeldigeInvoer } from './invoer'
import { foutmelding, type Kolomweergave, lijst, pagina } from './opmaak'

export interface CockpitWebOpties {
  /** A PostgreSQL store whose view tables a projection worker keeps current (`factuurstroom project`). */
  readonly store: weergaven.TransactioneleStore
  /** Says who the user of a request is and what they may see; undefined answers 401. */
  readonly gebruiker: HerkenGebruiker
  /** Told of errors the cockpit answered with 500 (the user sees only that something went wrong). */
  readonly onFout?: (fout: unknown) => void
}

type Omgeving = { Variables: { gebruiker: Gebruiker } }

const FACTUURSTATUSSEN = ['aangemaakt', 'nietVerwerkt', 'verwerkt'] as const
const REGELSTATUSSEN = ['Actief', 'Afgehandeld'] as const
const CONCEPTSTATUSSEN = ['nietFactureerbaar', 'factureerbaar', 'uitgesteld', 'gewijzigd', 'gefactureerd'] as const

const factuurkolommen: readonly Kolomweergave<weergaven.FactuurRij, weergaven.FactuurKolom>[] = [
  { kop: 'Factuurnummer', sorteer: 'factuurnummer', cel: (r) => r.factuurnummer },
  { kop: 'Factuurdatum', sorteer: 'factuurdatum', cel: (r) => r.factuurdatum },
  { kop: 'Verkooprelatie', sorteer: 'verkooprelatie', cel: (r) => `${r.verkooprelatie} ${r.verkooprelatieNaam}` },
  { kop: 'Factuurrelatie', sorteer: 'factuurrelatieNaam', cel: (r) => r.factuurrelatieNaam },
  { kop: 'Bron', sorteer: 'bron', cel: (r) => r.bron },
  { kop: 'Soort', sorteer: 'soort', cel: (r) => r.soort },
  { kop: 'Netto', sorteer: 'totaalNetto', cel: (r) => r.totaalNetto, bedrag: true },
  { kop: 'Bruto', sorteer: 'totaalBruto', cel: (r) => r.totaalBruto, bedrag: true },
  { kop: 'Verstrekt', sorteer: 'volledigVerstrekt', cel: (r) => (r.volledigVerstrekt ? 'ja' : 'nee') },
  { kop: 'Gejournaliseerd', sorteer: 'gejournaliseerd', cel: (r) => (r.gejournaliseerd ? 'ja' : 'nee') },
  { kop: 'Status', sorteer: 'status', cel: (r) => r.status },
]

const regelkolommen: readonly Kolomweergave<weergaven.FactuurregelRij, weergaven.FactuurregelKolom>[] = [
  { kop: 'Factuurnummer', sorteer: 'factuurnummer', cel: (r) => r.factuurnummer },
  { kop: 'Factuurdatum', sorteer: 'factuurdatum', cel: (r) => r.factuurdatum },
  { kop: 'Regel', sorteer: 'regelId', cel: (r) => r.regelId },
  { kop: 'Omschrijving', sorteer: 'omschrijving', cel: (r) => r.omschrijving },
  { kop: 'Bedrag', sorteer: 'bedrag', cel: (r) => r.bedrag, bedrag: true },
  { kop: 'Btw-code', sorteer: 'btwCode', cel: (r) => r.btwCode },
  { kop: 'Integratiegroep', sorteer: 'integratiegroep', cel: (r) => r.integratiegroep },
  { kop: 'Bron', sorteer: 'bron', cel: (r) => r.bron },
  { kop: 'Status', sorteer: 'status', cel: (r) => r.status },
]

const conceptkolommen: readonly Kolomweergave<weergaven.ConceptRij, weergaven.ConceptKolom>[] = [
  { kop: 'Nummer', sorteer: 'nummer', cel: (r) => r.nummer },
  { kop: 'Verkooprelatie', sorteer: 'verkooprelatie', cel: (r) => `${r.verkooprelatie} ${r.verkooprelatieNaam}` },
  { kop: 'Project', sorteer: 'project', cel: (r) => r.project },
  { kop: 'Status', sorteer: 'status', cel: (r) => r.status },
  { kop: 'Regels', sorteer: 'aantalRegels', cel: (r) => r.aantalRegels },
  { kop: 'Te factureren', sorteer: 'teFactureren', cel: (r) => r.teFactureren, bedrag: true },
  { kop: 'Gefactureerd', sorteer: 'gefactureerd', cel: (r) => r.gefactureerd, bedrag: true },
  { kop: 'Hoofddeclarant', cel: (r) => r.hoofddeclarant },
  { kop: 'Declarant', cel: (r) => r.declarant },
  {
    kop: 'Waarschuwingen (R6)',
    cel: (r) => r.waarschuwingen.map((w) => `${WAARSCHUWING[w.code]} ${w.grens}`).join('; '),
  },
]

const WAARSCHUWING: Record<weergaven.ConceptWaarschuwing['code'], string> = {
  FACTUURBEDRAG_ONDER_MINIMUM: 'Onder minimumfactuurbedrag',
  FACTUURBEDRAG_BOVEN_MAXIMUM: 'Boven maximumfactuurbedrag',
  FACTUURBEDRAG_ONDER_STRIKT_MINIMUM: 'Onder strikt minimumfactuurbedrag',
  FACTUURBEDRAG_BOVEN_STRIKT_MAXIMUM: 'Boven strikt maximumfactuurbedrag',
}

const sorteerbaar = <Rij, Kolom extends string>(kolommen: readonly Kolomweergave<Rij, Kolom>[]): Kolom[] =>
  kolommen.flatMap((k) => (k.sorteer === undefined ? [] : [k.sorteer]))

/**
 * The Facturatiecockpit's read-only pages as a Hono application a host mounts into its own server (`app.fetch` is a
 * web-standard handler; `app.route('/cockpit', cockpitWeb(…))` inside a Hono host). Every list is asked with the
 * user's R12 authorisation, so a declarant-restricted user sees only their relaties in rows, counts and pages.
 */
export const cockpitWeb = (opties: CockpitWebOpties): Hono<Omgeving> => {
  const facturen = new weergaven.FacturenTabel(opties.store)
  const concepten = new weergaven.ConceptenTabel(opties.store)
  const app = new Hono<Omgeving>()

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  )
  app.use(async (c, next) => {
    const gebruiker = await opties.gebruiker(c.req.raw)
    if (gebruiker === undefined) {
      c.header('WWW-Authenticate', 'Basic realm="Facturatiecockpit", charset="UTF-8"')
      return c.html(pagina('Niet ingelogd', '', undefined, foutmelding('Log in om de cockpit te zien.')), 401)
    }
    c.set('gebruiker', gebruiker)
    await next()
  })
  app.onError((fout, c) => {
    if (fout instanceof OngeldigeInvoer) {
      return c.html(pagina('Ongeldige invoer', c.req.path, c.get('gebruiker')?.naam, foutmelding(fout.message)), 400)
    }
    opties.onFout?.(fout)
    return c.html(
      pagina('Fout', c.req.path, c.get('gebruiker')?.naam, foutmelding('Er ging iets mis. Probeer het later opnieuw.')),
      500,
    )
  })
  app.notFound((c) =>
    c.html(
      pagina('Niet gevonden', c.req.path, c.get('gebruiker')?.naam, foutmelding('Deze pagina bestaat niet.')),
      404,
    ),
  )

  app.get('/', (c) => c.redirect('/niet-verwerkte-facturen'))

  app.get('/niet-verwerkte-facturen', async (c) => {
    const params = new URL(c.req.url).searchParams
    const vraag = leesVraag(params, sorteerbaar(factuurkolommen), ['aangemaakt', 'nietVerwerkt'])
    const autorisatie = c.get('gebruiker').autorisatie
    const antwoord = await facturen.nietVerwerkteFacturen({ ...vraag, autorisatie })
    const inhoud = lijst(c.req.path, params, vraag, antwoord, factuurkolommen, ['aangemaakt', 'nietVerwerkt'])
    return c.html(pagina('Niet verwerkte facturen', c.req.path, c.get('gebruiker').naam, inhoud))
  })

  app.get('/facturen', async (c) => {
    const params = new URL(c.req.url).searchParams
    const vraag = leesVraag(params, sorteerbaar(factuurkolommen), FACTUURSTATUSSEN)
    const antwoord = await facturen.alleFacturen({ ...vraag, autorisatie: c.get('gebruiker').autorisatie })
    const inhoud = lijst(c.req.path, params, vraag, antwoord, factuurkolommen, FACTUURSTATUSSEN)
    return c.html(pagina('Alle facturen', c.req.path, c.get('gebruiker').naam, inhoud))
  })

  app.get('/factuurregels', async (c) => {
    const params = new URL(c.req.url).searchParams
    const vraag = leesVraag(params, sorteerbaar(regelkolommen), REGELSTATUSSEN)
    const antwoord = await facturen.alleFactuurregels({ ...vraag, autorisatie: c.get('gebruiker').autorisatie })
    const inhoud = lijst(c.req.path, params, vraag, antwoord, regelkolommen, REGELSTATUSSEN)
    return c.html(pagina('Alle factuurregels', c.req.path, c.get('gebruiker').naam, inhoud))
  })

  app.get('/concepten', async (c) => {
    const params = new URL(c.req.url).searchParams
    const vraag = leesVraag(params, sorteerbaar(conceptkolommen), CONCEPTSTATUSSEN)
    const metWaarschuwing = leesVlag(params, 'waarschuwing')
    const antwoord = await concepten.conceptenOverzicht({
      ...vraag,
      metWaarschuwing,
      autorisatie: c.get('gebruiker').autorisatie,
    })
    const vinkje = html`<label><input type="checkbox" name="waarschuwing" value="ja" ${metWaarschuwing ? 'checked' : ''} /> Alleen met waarschuwing</label>`
    const inhoud = lijst(c.req.path, params, vraag, antwoord, conceptkolommen, CONCEPTSTATUSSEN, vinkje)
    return c.html(pagina('Concepten', c.req.path, c.get('gebruiker').naam, inhoud))
  })

  return app
}
