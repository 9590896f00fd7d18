import { weergaven } from '@factuurstroom/facturatie'
import { PostgresEventStore, ProjectionWorker } from '@factuurstroom/store-postgres'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { bouwScenario } from '../../facturatie/src/weergaven/scenario.fixture'
import { cockpitWeb, type Gebruiker } from '../src'

const gebruikers: Record<string, Gebruiker> = {
  beheer: { naam: 'beheer', autorisatie: { alleRelaties: true } },
  anna: { naam: 'anna', autorisatie: { medewerker: 'anna' } },
  jan: { naam: 'jan', autorisatie: { medewerker: 'jan' } },
}

describe('cockpit-web: read-only cockpit pages over the view tables', () => {
  let store: PostgresEventStore
  const fouten: unknown[] = []
  let app: ReturnType<typeof cockpitWeb>
  const vraag = (pad: string, wie?: string) =>
    app.request(pad, { headers: wie === undefined ? {} : { 'x-gebruiker': wie } })
  const tekst = async (pad: string, wie: string) => {
    const antwoord = await vraag(pad, wie)
    expect(antwoord.status, pad).toBe(200)
    return antwoord.text()
  }

  beforeAll(async () => {
    store = await PostgresEventStore.connect({
      connectionString: inject('postgresUrl'),
      schema: `cockpit_web_${globalThis.crypto.randomUUID().slice(0, 8)}`,
    })
    await bouwScenario({ store, opDag: () => undefined })
    const worker = new ProjectionWorker(store, weergaven.tabelProjecties(store))
    await worker.runOnce()
    await worker.stop()
    app = cockpitWeb({
      store,
      gebruiker: (request) => gebruikers[request.headers.get('x-gebruiker') ?? ''],
      onFout: (fout) => fouten.push(fout),
    })
  })
  afterAll(() => store.close())

  it('R22: Niet verwerkte facturen lists what is not fully issued or journalised, Alle facturen everything', async () => {
    const nietVerwerkt = await tekst('/niet-verwerkte-facturen', 'beheer')
    expect(nietVerwerkt).toContain('<h1>Niet verwerkte facturen</h1>')
    expect(nietVerwerkt).toContain('1 rij')
    expect(nietVerwerkt).toContain('20001 Stichting Beursvloer')
    expect(nietVerwerkt).not.toContain('10032 Koninklijke Exhibitions Benelux B.V.')
    const alle = await tekst('/facturen?sorteer=factuurnummer&richting=aflopend', 'beheer')
    expect(alle).toContain('2 rijen')
    expect(alle.indexOf('20001 Stichting')).toBeLessThan(alle.indexOf('10032 Koninklijke'))
    expect(alle).toContain('Ingelogd als beheer')
  })

  it('R12: a declarant-restricted user sees only their relaties, in rows and counts', async () => {
    expect(await tekst('/niet-verwerkte-facturen', 'anna')).toContain('1 rij')
    const jan = await tekst('/niet-verwerkte-facturen', 'jan')
    expect(jan).toContain('0 rijen')
    expect(jan).not.toContain('Stichting Beursvloer')
    const janFacturen = await tekst('/facturen', 'jan')
    expect(janFacturen).toContain('1 rij')
    expect(janFacturen).toContain('10032 Koninklijke')
    const annaConcepten = await tekst('/concepten', 'anna')
    expect(annaConcepten).not.toContain('30003')
    expect(annaConcepten).not.toContain('10032')
  })

  it('Concepten shows the R6 warning and the (hoofd)declarant columns; factuurregels their status', async () => {
    const concepten = await tekst('/concepten?status=nietFactureerbaar', 'beheer')
    expect(concepten).toContain('Onder minimumfactuurbedrag 250.00')
    expect(concepten).toContain('<th>Hoofddeclarant</th>')
    expect(concepten).toMatch(/30003 Drukkerij Van Dam<\/td>/)
    const gewaarschuwd = await tekst('/concepten?waarschuwing=ja', 'beheer')
    expect(gewaarschuwd).toContain('1 rij')
    expect(gewaarschuwd).toContain('value="ja" checked')
    expect((await vraag('/concepten?waarschuwing=nee', 'beheer')).status).toBe(400)
    const regels = await tekst('/factuurregels?status=Actief', 'beheer')
    expect(regels).toContain('<h1>Alle factuurregels</h1>')
    expect(regels).not.toContain('>Afgehandeld</td>')
  })

  it('bad input gets 400 naming field and value, nothing escapes unescaped, unknown pages 404, no user 401', async () => {
    const slecht = await vraag('/facturen?sorteer=rij;DROP', 'beheer')
    expect(slecht.status).toBe(400)
    const melding = await slecht.text()
    expect(melding).toContain('Ongeldige waarde &#39;rij;DROP&#39; voor &#39;sorteer&#39;: kies een van factuurnummer')
    expect(melding).not.toContain('at ')
    expect((await vraag('/facturen?pagina=0', 'beheer')).status).toBe(400)
    expect((await vraag('/facturen?van=2026-13-45', 'beheer')).status).toBe(400)
    const xss = await tekst('/facturen?relatie=%3Cscript%3Ex%3C/script%3E', 'beheer')
    expect(xss).not.toContain('<script>')
    expect(xss).toContain('&lt;script&gt;')
    expect((await vraag('/bestaat-niet', 'beheer')).status).toBe(404)
    const anoniem = await vraag('/facturen')
    expect(anoniem.status).toBe(401)
    expect(await anoniem.text()).not.toContain('Stichting')
    expect(fouten).toEqual([])
  })

  it('sets security headers: a strict content security policy, no framing, no sniffing', async () => {
    const antwoord = await vraag('/facturen', 'beheer')
    expect(antwoord.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(antwoord.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(antwoord.headers.get('x-content-type-options')).toBe('nosniff')
    expect(antwoord.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })
})
