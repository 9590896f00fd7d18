import type { EventStore } from '@factuurstroom/eventsourcing'
import { cockpit, concept, dagboek, inrichting } from '@factuurstroom/facturatie'
import { abonnementsregels } from '../../facturatie/src/cockpit/cockpit.fixture'
import { projectInstellingen } from '../../facturatie/src/concept/voorbeeld.fixture'
import { bouwScenario } from '../../facturatie/src/weergaven/scenario.fixture'
import { cockpitWeb } from '../src/app'
import type { Gebruiker } from '../src/gebruiker'
import type { Bronnen } from '../src/opties'
import type { Weergavebron } from '../src/weergavebron'

/** The scenario's relatie settings as the host's master data (the scenario records them on its concepts). */
const RELATIE_INSTELLINGEN: Record<string, concept.VerkooprelatieInstellingen> = {
  '10032': { btwPlicht: 'binnenland', hoofddeclarant: 'jan', declarant: 'piet' },
  '20001': { btwPlicht: 'binnenland', hoofddeclarant: 'anna' },
  '30003': { btwPlicht: 'binnenland', hoofddeclarant: 'jan', minimumFactuurbedrag: '250.00' },
}

const partij = (naam: string) => ({
  naam,
  adres: { straat: 'Maliebaan 1', postcode: '3581 CP', plaats: 'Utrecht', land: 'NL' },
  kvk: '12345678',
  btwId: 'NL123456789B01',
})

/**
 * The scenario of the views (10032 verwerkt, 20001 niet verwerkt, 30003 an open concept) under a host cockpit with
 * everything the web cockpit's actions need: the concept port (one-step factureren concepten), both parties (so
 * invoices it makes have a PDF), editable relatie profiles (block one, R21), and a subscription source with one line
 * for each of relaties 10000, 10001 and 10002.
 */
export const bouwOpzet = async (opStore?: EventStore) => {
  // A store without a settable clock records every step at its real time.
  const scenario = await bouwScenario(opStore ? { store: opStore, opDag: () => {} } : {})
  const { store } = scenario
  const setUp = inrichting.inrichtingService(store)
  const profielen: Record<string, cockpit.Verkooprelatieprofiel> = {}
  const stamgegevens: concept.Conceptstamgegevens = {
    projectInstellingen: () => projectInstellingen,
    relatieInstellingen: (_adm, relatie) => RELATIE_INSTELLINGEN[relatie],
    apartFactureren: () => false,
  }
  const host = cockpit.facturatiecockpit(store, {
    ...cockpit.dagboekPoorten(dagboek.dagboekService(store, { inrichting: setUp })),
    partijen: { administratiepartij: () => partij('Demo B.V.') },
    relaties: {
      profiel: (_adm, relatie) =>
        profielen[relatie] ?? {
          relatie,
          geblokkeerd: false,
          verzamelmethode: 'apart',
          verzamelperiode: 'niet',
          verstrekkingen: [{ rapport: 'factuur', wijze: 'emailPdf' }],
          partij: partij(`Relatie ${relatie}`),
        },
    },
    instellingen: { conceptfacturering: () => true, projectenFacturerenAanAlleVerkooprelaties: () => false },
    projecten: { debiteur: () => undefined },
    autorisatie: { magJournaalpostRaadplegen: (actor) => actor === 'boekhouder' },
    concepten: cockpit.conceptPoort(concept.conceptService(store), { store, inrichting: setUp, stamgegevens }),
  })
  const bronnen: Bronnen = { abonnementen: () => abonnementsregels(3, 1, 1) }
  /** Blocks (or unblocks) a relatie in the host's master data. */
  const blokkeer = (relatie: string, geblokkeerd: boolean) => {
    profielen[relatie] = {
      relatie,
      geblokkeerd,
      verzamelmethode: 'apart',
      verzamelperiode: 'niet',
      verstrekkingen: [{ rapport: 'factuur', wijze: 'emailPdf' }],
      partij: partij(`Relatie ${relatie}`),
    }
  }
  return { ...scenario, cockpit: host, bronnen, blokkeer }
}

/** The CSRF secret of `testCockpit`. */
export const TEST_GEHEIM = Buffer.from('test-geheim')

const GEBRUIKERS: Record<string, Gebruiker> = {
  boekhouder: { naam: 'boekhouder', autorisatie: { alleRelaties: true } },
  jan: { naam: 'jan', autorisatie: { medewerker: 'jan' } },
}

/** The web cockpit over the opzet for `app.request()`: header `x-gebruiker` says who asks (boekhouder, jan). */
export const testCockpit = (opzet: Awaited<ReturnType<typeof bouwOpzet>>, nu: string, weergavebron?: Weergavebron) =>
  cockpitWeb({
    store: opzet.store,
    cockpit: opzet.cockpit,
    bronnen: opzet.bronnen,
    gebruiker: (request) => GEBRUIKERS[request.headers.get('x-gebruiker') ?? ''],
    nu: () => nu,
    csrfGeheim: TEST_GEHEIM,
    ...(weergavebron ? { weergavebron } : {}),
  })

/** The origin the specs' requests come from (a post from another is refused). */
export const ORIGIN = 'http://cockpit.test'

/** A GET and a form POST against the cockpit `app()` gives at the time, as the user `wie` (header `x-gebruiker`). */
export const verzoeken = (app: () => ReturnType<typeof cockpitWeb>) => ({
  haal: async (pad: string, wie = 'boekhouder') => {
    const antwoord = await app().request(`${ORIGIN}${pad}`, { headers: { 'x-gebruiker': wie } })
    return { status: antwoord.status, tekst: await antwoord.text(), headers: antwoord.headers }
  },
  post: async (pad: string, velden: Record<string, string>, wie = 'boekhouder', origin = ORIGIN) => {
    const antwoord = await app().request(`${ORIGIN}${pad}`, {
      method: 'POST',
      headers: { 'x-gebruiker': wie, origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(velden).toString(),
    })
    return { status: antwoord.status, tekst: await antwoord.text(), locatie: antwoord.headers.get('location') ?? '' }
  },
})
