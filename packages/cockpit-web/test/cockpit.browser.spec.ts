import { mkdirSync } from 'node:fs'
import { readAllEvents } from '@factuurstroom/eventsourcing'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { demoCockpit } from '../src/demo'
import { serveer, startBrowser } from './browser'
import { bouwOpzet } from './opzet'

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
let scenario: Awaited<ReturnType<typeof bouwOpzet>>
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
  scenario = await bouwOpzet()
  const app = demoCockpit(
    {
      store: scenario.store,
      cockpit: scenario.cockpit,
      bronnen: scenario.bronnen,
      nu: () => '2026-04-05T10:00:00.000Z',
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
/** The invoices made (FactuurAangemaakt) whose id passes `welke`. */
const aangemaakt = async (welke: (factuurId: string) => boolean) => {
  const ids: string[] = []
  for await (const e of readAllEvents(scenario.store)) {
    const id = (e.data as { factuurId?: string }).factuurId ?? ''
    if (e.type === 'FactuurAangemaakt' && welke(id)) ids.push(id)
  }
  return ids
}
/** The host's concept screen: concept C-3 (30003) made factureerbaar. */
const c3Factureerbaar = () =>
  scenario.concepten.stelFactureerbaar(
    { administratie: 'A1', conceptId: scenario.conceptIds.c30003 },
    { commandId: 'host-factureerbaar', occurredAt: '2026-04-05T09:00:00.000Z', actor: 'boekhouder' },
  )
/** Waits on a run's status page (it reloads itself) until the run is done; returns its stand. */
const runKlaar = async (page: Page) => {
  await expect.poll(() => page.locator('.stand').getAttribute('data-stand'), { timeout: 20_000 }).not.toBe('bezig')
  return page.locator('.stand').getAttribute('data-stand')
}
/** Adds a field to a form, as a tampering browser would. */
const voegVeldToe = (page: Page, formulier: string, naam: string, waarde: string) =>
  page.evaluate(`
    const veld = document.createElement('input')
    veld.name = ${JSON.stringify(naam)}
    veld.value = ${JSON.stringify(waarde)}
    document.querySelector(${JSON.stringify(formulier)}).append(veld)
  `)
/** Starts factureren abonnementen for April from its form. */
const factureerAbonnementen = async (page: Page) => {
  await page.goto(`${server.url}/acties/abonnementen`)
  await page.getByLabel('Peildatum').fill('2026-04-30')
  await page.getByLabel('Factuurdatum').fill('2026-04-30')
  await page.getByRole('button', { name: 'Factureren abonnementen' }).click()
  return runKlaar(page)
}

describe('the cockpit in a browser', () => {
  it('invoices a concept through the UI and sees the invoice in Niet verwerkte facturen', async () => {
    await c3Factureerbaar()
    const page = await pagina()
    await page.goto(`${server.url}/concepten`)
    await foto(page, 'concepten')
    await page.getByRole('link', { name: 'Factureren concepten' }).click()
    const runId = await page.locator('input[name="runId"]').inputValue()
    await foto(page, 'factureren-concepten')
    await page.getByRole('button', { name: 'Factureren concepten' }).click()
    expect(await runKlaar(page)).toBe('klaar')
    await foto(page, 'run')
    await page.getByRole('link', { name: 'Niet verwerkte facturen' }).click()
    expect(await factuurnummers(page)).toEqual(['F-2', `${runId}-C-3`])
  })

  it('two browsers invoicing the same concept at once make one invoice', async () => {
    await c3Factureerbaar()
    const [a, b] = [await pagina(), await pagina()]
    await Promise.all([a.goto(`${server.url}/acties/concepten`), b.goto(`${server.url}/acties/concepten`)])
    await Promise.all([
      a.getByRole('button', { name: 'Factureren concepten' }).click(),
      b.getByRole('button', { name: 'Factureren concepten' }).click(),
    ])
    expect([await runKlaar(a), await runKlaar(b)]).toEqual(['klaar', 'klaar'])
    expect(await aangemaakt((id) => id.endsWith('-C-3'))).toHaveLength(1)
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
    await voegVeldToe(page, 'form[action$="/verstrekken"]', 'boekdatum', '2026-13-45')
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

  it('journalises and issues invoices and sees them leave Niet verwerkte facturen', async () => {
    const page = await pagina()
    expect(await factureerAbonnementen(page)).toBe('klaar')
    const gemaakt = await page
      .locator('tr[data-gemaakt]')
      .evaluateAll((r) => r.map((t) => t.getAttribute('data-gemaakt')))
    expect(gemaakt).toHaveLength(3)
    await page.getByRole('link', { name: 'Niet verwerkte facturen' }).click()
    expect(await factuurnummers(page)).toEqual(['F-2', ...gemaakt])
    await page.locator(`tr[data-factuur="${gemaakt[0]}"] a`).click()
    await page.getByRole('button', { name: 'Journaliseren' }).click()
    await expect.poll(() => page.locator('dd.status').textContent()).toBe('nietVerwerkt')
    await page.getByRole('button', { name: /Verstrekken/ }).click()
    await expect.poll(() => page.locator('dd.status').textContent()).toBe('verwerkt')
    await page.getByRole('link', { name: 'Niet verwerkte facturen' }).click()
    expect(await factuurnummers(page)).toEqual(['F-2', gemaakt[1], gemaakt[2]])
  })

  it('R21: a run stopped by a blocked relatie is finished by factureren te factureren regels, nothing twice', async () => {
    scenario.blokkeer('10001', true)
    const page = await pagina()
    expect(await factureerAbonnementen(page)).toBe('gestopt')
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('RELATIE_GEBLOKKEERD')
    await foto(page, 'run-gestopt')
    await page.getByRole('link', { name: 'Factureren te factureren regels' }).click()
    expect(await page.locator('tr[data-klaargezet]').count()).toBe(2)
    await foto(page, 'te-factureren-regels')
    scenario.blokkeer('10001', false)
    await page.getByRole('button', { name: 'Factureren te factureren regels' }).click()
    expect(await runKlaar(page)).toBe('klaar')
    expect(await page.locator('tr[data-gemaakt]').count()).toBe(2)
    const abonnementen = await aangemaakt((id) => !id.startsWith('F-'))
    expect(abonnementen).toHaveLength(3)
    expect(new Set(abonnementen).size).toBe(3)
  })

  it('an action refuses an option it lacks (R20) with a clear message and writes nothing', async () => {
    const page = await pagina()
    await page.goto(`${server.url}/acties/concepten`)
    const voor = await aantalEvents()
    await voegVeldToe(page, 'form.actie', 'meenemenTeCrediterenRegels', 'ja')
    await page.getByRole('button', { name: 'Factureren concepten' }).click()
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain("meenemenTeCrediterenRegels 'ja': factureren concepten kent deze optie niet")
    expect(await aantalEvents()).toBe(voor)
  })

  it('the PDF link serves the invoice PDF to a user who may see it and 404 to one who may not', async () => {
    const page = await pagina()
    await factureerAbonnementen(page)
    await page.locator('tr[data-gemaakt] a').first().click()
    const href = await page.getByRole('link', { name: 'Factuur als PDF' }).getAttribute('href')
    const pdf = await page.request.get(`${server.url}${href}`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
    const jan = await pagina('jan')
    expect((await jan.request.get(`${server.url}${href}`)).status()).toBe(404)
  })
})
