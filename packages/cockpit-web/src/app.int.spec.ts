import { readAllEvents } from '@factuurstroom/eventsourcing'
import { weergaven } from '@factuurstroom/facturatie'
import { beforeEach, describe, expect, it } from 'vitest'
import { bouwOpzet, TEST_GEHEIM, testCockpit, verzoeken } from '../test/opzet'
import type { cockpitWeb } from './app'
import { csrfTokens } from './csrf'

let scenario: Awaited<ReturnType<typeof bouwOpzet>>
let app: ReturnType<typeof cockpitWeb>

beforeEach(async () => {
  scenario = await bouwOpzet()
  app = testCockpit(scenario, '2026-04-05T10:00:00.000Z')
})

const { haal, post } = verzoeken(() => app)

const token = async (pad: string, wie = 'boekhouder') => {
  const { tekst } = await haal(pad, wie)
  const gevonden = /name="_csrf" value="([^"]+)"/.exec(tekst)
  if (!gevonden?.[1]) throw new Error(`no form on ${pad}`)
  return gevonden[1]
}

const aantalEvents = async () => {
  let n = 0
  for await (const _ of readAllEvents(scenario.store)) n++
  return n
}

describe('cockpit-web pages', () => {
  it('lists the niet verwerkte facturen with Dutch labels and security headers', async () => {
    const { status, tekst, headers } = await haal('/')
    expect(status).toBe(200)
    expect(tekst).toContain('<h1>Niet verwerkte facturen</h1>')
    expect(tekst).toContain('data-factuur="F-2"')
    expect(tekst).not.toContain('data-factuur="F-1"')
    expect(headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('sorts and pages alle facturen', async () => {
    const eerste = await haal('/facturen?sorteer=factuurdatum&richting=aflopend&grootte=1')
    expect(eerste.tekst).toContain('data-factuur="F-2"')
    expect(eerste.tekst).not.toContain('data-factuur="F-1"')
    expect(eerste.tekst).toContain('2 rijen, pagina 1 van 2')
    const tweede = await haal('/facturen?sorteer=factuurdatum&richting=aflopend&grootte=1&pagina=2')
    expect(tweede.tekst).toContain('data-factuur="F-1"')
  })

  it('refuses a column that does not exist with 400 naming field and value', async () => {
    const { status, tekst } = await haal('/facturen?sorteer=wachtwoord')
    expect(status).toBe(400)
    expect(tekst).toContain('sorteer &#39;wachtwoord&#39;: sorteer op een van: factuurnummer')
    expect(tekst).not.toContain('at ')
  })

  it('R12: a declarant-restricted user sees only their relaties, and a 404 for another invoice', async () => {
    const facturen = await haal('/facturen', 'jan')
    expect(facturen.tekst).toContain('data-factuur="F-1"')
    expect(facturen.tekst).not.toContain('data-factuur="F-2"')
    const concepten = await haal('/concepten', 'jan')
    expect(concepten.tekst).not.toContain('20001')
    expect(concepten.tekst).toContain('Factuurbedrag onder minimum')
    expect((await haal('/facturen/A1/F-2', 'jan')).status).toBe(404)
  })

  it('R24: the journaalpost only for a user the host allows', async () => {
    const boekhouder = await haal('/facturen/A1/F-1')
    expect(boekhouder.tekst).toContain('<h2>Journaalpost</h2>')
    expect(boekhouder.tekst).toMatch(/debiteur<\/td>/)
    const jan = await haal('/facturen/A1/F-1', 'jan')
    expect(jan.tekst).toContain('journaalpost-geweigerd')
    expect(jan.tekst).not.toMatch(/debiteur<\/td>/)
  })

  it('answers 403 to an unknown user and 404 to an unknown page', async () => {
    expect((await haal('/', 'onbekend')).status).toBe(403)
    expect((await haal('/bestaat-niet')).status).toBe(404)
  })
})

describe('cockpit-web actions', () => {
  it('verstrekken takes the invoice out of niet verwerkte facturen', async () => {
    const uitkomst = await post('/facturen/A1/F-2/verstrekken', { _csrf: await token('/facturen/A1/F-2') })
    expect(uitkomst.status).toBe(303)
    expect(uitkomst.locatie).toBe('/facturen/A1/F-2')
    expect((await haal('/')).tekst).not.toContain('data-factuur="F-2"')
    const view = (await weergaven.herbouwWeergaven(scenario.store)).view
    expect(view.facturen.facturen.get('A1|F-2')?.status).toBe('verwerkt')
  })

  it('an option the action lacks is refused with 400 and nothing is written', async () => {
    const voor = await aantalEvents()
    const uitkomst = await post('/facturen/A1/F-2/verstrekken', {
      _csrf: await token('/facturen/A1/F-2'),
      boekdatum: '2026-04-05',
    })
    expect(uitkomst.status).toBe(400)
    expect(uitkomst.tekst).toContain(
      'boekdatum &#39;2026-04-05&#39;: verstrekken kent deze optie niet (wel: rapporten)',
    )
    expect(await aantalEvents()).toBe(voor)
  })

  it('a malformed value is refused by the cockpit with 400 and its code, nothing written', async () => {
    const voor = await aantalEvents()
    const uitkomst = await post('/facturen/A1/F-2/journaliseren', {
      _csrf: await token('/facturen/A1/F-2'),
      boekdatum: 'gisteren',
    })
    expect(uitkomst.status).toBe(400)
    expect(uitkomst.tekst).toContain('DECODE_FAILED')
    expect(uitkomst.tekst).toContain('gisteren')
    expect(await aantalEvents()).toBe(voor)
  })

  it('refuses a post without the form token or from another origin (CSRF), writing nothing', async () => {
    const voor = await aantalEvents()
    expect((await post('/facturen/A1/F-2/verstrekken', {})).status).toBe(403)
    const vreemd = await post(
      '/facturen/A1/F-2/verstrekken',
      { _csrf: await token('/facturen/A1/F-2') },
      'boekhouder',
      'https://evil.example',
    )
    expect(vreemd.status).toBe(403)
    expect(await aantalEvents()).toBe(voor)
  })

  it('a restricted user cannot act on an invoice they may not see', async () => {
    const voor = await aantalEvents()
    const uitkomst = await post('/facturen/A1/F-2/verstrekken', { _csrf: csrfTokens(TEST_GEHEIM).token('jan') }, 'jan')
    expect(uitkomst.status).toBe(404)
    expect(await aantalEvents()).toBe(voor)
  })
})
