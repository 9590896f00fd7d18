import { type EventStore, HashChainingEventStore, readAllEvents } from '@factuurstroom/eventsourcing'
import { weergaven } from '@factuurstroom/facturatie'
import { PostgresEventStore } from '@factuurstroom/store-postgres'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Host, maakHost } from './app'
import { richtIn, werkvoorbeeld } from './stamgegevens'

const { weergaveRegistry } = weergaven

/**
 * HTTP-level given-when-then. Given: the history the host's earlier requests wrote. When: one request. Then: the
 * exact response, and the exact events that request appended (stream, type, data), in order.
 *
 * The store is PostgreSQL: a server when FACTUURSTROOM_PG_URL is set (a fresh schema per test), PGlite in memory
 * otherwise.
 */
let host: Host
let store: EventStore
let teller = 0

beforeEach(async () => {
  const url = process.env.FACTUURSTROOM_PG_URL
  const postgres = url
    ? await PostgresEventStore.connect({ connectionString: url, schema: `host_http_${Date.now()}_${++teller}` })
    : await PostgresEventStore.embedded()
  store = new HashChainingEventStore(postgres)
  let id = 0
  host = maakHost({
    store,
    stamgegevens: werkvoorbeeld,
    nu: () => '2026-03-31T16:00:00.000Z',
    nieuwId: () => `id-${++id}`,
  })
  await richtIn(host.inrichting, werkvoorbeeld, (commandId) => ({ commandId, occurredAt: '2026-03-01T08:00:00.000Z' }))
})
afterEach(async () => {
  await store.close()
})

const boekhouder = { authorization: 'Bearer token-boekhouder' }
const project = { nummer: 'P-2026-014', omschrijving: 'Beursstand Jaarbeurs 2026' }
const regel = (
  regelId: string,
  soort: 'uren' | 'kosten',
  itemcode: string,
  naam: string,
  aantal: string,
  prijs: string,
  bedrag: string,
) => ({
  regelId,
  project: project.nummer,
  soort,
  itemcode,
  itemomschrijving: naam,
  omschrijving: soort === 'uren' ? `${naam} ${aantal} uur` : naam,
  aantal,
  prijs,
  bedrag,
  btwTariefgroep: 'hoog',
  integratiegroep: soort === 'uren' ? 'UREN' : 'KOSTEN',
})
/** The worked example's nacalculatie (DOMAIN.md §3), without the advance. */
const nacalculatie = {
  verkooprelatie: '10032',
  projecten: [project],
  regels: [
    regel('n1', 'uren', 'ADV', 'Advies', '7.50', '95.00', '712.50'),
    regel('n2', 'uren', 'ADV', 'Advies', '3.25', '95.00', '308.75'),
    regel('n3', 'uren', 'ONT', 'Ontwerp', '6.00', '82.50', '495.00'),
    regel('n4', 'kosten', 'REIS', 'Reiskosten', '142', '0.23', '32.66'),
    regel('n5', 'kosten', 'DRUK', 'Drukwerk', '1', '118.35', '118.35'),
  ],
}

type Verzoek = readonly [method: string, url: string, headers?: Record<string, string>, body?: unknown]

const gegeven = async (...verzoeken: Verzoek[]) => {
  for (const [method, url, headers = {}, body] of verzoeken) {
    const antwoord = await host.handle(method, url, headers, body)
    expect(antwoord.status, `${method} ${url}: ${JSON.stringify(antwoord.body)}`).toBeLessThan(300)
  }
}

const wanneer = async ([method, url, headers = {}, body]: Verzoek) => {
  let laatste: bigint | undefined
  for await (const e of readAllEvents(store)) laatste = e.globalPosition
  const antwoord = await host.handle(method, url, headers, body)
  const events: { stream: string; type: string; data: unknown }[] = []
  for await (const e of readAllEvents(store, { after: laatste })) {
    // The domain's data: an event kept in a stored form (docs/kernel.md) reads back expanded.
    const data = weergaveRegistry.knows(e.type) ? weergaveRegistry.decodeOrThrow(e).data : e.data
    events.push({ stream: e.streamId, type: e.type, data })
  }
  return { ...antwoord, events }
}

const nacalculatieVerzoek: Verzoek = [
  'POST',
  '/administraties/A1/nacalculatie',
  { ...boekhouder, 'idempotency-key': 'nacalculatie-1' },
  nacalculatie,
]
const factureerVerzoek: Verzoek = [
  'POST',
  '/administraties/A1/concepten/factureer',
  { ...boekhouder, 'idempotency-key': 'factureer-1' },
  { runId: 'RUN-2026-03', factuurdatum: '2026-03-31', concepten: ['id-1'] },
]

const journaalpost = {
  omschrijving: '[pro] 10032-Koninklijke Exhibitions Benelux B.V.',
  dagboek: '70',
  boekdatum: '2026-03-31',
  boekstukdatum: '2026-03-31',
  periode: '2026-03',
  btwPeriode: '2026-03',
  valuta: 'EUR',
  regels: [
    { soort: 'debiteur', rekening: '1300', debiteur: '10032', zijde: 'debet', bedrag: '2017.07' },
    { soort: 'grootboek', rekening: '8000', integratiegroepen: ['UREN'], zijde: 'credit', bedrag: '1516.00' },
    { soort: 'grootboek', rekening: '8050', integratiegroepen: ['KOSTEN'], zijde: 'credit', bedrag: '151.00' },
    {
      soort: 'btw',
      rekening: '1510',
      btwCode: 'HOOG',
      btwPercentage: '21',
      grondslag: '1667.00',
      zijde: 'credit',
      bedrag: '350.07',
    },
  ],
  totaalDebet: '2017.07',
  totaalCredit: '2017.07',
}
const openstaandePost = {
  debiteur: '10032',
  factuurnummer: '26000001',
  factuurdatum: '2026-03-31',
  vervaldatum: '2026-03-31',
  bedrag: '2017.07',
  valuta: 'EUR',
}

describe('host-http: given the earlier requests, when one request, then its response and exactly its events', () => {
  it('R30: POST journaliseer books the worked example (without advance): 2,017.07 = 1,516.00 + 151.00 + 350.07', async () => {
    await gegeven(nacalculatieVerzoek, factureerVerzoek)
    const { status, body, events } = await wanneer([
      'POST',
      '/administraties/A1/journaliseer',
      { ...boekhouder, 'idempotency-key': 'journaal-1' },
      {},
    ])
    expect([status, body]).toEqual([200, { gejournaliseerd: ['RUN-2026-03-id-1'] }])
    expect(events).toEqual([
      {
        stream: 'dagboek-A1-70',
        type: 'Gejournaliseerd',
        data: {
          administratie: 'A1',
          dagboek: '70',
          factuurId: 'RUN-2026-03-id-1',
          factuurnummer: '26000001',
          integratiesoort: 'automatischeProjectfacturen',
          omschrijvingFinancieel: 'bronNummerNaamFactuurrelatie',
          storneren: false,
          btwAfrondingsmodus: 'PER_TOTAAL',
          journaalpost,
          openstaandePost,
        },
      },
      {
        stream: 'factuur-A1-RUN-2026-03-id-1',
        type: 'FactuurGejournaliseerd',
        data: { administratie: 'A1', factuurId: 'RUN-2026-03-id-1', dagboek: '70', boekdatum: '2026-03-31' },
      },
    ])
    // Nothing left to journalise: the same request again appends nothing.
    const opnieuw = await wanneer(['POST', '/administraties/A1/journaliseer', boekhouder, {}])
    expect([opnieuw.status, opnieuw.body, opnieuw.events]).toEqual([200, { gejournaliseerd: [] }, []])
  })

  it('R1/R27: POST concepten/factureer invoices the concept and numbers it from verkoopboek 70', async () => {
    await gegeven(nacalculatieVerzoek)
    const { status, body, events } = await wanneer(factureerVerzoek)
    expect([status, body]).toEqual([201, { facturen: [{ factuurId: 'RUN-2026-03-id-1', factuurnummer: '26000001' }] }])
    expect(events.map((e) => [e.stream, e.type])).toEqual([
      ['concept-A1-id-1', 'ConceptFactureerbaarGesteld'],
      ['concept-A1-id-1', 'AfrondingsregelBerekend'],
      ['concept-A1-id-1', 'AfrondingsregelBerekend'],
      ['concept-A1-id-1', 'ConceptGefactureerd'],
      [expect.stringMatching(/^conceptsleutel/), 'ConceptSleutelVrijgegeven'],
      ['tefactureren-A1', 'TeFacturerenRegelsKlaargezet'],
      ['factuur-A1-RUN-2026-03-id-1', 'FactuurAangemaakt'],
      ['dagboek-A1-70', 'NummeringGestart'],
      ['dagboek-A1-70', 'FactuurnummerToegekend'],
      ['factuur-A1-RUN-2026-03-id-1', 'Gefactureerd'],
      ['tefactureren-A1', 'TeFacturerenRegelsGefactureerd'],
    ])
    // Numbering adds the number and the dagboek; the totals are the invoice's own.
    expect(events.find((e) => e.type === 'Gefactureerd')?.data).toEqual({
      administratie: 'A1',
      factuurId: 'RUN-2026-03-id-1',
      factuurnummer: '26000001',
      dagboek: '70',
    })
    expect(events.find((e) => e.type === 'FactuurAangemaakt')?.data).toMatchObject({
      btw: { totaalNetto: '1667.00', totaalBtw: '350.07', totaalBruto: '2017.07' },
    })
  })

  it('R22: GET facturen serves the views with a filter and pages; journalising alone keeps it "niet verwerkt"', async () => {
    await gegeven(nacalculatieVerzoek, factureerVerzoek, ['POST', '/administraties/A1/journaliseer', boekhouder, {}])
    const niet = await wanneer([
      'GET',
      '/administraties/A1/facturen?weergave=niet-verwerkt&relatie=10032&pagina=1&grootte=10',
      boekhouder,
    ])
    expect(niet.status).toBe(200)
    expect(niet.body).toMatchObject({
      rijen: [
        {
          administratie: 'A1',
          factuurId: 'RUN-2026-03-id-1',
          factuurnummer: '26000001',
          bron: 'concept',
          soort: 'apart',
          verkooprelatie: '10032',
          factuurrelatie: '10032',
          factuurrelatieNaam: 'Koninklijke Exhibitions Benelux B.V.',
          factuurdatum: '2026-03-31',
          totaalNetto: '1667.00',
          totaalBtw: '350.07',
          totaalBruto: '2017.07',
          volledigVerstrekt: false,
          gejournaliseerd: true,
          status: 'nietVerwerkt',
        },
      ],
      totaal: 1,
      pagina: 1,
    })
    expect(niet.events).toEqual([])
    const ander = await wanneer(['GET', '/administraties/A1/facturen?relatie=99999', boekhouder])
    expect(ander.body).toMatchObject({ rijen: [], totaal: 0 })
    const regels = await wanneer([
      'GET',
      '/administraties/A1/factuurregels?relatie=10032&pagina=2&grootte=2',
      boekhouder,
    ])
    expect(regels.body).toMatchObject({
      totaal: 3,
      pagina: 2,
      rijen: [{ omschrijving: 'Kosten', bedrag: '151.00', status: 'Afgehandeld' }],
    })
  })

  it('R12: a user sees the invoices of relaties where they are (hoofd)declarant; nobody unauthenticated', async () => {
    await gegeven(nacalculatieVerzoek, factureerVerzoek)
    const url = '/administraties/A1/facturen'
    expect((await wanneer(['GET', url, { authorization: 'Bearer token-declarant' }])).body).toMatchObject({ totaal: 1 })
    expect((await wanneer(['GET', url, { authorization: 'Bearer token-verkoper' }])).body).toMatchObject({ totaal: 0 })
    const anoniem = await wanneer(['GET', url])
    expect([anoniem.status, anoniem.events]).toEqual([401, []])
  })

  it('R12: the declarant assignment is a command; from its moment the new declarant sees the relatie, the old one not', async () => {
    await gegeven(nacalculatieVerzoek, factureerVerzoek)
    const url = '/administraties/A1/relaties/10032/declaranten'
    const verkoper = await wanneer([
      'POST',
      url,
      { authorization: 'Bearer token-verkoper' },
      { hoofddeclarant: 'MW002' },
    ])
    expect([verkoper.status, verkoper.events]).toEqual([403, []])
    const slecht = await wanneer(['POST', url, boekhouder, { hoofddeclarant: 7 }])
    expect([slecht.status, slecht.events]).toEqual([400, []])
    const toegewezen = await wanneer(['POST', url, boekhouder, { hoofddeclarant: 'MW002' }])
    expect(toegewezen.status).toBe(200)
    expect(toegewezen.events.map((e) => [e.type, e.data])).toEqual([
      ['DeclarantenToegewezen', { hoofddeclarant: 'MW002', administratie: 'A1', verkooprelatie: '10032' }],
    ])
    const facturen = '/administraties/A1/facturen'
    expect((await wanneer(['GET', facturen, { authorization: 'Bearer token-verkoper' }])).body).toMatchObject({
      totaal: 1,
    })
    expect((await wanneer(['GET', facturen, { authorization: 'Bearer token-declarant' }])).body).toMatchObject({
      totaal: 0,
    })
  })

  it('R24: GET journaalpost needs a user (401), an authorised one (403); reading appends nothing', async () => {
    await gegeven(nacalculatieVerzoek, factureerVerzoek, ['POST', '/administraties/A1/journaliseer', boekhouder, {}])
    const url = '/administraties/A1/facturen/RUN-2026-03-id-1/journaalpost'
    const anoniem = await wanneer(['GET', url])
    expect([anoniem.status, anoniem.events]).toEqual([401, []])
    const verkoper = await wanneer(['GET', url, { authorization: 'Bearer token-verkoper' }])
    expect(verkoper.status).toBe(403)
    expect(verkoper.body).toMatchObject({ code: 'JOURNAALPOST_NIET_GEAUTORISEERD' })
    expect(verkoper.events).toEqual([])
    const toegestaan = await wanneer(['GET', url, boekhouder])
    expect(toegestaan.status).toBe(200)
    expect(toegestaan.body).toMatchObject({
      factuurId: 'RUN-2026-03-id-1',
      factuurnummer: '26000001',
      journaalpost,
      openstaandePost,
    })
    expect(toegestaan.events).toEqual([])
  })

  it('bad input: POST nacalculatie with an amount that is not a Bedrag is a 400 naming the path, and writes nothing', async () => {
    const fout = { ...nacalculatie, regels: [{ ...nacalculatie.regels[0], bedrag: '712.5' }] }
    const { status, body, events } = await wanneer(['POST', '/administraties/A1/nacalculatie', boekhouder, fout])
    expect(status).toBe(400)
    expect(body).toMatchObject({ code: 'DECODE_FAILED' })
    expect((body as { message: string }).message).toContain('712.5')
    expect(events).toEqual([])
    const zonderToken = await wanneer(['POST', '/administraties/A1/nacalculatie', {}, nacalculatie])
    expect([zonderToken.status, zonderToken.events]).toEqual([401, []])
  })

  it('hostile input: NUL, right-to-left overrides, slashes, bad escapes, wrong types are a 400 with a message, never a 500, and write nothing', async () => {
    await gegeven(nacalculatieVerzoek)
    const metRegel = (veld: string, waarde: unknown) => ({
      ...nacalculatie,
      regels: [{ ...nacalculatie.regels[0], [veld]: waarde }],
    })
    const verzoeken: Verzoek[] = [
      ['POST', '/administraties/A%00/nacalculatie', boekhouder, nacalculatie],
      ['POST', '/administraties/%E0%A4%A/nacalculatie', boekhouder, nacalculatie],
      ['POST', '/administraties/a%2Fb/nacalculatie', boekhouder, nacalculatie],
      ['POST', '/administraties/A1/nacalculatie', boekhouder, { ...nacalculatie, verkooprelatie: '10032\u0000' }],
      ['POST', '/administraties/A1/nacalculatie', boekhouder, metRegel('regelId', '\u202en9')],
      ['POST', '/administraties/A1/nacalculatie', boekhouder, metRegel('omschrijving', 'a\u0000b')],
      ['POST', '/administraties/A1/nacalculatie', boekhouder, metRegel('aantal', '-0')],
      ['POST', '/administraties/A1/nacalculatie', boekhouder, metRegel('prijs', '12,50')],
      ['POST', '/administraties/A1/nacalculatie', boekhouder, metRegel('itemcode', "'; DROP TABLE events; --")],
      ['POST', '/administraties/A1/nacalculatie', boekhouder, [1, 2]],
      ['POST', '/administraties/A1/nacalculatie', boekhouder, 'x'.repeat(10_000)],
      [
        'POST',
        '/administraties/A1/concepten/factureer',
        boekhouder,
        { runId: 'a\u0000', factuurdatum: '2026-03-31', concepten: ['id-1'] },
      ],
      [
        'POST',
        '/administraties/A1/concepten/factureer',
        boekhouder,
        { runId: 'R1', factuurdatum: '2025-02-30', concepten: ['id-1'] },
      ],
      [
        'POST',
        '/administraties/A1/concepten/factureer',
        boekhouder,
        { runId: 'R1', factuurdatum: '2026-03-31', concepten: ['../x'] },
      ],
      ['POST', '/administraties/A1/journaliseer', boekhouder, { factuurIds: ['\u0000'] }],
      [
        'POST',
        '/administraties/A1/nacalculatie',
        { ...boekhouder, 'idempotency-key': 'a\u0000b' },
        metRegel('regelId', 'n9'),
      ],
      ['GET', '/administraties/A1/facturen/%00/journaalpost', boekhouder],
    ]
    for (const verzoek of verzoeken) {
      const { status, body, events } = await wanneer(verzoek)
      const wat = `${verzoek[0]} ${verzoek[1]} ${JSON.stringify(verzoek[3])?.slice(0, 80)}`
      expect([status, events], `${wat}: ${JSON.stringify(body)}`).toEqual([400, []])
      expect((body as { message: string }).message, wat).not.toMatch(/\n\s+at /)
    }
  })

  it('idempotency: the same Idempotency-Key again returns the same concept and appends nothing', async () => {
    await gegeven(nacalculatieVerzoek)
    const { status, body, events } = await wanneer(nacalculatieVerzoek)
    expect([status, body, events]).toEqual([201, { concepten: [{ conceptId: 'id-1', duplicate: true }] }, []])
  })
})
