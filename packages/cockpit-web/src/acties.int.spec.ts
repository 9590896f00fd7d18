import { readAllEvents } from '@factuurstroom/eventsourcing'
import { beforeEach, describe, expect, it } from 'vitest'
import { bouwOpzet, ORIGIN, testCockpit, verzoeken } from '../test/opzet'
import type { cockpitWeb } from './app'
import type { Runvoortgang } from './facturatie'

let opzet: Awaited<ReturnType<typeof bouwOpzet>>
let app: ReturnType<typeof cockpitWeb>

beforeEach(async () => {
  opzet = await bouwOpzet()
  app = testCockpit(opzet, '2026-04-30T10:00:00.000Z')
})

const { haal, post } = verzoeken(() => app)

/** The action's form: its hidden fields (token, run id) and the names of the options it offers. */
const formulier = async (actie: string) => {
  const { tekst } = await haal(`/acties/${actie}?administratie=A1`)
  const veld = (naam: string) => new RegExp(`name="${naam}" value="([^"]*)"`).exec(tekst)?.[1] ?? ''
  const namen = [...tekst.matchAll(/<input[^>]*name="([^"]+)"/g)].map((m) => m[1])
  return { _csrf: veld('_csrf'), runId: veld('runId'), namen }
}

/** Reads a run's status page until the run is done. */
const draaiTotKlaar = async (locatie: string) => {
  for (;;) {
    const pagina = await haal(locatie)
    if (!pagina.tekst.includes('data-stand="bezig"')) return pagina
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** Starts an action from its form and waits on its status page until the run is done. */
const draai = async (actie: string, opties: Record<string, string>) => {
  const { _csrf, runId } = await formulier(actie)
  const gestart = await post(`/acties/${actie}`, { _csrf, runId, administratie: 'A1', ...opties })
  expect(gestart.status).toBe(303)
  expect(gestart.locatie).toBe(`/runs/${runId}`)
  const pagina = await draaiTotKlaar(gestart.locatie)
  const gemaakt = [...pagina.tekst.matchAll(/data-gemaakt="([^"]+)"/g)].map((m) => m[1])
  return { ...pagina, runId, _csrf, gemaakt }
}

const events = async () => {
  const alle = []
  for await (const e of readAllEvents(opzet.store)) alle.push(e)
  return alle
}
const aangemaakt = async () =>
  (await events())
    .filter((e) => e.type === 'FactuurAangemaakt')
    .map((e) => (e.data as { factuurId: string }).factuurId)
    .filter((id) => !id.startsWith('F-'))

/** A promise with its resolve, for a test to hold a run where it wants to look. */
const wacht = () => {
  let los = () => {}
  const belofte = new Promise<void>((resolve) => {
    los = resolve
  })
  return { belofte, los }
}

/**
 * The opzet's cockpit, with factureren abonnementen holding its run at each progress report `houdBij` picks until
 * `verder()`: `bereikt()` resolves once the run stands there, so the status page is read in exactly that state.
 */
const gehoudenCockpit = (houdBij: (v: Runvoortgang) => boolean) => {
  let halte = { bereikt: wacht(), verder: wacht() }
  const echte = opzet.cockpit
  const cockpit: typeof echte = {
    ...echte,
    factureerAbonnementen: (o, regels, context, opVoortgang) =>
      echte.factureerAbonnementen(o, regels, context, async (v) => {
        await opVoortgang?.(v)
        if (!houdBij(v)) return
        halte.bereikt.los()
        await halte.verder.belofte
      }),
  }
  return {
    cockpit,
    bereikt: () => halte.bereikt.belofte,
    verder: () => {
      const oud = halte
      halte = { bereikt: wacht(), verder: wacht() }
      oud.verder.los()
    },
  }
}

describe('cockpit-web batch actions (R17–R21)', () => {
  it('offers each action with exactly its R20 options, and only actions whose source the host gives', async () => {
    const lijst = await haal('/acties')
    expect([...lijst.tekst.matchAll(/href="\/acties\/([a-z-]+)"/g)].map((m) => m[1])).toEqual([
      'abonnementen',
      'concepten',
      'te-factureren-regels',
      'verzamelfactuur',
    ])
    const opties = (namen: readonly (string | undefined)[]) => namen.filter((n) => n !== '_csrf' && n !== 'runId')
    expect(opties((await formulier('abonnementen')).namen)).toEqual([
      'administratie',
      'peildatum',
      'factuurdatum',
      'meenemenTeCrediterenRegels',
      'verstrekkenNaVoltooien',
      'journaliserenNaVoltooien',
    ])
    expect(opties((await formulier('concepten')).namen)).toEqual([
      'administratie',
      'factuurdatum',
      'verstrekkenNaVoltooien',
      'journaliserenNaVoltooien',
    ])
    expect(opties((await formulier('te-factureren-regels')).namen)).toEqual([
      'administratie',
      'verstrekkenNaVoltooien',
      'journaliserenNaVoltooien',
    ])
    expect(opties((await formulier('verzamelfactuur')).namen)).toEqual([
      'administratie',
      'totEnMet',
      'factuurdatum',
      'verkooprelaties',
      'verstrekkenNaVoltooien',
      'journaliserenNaVoltooien',
    ])
    expect((await haal('/acties/ordermanagement')).status).toBe(404)
  })

  it('refuses an option the action lacks with 400 naming it, and writes nothing', async () => {
    const voor = (await events()).length
    const { _csrf, runId } = await formulier('concepten')
    const geweigerd = await post('/acties/concepten', {
      _csrf,
      runId,
      administratie: 'A1',
      factuurdatum: '2026-04-30',
      meenemenTeCrediterenRegels: 'ja',
    })
    expect(geweigerd.status).toBe(400)
    expect(geweigerd.tekst).toContain(
      'meenemenTeCrediterenRegels &#39;ja&#39;: factureren concepten kent deze optie niet (wel: administratie, factuurdatum, verstrekkenNaVoltooien, journaliserenNaVoltooien)',
    )
    const zonderDatum = await post('/acties/concepten', {
      _csrf,
      runId,
      administratie: 'A1',
      factuurdatum: '30-04-2026',
    })
    expect(zonderDatum.status).toBe(400)
    expect(zonderDatum.tekst).toContain('factuurdatum &#39;30-04-2026&#39;: geef een datum als JJJJ-MM-DD')
    expect((await events()).length).toBe(voor)
    expect((await haal(`/runs/${runId}`)).status).toBe(404)
  })

  it('the batch actions are for users who may see every relatie (R12)', async () => {
    expect((await haal('/acties', 'jan')).status).toBe(403)
    expect((await haal('/acties/abonnementen', 'jan')).status).toBe(403)
  })

  it('factureren abonnementen runs in the background; its status page lists the invoices; a resubmit joins the run', async () => {
    const run = await draai('abonnementen', { peildatum: '2026-04-30', factuurdatum: '2026-04-30' })
    expect(run.tekst).toContain('data-stand="klaar"')
    expect(run.gemaakt).toHaveLength(3)
    expect(await aangemaakt()).toEqual(run.gemaakt)
    const opnieuw = await post('/acties/abonnementen', {
      _csrf: run._csrf,
      runId: run.runId,
      administratie: 'A1',
      peildatum: '2026-04-30',
      factuurdatum: '2026-04-30',
    })
    expect(opnieuw.locatie).toBe(`/runs/${run.runId}`)
    expect(await aangemaakt()).toEqual(run.gemaakt)
  })

  it('factureren concepten invoices every factureerbaar concept in one step (R1)', async () => {
    await opzet.concepten.stelFactureerbaar(
      { administratie: 'A1', conceptId: opzet.conceptIds.c30003 },
      { commandId: 'host-factureerbaar', occurredAt: '2026-04-30T09:00:00.000Z', actor: 'boekhouder' },
    )
    const run = await draai('concepten', { factuurdatum: '2026-04-30', journaliserenNaVoltooien: 'ja' })
    expect(run.tekst).toContain('data-stand="klaar"')
    expect(run.gemaakt).toEqual([`${run.runId}-${opzet.conceptIds.c30003}`])
    const factuur = await haal(`/facturen/A1/${run.gemaakt[0]}`)
    expect(factuur.tekst).toMatch(/<dt>Gejournaliseerd<\/dt>\s*<dd>ja<\/dd>/)
  })

  it('R21: a run stopped by a blocked relatie is finished by factureren te factureren regels, nothing twice', async () => {
    opzet.blokkeer('10001', true)
    const gestopt = await draai('abonnementen', { peildatum: '2026-04-30', factuurdatum: '2026-04-30' })
    expect(gestopt.tekst).toContain('data-stand="gestopt"')
    expect(gestopt.tekst).toContain('RELATIE_GEBLOKKEERD')
    expect(gestopt.tekst).toMatch(
      /data-fase="factureren">\s*Gestopt tijdens: <strong>Factureren<\/strong> — <span class="tellingen">1 van 3 facturen gemaakt</,
    )
    const eerste = await aangemaakt()
    expect(eerste).toHaveLength(1)
    const klaargezet = await haal('/acties/te-factureren-regels?administratie=A1')
    expect([...klaargezet.tekst.matchAll(/data-klaargezet="([^"]+)"/g)].map((m) => m[1])).toHaveLength(2)
    opzet.blokkeer('10001', false)
    const herstel = await draai('te-factureren-regels', {})
    expect(herstel.tekst).toContain('data-stand="klaar"')
    expect(herstel.gemaakt).toHaveLength(2)
    const alle = await aangemaakt()
    expect(alle).toEqual([...eerste, ...herstel.gemaakt])
    expect(new Set(alle).size).toBe(3)
    const leeg = await haal('/acties/te-factureren-regels?administratie=A1')
    expect(leeg.tekst).toContain('Klaargezette facturen (0)')
  })

  it('the status page shows the phase and counts while the run is going (12 van 40 facturen gemaakt)', async () => {
    const tellingen = (tekst: string) =>
      /data-fase="([a-z]+)">\s*Fase: <strong>([^<]+)<\/strong>(?: — <span class="tellingen">([^<]+)<)?/
        .exec(tekst)
        ?.slice(1)
    const gehouden = gehoudenCockpit(
      (v) => (v.fase === 'factureren' && v.gemaakt === 1) || (v.fase === 'voltooien' && v.verstrekt === 2),
    )
    app = testCockpit({ ...opzet, cockpit: gehouden.cockpit }, '2026-04-30T10:00:00.000Z')
    const { _csrf, runId } = await formulier('abonnementen')
    const gestart = await post('/acties/abonnementen', {
      _csrf,
      runId,
      administratie: 'A1',
      peildatum: '2026-04-30',
      factuurdatum: '2026-04-30',
      verstrekkenNaVoltooien: 'ja',
      journaliserenNaVoltooien: 'ja',
    })
    expect(gestart.status).toBe(303)

    await gehouden.bereikt()
    const maken = await haal(gestart.locatie)
    expect(maken.tekst).toContain('data-stand="bezig"')
    expect(maken.tekst).toContain('<meta http-equiv="refresh" content="1" />')
    expect(tellingen(maken.tekst)).toEqual(['factureren', 'Factureren', '1 van 3 facturen gemaakt'])
    expect(await aangemaakt()).toHaveLength(1)

    gehouden.verder()
    await gehouden.bereikt()
    const voltooien = await haal(gestart.locatie)
    expect(voltooien.tekst).toContain('data-stand="bezig"')
    expect(tellingen(voltooien.tekst)).toEqual([
      'voltooien',
      'Verstrekken en journaliseren',
      '2 van 3 facturen verstrekt, 2 van 3 facturen gejournaliseerd',
    ])

    gehouden.verder()
    const klaar = await draaiTotKlaar(gestart.locatie)
    expect(klaar.tekst).toContain('data-stand="klaar"')
    expect(klaar.tekst).toContain('3 facturen gemaakt in')
    expect(tellingen(klaar.tekst)).toBeUndefined()
  })

  it('the invoice PDF for a user who may see the invoice, 404 for one who may not', async () => {
    const run = await draai('abonnementen', { peildatum: '2026-04-30', factuurdatum: '2026-04-30' })
    const pad = `/facturen/A1/${run.gemaakt[0]}`
    expect((await haal(pad)).tekst).toContain(`href="${pad}/pdf"`)
    const antwoord = await app.request(`${ORIGIN}${pad}/pdf`, { headers: { 'x-gebruiker': 'boekhouder' } })
    expect(antwoord.status).toBe(200)
    expect(antwoord.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await antwoord.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    expect((await haal(`${pad}/pdf`, 'jan')).status).toBe(404)
  })
})
