import { mkdirSync } from 'node:fs'
import { readAllEvents } from '@factuurstroom/eventsourcing'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { bouwScenario } from '../../facturatie/src/weergaven/scenario.fixture'
import { demoCockpit } from '../src/demo'
import { serveer, startBrowser } from './browser'

const SCREENSHOTS = new URL('../../../docs/cockpit-web/', import.meta.url).pathname
/** `COCKPIT_SCREENSHOTS=1 npx vitest run packages/cockpit-web/test` refreshes the PNGs in docs/cockpit-web. */
const foto = async (page: Page, naam: string) => {
  if (process.env.COCKPIT_SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}${naam}.png`, fullPage: true })
}
const GEBRUIKERS = [
  { naam: 'boekhouder', wachtwoord: 'demo', autorisatie: { alleRelaties: true } as const },
  { naam: 'jan', wachtwoord: 'demo', autorisatie: { medewerker: 'jan' } },
]

let browser: Browser
let stopBrowser: () => Promise<void>
let scenario: Awaited<ReturnType<typeof bouwScenario>>
let server: { url: string; stop: () => Promise<void> }

beforeAll(async () => {
  ;({ browser, stop: stopBrowser } = await startBrowser())
  if (process.env.COCKPIT_SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true })
})
afterAll(async () => {
  await server?.stop()
  await stopBrowser?.()
})
beforeEach(async () => {
  await server?.stop()
  scenario = await bouwScenario()
  const app = demoCockpit(
    {
      store: scenario.store,
      cockpit: scenario.cockpit,
      nu: () => '2026-04-05T10:00:00.000Z',
      conceptfacturen: async (_administratie, conceptIds) => {
        // The host's settings: the scenario's concepts belong to 10032 and 30003.
        const relatieVan: Record<string, string> = {
          [scenario.conceptIds.c10032]: '10032',
          [scenario.conceptIds.c30003]: '30003',
        }
        try {
          const facturen = []
          for (const id of conceptIds) {
            facturen.push(await scenario.factureer({ nummer: relatieVan[id] ?? '' }, id, `F-${id}`, '2026-04-05'))
          }
          return { _tag: 'Right', right: facturen }
        } catch (fout) {
          return { _tag: 'Left', left: { code: 'CONCEPT_NIET_GEFACTUREERD', message: (fout as Error).message } }
        }
      },
    },
    GEBRUIKERS,
  )
  server = await serveer(app.fetch)
})

const pagina = async (wie = 'boekhouder'): Promise<Page> => {
  const context = await browser.newContext({ httpCredentials: { username: wie, password: 'demo' } })
  return context.newPage()
}
const aantalEvents = async () => {
  let n = 0
  for await (const _ of readAllEvents(scenario.store)) n++
  return n
}
const factuurnummers = async (page: Page) =>
  page.locator('tr[data-factuur]').evaluateAll((rijen) => rijen.map((r) => r.getAttribute('data-factuur')))

describe('the cockpit in a browser', () => {
  it('invoices a concept through the UI and sees the invoice in Niet verwerkte facturen', async () => {
    const page = await pagina()
    await page.goto(`${server.url}/concepten`)
    await page.getByRole('checkbox', { name: 'Kies C-3' }).check()
    await foto(page, 'concepten')
    await page.getByRole('button', { name: 'Factureren concepten' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Niet verwerkte facturen')
    expect(await factuurnummers(page)).toEqual(['F-2', 'F-C-3'])
  })

  it('two browsers invoicing the same concept at once make one invoice', async () => {
    const [a, b] = [await pagina(), await pagina()]
    await Promise.all([a.goto(`${server.url}/concepten`), b.goto(`${server.url}/concepten`)])
    await a.getByRole('checkbox', { name: 'Kies C-3' }).check()
    await b.getByRole('checkbox', { name: 'Kies C-3' }).check()
    await Promise.all([
      a.getByRole('button', { name: 'Factureren concepten' }).click(),
      b.getByRole('button', { name: 'Factureren concepten' }).click(),
    ])
    await Promise.all([a.waitForLoadState(), b.waitForLoadState()])
    let aangemaakt = 0
    for await (const e of readAllEvents(scenario.store)) {
      if (e.type === 'FactuurAangemaakt' && (e.data as { factuurId?: string }).factuurId === 'F-C-3') aangemaakt++
    }
    expect(aangemaakt).toBe(1)
  })

  it('issues an invoice through the UI and sees it leave Niet verwerkte facturen', async () => {
    const page = await pagina()
    await page.goto(`${server.url}/`)
    expect(await factuurnummers(page)).toEqual(['F-2'])
    await foto(page, 'niet-verwerkte-facturen')
    await page.locator('tr[data-factuur="F-2"] a').click()
    await foto(page, 'factuur')
    await page.getByRole('button', { name: /Verstrekken/ }).click()
    await expect.poll(() => page.locator('dd.status').textContent()).toBe('verwerkt')
    await page.getByRole('link', { name: 'Niet verwerkte facturen' }).click()
    expect(await factuurnummers(page)).toEqual([])
  })

  it('the restricted user sees only their relaties', async () => {
    const page = await pagina('jan')
    await page.goto(`${server.url}/facturen`)
    expect(await factuurnummers(page)).toEqual(['F-1'])
    await foto(page, 'alle-facturen-jan')
    const antwoord = await page.goto(`${server.url}/facturen/A1/F-2`)
    expect(antwoord?.status()).toBe(404)
  })

  it('bad input in a form gives a clear message and writes nothing', async () => {
    const page = await pagina()
    // A field the issue action does not have (R20), added to its form as a tampering browser would.
    await page.goto(`${server.url}/facturen/A1/F-2`)
    const voor = await aantalEvents()
    await page.evaluate(`
      const veld = document.createElement('input')
      veld.name = 'boekdatum'
      veld.value = '2026-13-45'
      document.querySelector('form[action$="/verstrekken"]').append(veld)
    `)
    await page.getByRole('button', { name: /Verstrekken/ }).click()
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain("boekdatum '2026-13-45': verstrekken kent deze optie niet")
    await foto(page, 'foutmelding')
    expect(await aantalEvents()).toBe(voor)
  })

  it('two browsers issuing the same invoice at once issue it once', async () => {
    const [a, b] = [await pagina(), await pagina()]
    await Promise.all([a.goto(`${server.url}/facturen/A1/F-2`), b.goto(`${server.url}/facturen/A1/F-2`)])
    await Promise.all([
      a.getByRole('button', { name: /Verstrekken/ }).click(),
      b.getByRole('button', { name: /Verstrekken/ }).click(),
    ])
    await Promise.all([a.waitForLoadState(), b.waitForLoadState()])
    let verstrekt = 0
    for await (const e of readAllEvents(scenario.store)) {
      if (e.type === 'FactuurVerstrekt' && (e.data as { factuurId?: string }).factuurId === 'F-2') verstrekt++
    }
    expect(verstrekt).toBe(1)
  })
})
