import { type CommandContext, InMemoryEventStore, readAllEvents } from '@factuurstroom/eventsourcing'
import type { Either } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { conceptRegistry } from './events'
import { type ConceptService, conceptService } from './service'
import {
  btwCodes,
  nacalculatieInvoer,
  nacalculatieregel,
  projectBeurs,
  projectInstellingen,
  relatie10032,
  relatieInstellingen,
} from './voorbeeld.fixture'

let teller = 0
const ctx = (commandId = `cmd-${++teller}`): CommandContext => ({ commandId, occurredAt: '2026-01-31T12:00:00.000Z' })

const regel = nacalculatieregel

const nacalculatie = nacalculatieInvoer

const sleutel = {
  administratie: 'ADM01',
  verkooprelatie: '10032',
  valuta: 'EUR',
  btwPlicht: 'binnenland',
  project: projectBeurs.nummer,
}

const ok = <A>(result: Either<{ code: string; message: string }, A>): A => {
  if (result._tag === 'Left') throw new Error(`${result.left.code}: ${result.left.message}`)
  return result.right
}

const alles = async (store: InMemoryEventStore) => {
  const events = []
  for await (const event of readAllEvents(store)) events.push(event)
  return events
}

const opzet = (
  options: Parameters<typeof conceptService>[1] = {},
): { store: InMemoryEventStore; service: ConceptService } => {
  const store = new InMemoryEventStore()
  return { store, service: conceptService(store, options) }
}

describe('concept service with the in-memory store', () => {
  it('R3: 64 concurrent lines for one new key make exactly one concept holding all 64 lines', async () => {
    const { store, service } = opzet({ conceptReeks: 'CF' })
    ok(
      await service.richtTellerReeksIn(
        {
          administratie: 'ADM01',
          reeks: 'CF',
          omschrijving: 'Conceptfacturen',
          voorloopgedeelte: 'CF26',
          aantalCijfers: 4,
        },
        ctx(),
      ),
    )
    const results = await Promise.all(
      Array.from({ length: 64 }, (_, i) => service.neemNacalculatieOver(nacalculatie([regel(`n${i}`)]), ctx())),
    )
    const conceptIds = new Set(results.map((result) => ok(result).concepten[0]?.conceptId))
    expect(conceptIds.size).toBe(1)
    const [conceptId] = [...conceptIds] as [string]
    const state = await service.laad('ADM01', conceptId)
    expect(state.regels.size).toBe(64)
    expect(state.kop?.nummer).toBe('CF260001')
    expect(await service.houderVan(sleutel)).toBe(conceptId)
    const geopend = (await alles(store)).filter((event) => event.type === 'ConceptGeopend')
    expect(geopend).toHaveLength(1)
  })

  it('R14: concepts get unique numbers from the teller reeks, with its voorloopgedeelte', async () => {
    const { service } = opzet({ conceptReeks: 'CF' })
    ok(
      await service.richtTellerReeksIn(
        {
          administratie: 'ADM01',
          reeks: 'CF',
          omschrijving: 'Conceptfacturen',
          voorloopgedeelte: 'K',
          aantalCijfers: 3,
        },
        ctx(),
      ),
    )
    const a = ok(await service.neemNacalculatieOver(nacalculatie([regel('a', { project: 'P-2' })]), ctx()))
    const b = ok(await service.neemNacalculatieOver(nacalculatie([regel('b')]), ctx()))
    const nummers = await Promise.all(
      [a, b].map(async (uit) => (await service.laad('ADM01', uit.concepten[0]?.conceptId as string)).kop?.nummer),
    )
    expect(nummers).toEqual(['K001', 'K002'])
  })

  it('R14: a voorloopgedeelte with a sixth character is refused and nothing is written', async () => {
    const { store, service } = opzet()
    const result = await service.richtTellerReeksIn(
      {
        administratie: 'ADM01',
        reeks: 'CF',
        omschrijving: 'Conceptfacturen',
        voorloopgedeelte: 'CF2026',
        aantalCijfers: 4,
      },
      ctx(),
    )
    expect(result._tag === 'Left' && result.left.code).toBe('DECODE_FAILED')
    expect(result._tag === 'Left' && result.left.message).toContain('voorloopgedeelte')
    expect(await alles(store)).toEqual([])
  })

  it('R5: a batch with two btw-plichten is split into two concepts, one per btw-plicht', async () => {
    const { service } = opzet()
    const uit = ok(
      await service.neemNacalculatieOver(
        nacalculatie([regel('n1'), regel('n2', { btwPlicht: 'verlegd' }), regel('n3')]),
        ctx(),
      ),
    )
    expect(uit.concepten).toHaveLength(2)
    const states = await Promise.all(uit.concepten.map((c) => service.laad('ADM01', c.conceptId)))
    expect(states.map((s) => [s.btwPlicht, [...s.regels.keys()]])).toEqual([
      ['binnenland', ['n1', 'n3']],
      ['verlegd', ['n2']],
    ])
  })

  it('R5: lines move to a concept with another btw-plicht, and take its btw-plicht', async () => {
    const { service } = opzet()
    const uit = ok(
      await service.neemNacalculatieOver(nacalculatie([regel('n1'), regel('n2', { btwPlicht: 'verlegd' })]), ctx()),
    )
    const [binnenland, verlegd] = uit.concepten.map((c) => c.conceptId) as [string, string]
    ok(
      await service.boekRegelsOver(
        { administratie: 'ADM01', vanConceptId: verlegd, naarConceptId: binnenland, regelIds: ['n2'] },
        ctx(),
      ),
    )
    const doel = await service.laad('ADM01', binnenland)
    expect([...doel.regels.keys()]).toEqual(['n1', 'n2'])
    expect(doel.status).toBe('gewijzigd')
    expect((await service.laad('ADM01', verlegd)).regels.size).toBe(0)
  })

  it('R5: a concept changes btw-plicht only while the new key is free', async () => {
    const { store, service } = opzet()
    const uit = ok(
      await service.neemNacalculatieOver(nacalculatie([regel('n1'), regel('n2', { btwPlicht: 'verlegd' })]), ctx()),
    )
    const [binnenland, verlegd] = uit.concepten.map((c) => c.conceptId) as [string, string]
    const voor = (await alles(store)).length
    const bezet = await service.wijzigBtwPlicht(
      { administratie: 'ADM01', conceptId: verlegd, btwPlicht: 'binnenland' },
      ctx(),
    )
    expect(bezet._tag === 'Left' && bezet.left.code).toBe('CONCEPT_SLEUTEL_BEZET')
    expect((await alles(store)).length).toBe(voor)

    ok(await service.wijzigBtwPlicht({ administratie: 'ADM01', conceptId: verlegd, btwPlicht: 'buitenEU' }, ctx()))
    expect((await service.laad('ADM01', verlegd)).btwPlicht).toBe('buitenEU')
    expect(await service.houderVan({ ...sleutel, btwPlicht: 'buitenEU' })).toBe(verlegd)
    expect(await service.houderVan({ ...sleutel, btwPlicht: 'verlegd' })).toBeUndefined()
    expect(await service.houderVan(sleutel)).toBe(binnenland)
  })

  it('R2: per regel every line opens its own concept, also for the same key', async () => {
    const { service } = opzet()
    const perRegel = { ...projectInstellingen, conceptmethode: 'perRegel' }
    const uit = ok(
      await service.neemNacalculatieOver(
        nacalculatie([regel('n1'), regel('n2')], { projectInstellingen: perRegel }),
        ctx(),
      ),
    )
    const tweede = ok(
      await service.neemNacalculatieOver(nacalculatie([regel('n3')], { projectInstellingen: perRegel }), ctx()),
    )
    const ids = [...uit.concepten, ...tweede.concepten].map((c) => c.conceptId)
    expect(new Set(ids).size).toBe(3)
  })

  it('R4: after switching from per project to per verkooprelatie, a new concept appears beside the old one', async () => {
    const { service } = opzet()
    const oud = ok(await service.neemNacalculatieOver(nacalculatie([regel('n1')]), ctx())).concepten[0]?.conceptId
    const perRelatie = { ...projectInstellingen, conceptmethode: 'perVerkooprelatie' }
    const nieuw = ok(
      await service.neemNacalculatieOver(
        nacalculatie([regel('n2'), regel('n3', { project: 'P-2' })], { projectInstellingen: perRelatie }),
        ctx(),
      ),
    )
    expect(nieuw.concepten).toHaveLength(1)
    expect(nieuw.concepten[0]?.conceptId).not.toBe(oud)
    expect((await service.laad('ADM01', oud as string)).regels.size).toBe(1)
    expect((await service.laad('ADM01', nieuw.concepten[0]?.conceptId as string)).regels.size).toBe(2)
  })

  it('R3 R11: invoicing everything frees the key; a partly invoiced concept with deferred lines keeps it', async () => {
    const { service } = opzet()
    const conceptId = ok(await service.neemNacalculatieOver(nacalculatie([regel('n1'), regel('n2')]), ctx()))
      .concepten[0]?.conceptId as string
    ok(
      await service.wijzigVerwerkingsmethode(
        { administratie: 'ADM01', conceptId, regelIds: ['n2'], verwerking: 'doorschuiven' },
        ctx(),
      ),
    )
    ok(await service.stelFactureerbaar({ administratie: 'ADM01', conceptId }, ctx()))
    const factuur = (factuurId: string) => ({
      administratie: 'ADM01',
      conceptId,
      factuurId,
      factuurdatum: '2026-01-31',
      projectInstellingen,
      relatieInstellingen,
      btwCodes,
      btwAfrondingsmodus: 'PER_TOTAAL',
      projecten: [{ nummer: projectBeurs.nummer, apartFactureren: false }],
    })
    ok(await service.factureer(factuur('f-1'), ctx()))
    expect(await service.houderVan(sleutel)).toBe(conceptId)
    expect([...(await service.laad('ADM01', conceptId)).regels.keys()]).toEqual(['n2'])

    ok(
      await service.wijzigVerwerkingsmethode(
        { administratie: 'ADM01', conceptId, regelIds: ['n2'], verwerking: 'factureren' },
        ctx(),
      ),
    )
    ok(await service.stelFactureerbaar({ administratie: 'ADM01', conceptId }, ctx()))
    ok(await service.factureer(factuur('f-2'), ctx()))
    expect((await service.laad('ADM01', conceptId)).status).toBe('gefactureerd')
    expect(await service.houderVan(sleutel)).toBeUndefined()

    const volgende = ok(await service.neemNacalculatieOver(nacalculatie([regel('n9')]), ctx())).concepten[0]?.conceptId
    expect(volgende).not.toBe(conceptId)
  })

  it('R3: a command sent twice (same command id) appends nothing the second time', async () => {
    const { store, service } = opzet()
    const context = ctx('dubbel')
    ok(await service.neemNacalculatieOver(nacalculatie([regel('n1')]), context))
    const voor = (await alles(store)).length
    const again = ok(await service.neemNacalculatieOver(nacalculatie([regel('n1')]), context))
    expect(again.concepten[0]?.duplicate).toBe(true)
    expect((await alles(store)).length).toBe(voor)
  })

  it('R15: the host declares free fields with its own codec; they are validated and carried in the events', async () => {
    const { store, service } = opzet({
      vrijeVelden: {
        concept: t.type({ inkoopordernummer: t.string }),
        conceptregel: t.type({ kostenplaats: t.keyof({ KP1: null, KP2: null }) }),
      },
    })
    const fout = await service.neemNacalculatieOver(
      nacalculatie([regel('n1', { vrijeVelden: { kostenplaats: 'KP9' } })]),
      ctx(),
    )
    expect(fout._tag === 'Left' && fout.left.code).toBe('DECODE_FAILED')
    expect(fout._tag === 'Left' && fout.left.message).toContain('kostenplaats')
    expect(await alles(store)).toEqual([])

    const uit = ok(
      await service.neemNacalculatieOver(
        nacalculatie([regel('n1', { vrijeVelden: { kostenplaats: 'KP1' } })], {
          conceptVrijeVelden: { inkoopordernummer: 'PO-77' },
        }),
        ctx(),
      ),
    )
    const [geopend, toegevoegd] = uit.concepten[0]?.events ?? []
    expect(geopend?.type === 'ConceptGeopend' && geopend.data.vrijeVelden).toEqual({ inkoopordernummer: 'PO-77' })
    expect(toegevoegd?.type === 'ConceptRegelsToegevoegd' && toegevoegd.data.regels[0]?.vrijeVelden).toEqual({
      kostenplaats: 'KP1',
    })
  })

  describe('bad input gets a typed error and writes nothing', () => {
    const gevallen: [string, (service: ConceptService) => Promise<Either<{ code: string }, unknown>>, string][] = [
      [
        'an unknown project',
        (s) => s.neemNacalculatieOver(nacalculatie([regel('n1', { project: 'P-404' })]), ctx()),
        'PROJECT_ONBEKEND',
      ],
      [
        'a line in another valuta than its concept',
        (s) => s.neemNacalculatieOver(nacalculatie([regel('n1', { valuta: 'USD' })]), ctx()),
        'REGEL_VALUTA_WIJKT_AF',
      ],
      [
        'an amount with three decimals',
        (s) => s.neemNacalculatieOver(nacalculatie([regel('n1', { bedrag: '95.001' })]), ctx()),
        'DECODE_FAILED',
      ],
      ['no lines at all', (s) => s.neemNacalculatieOver(nacalculatie([]), ctx()), 'DECODE_FAILED'],
      [
        'an unknown conceptmethode',
        (s) =>
          s.neemNacalculatieOver(
            nacalculatie([regel('n1')], { projectInstellingen: { ...projectInstellingen, conceptmethode: 'perWeek' } }),
            ctx(),
          ),
        'DECODE_FAILED',
      ],
      [
        'afronding without verdichting',
        (s) =>
          s.neemNacalculatieOver(
            nacalculatie([regel('n1')], { projectInstellingen: { ...projectInstellingen, verdichting: 'geen' } }),
            ctx(),
          ),
        'AFRONDING_ZONDER_VERDICHTING',
      ],
      [
        'the same nacalculatie line twice',
        (s) => s.neemNacalculatieOver(nacalculatie([regel('n1'), regel('n1')]), ctx()),
        'CONCEPTREGEL_BESTAAT_AL',
      ],
      [
        'a plus-regel with a negative quantity',
        (s) =>
          s.openHandmatigConcept(
            {
              administratie: 'ADM01',
              verkooprelatie: relatie10032,
              valuta: 'EUR',
              projectInstellingen,
              relatieInstellingen,
              project: projectBeurs,
              regel: {
                regelId: 'p1',
                soort: 'kosten',
                itemcode: 'DIV',
                omschrijving: 'Diversen',
                aantal: '-2',
                prijs: '10.00',
                btwTariefgroep: 'hoog',
                integratiegroep: 'KOSTEN',
                valuta: 'EUR',
              },
            },
            ctx(),
          ),
        'DECODE_FAILED',
      ],
      [
        'an advance with a negative amount',
        (s) =>
          s.voegVoorschotToe(
            {
              administratie: 'ADM01',
              verkooprelatie: relatie10032,
              valuta: 'EUR',
              projectInstellingen,
              relatieInstellingen,
              project: projectBeurs,
              voorschotfactuur: {
                factuurnummer: 'V1',
                bron: 'abonnement',
                bedrag: '-10.00',
                btwBedrag: '-2.10',
                btwCode: 'HOOG',
                btwPercentage: '21',
              },
            },
            ctx(),
          ),
        'VOORSCHOTBEDRAG_NIET_POSITIEF',
      ],
      [
        'invoicing a concept that does not exist',
        (s) =>
          s.factureer(
            {
              administratie: 'ADM01',
              conceptId: 'nope',
              factuurId: 'f',
              factuurdatum: '2026-01-31',
              projectInstellingen,
              relatieInstellingen,
              btwCodes,
              btwAfrondingsmodus: 'PER_TOTAAL',
              projecten: [],
            },
            ctx(),
          ),
        'CONCEPT_BESTAAT_NIET',
      ],
      [
        'a date that does not exist',
        (s) =>
          s.factureer(
            {
              administratie: 'ADM01',
              conceptId: 'x',
              factuurId: 'f',
              factuurdatum: '2026-02-30',
              projectInstellingen,
              relatieInstellingen,
              btwCodes,
              btwAfrondingsmodus: 'PER_TOTAAL',
              projecten: [],
            },
            ctx(),
          ),
        'DECODE_FAILED',
      ],
      [
        'concepts switched off',
        (s) =>
          s.neemNacalculatieOver(
            nacalculatie([regel('n1')], {
              projectInstellingen: { ...projectInstellingen, facturerenOpBasisVanConcepten: false },
            }),
            ctx(),
          ),
        'CONCEPTFACTURERING_UIT',
      ],
    ]
    for (const [wat, doe, code] of gevallen) {
      it(`${wat} → ${code}`, async () => {
        const { store, service } = opzet()
        const result = await doe(service)
        expect(result._tag === 'Left' && result.left.code).toBe(code)
        expect(await alles(store)).toEqual([])
      })
    }
  })
})

describe('plus-regels through the service', () => {
  const plusRegel = (regelId: string, aantal: string, prijs: string) => ({
    regelId,
    soort: 'kosten',
    itemcode: 'DIV',
    omschrijving: 'Diversen',
    aantal,
    prijs,
    btwTariefgroep: 'hoog',
    integratiegroep: 'KOSTEN',
    valuta: 'EUR',
  })

  it('computes a plus-regel amount as aantal × prijs rounded HALF_UP_CENT, and records that rounding', async () => {
    const { store, service } = opzet()
    const geopend = ok(
      await service.openHandmatigConcept(
        {
          administratie: 'ADM01',
          verkooprelatie: relatie10032,
          valuta: 'EUR',
          projectInstellingen,
          relatieInstellingen,
          project: projectBeurs,
          regel: plusRegel('p1', '0.333', '0.15'),
        },
        ctx(),
      ),
    )
    const conceptId = geopend.concepten[0]?.conceptId as string
    ok(
      await service.voegPlusRegelToe(
        { administratie: 'ADM01', conceptId, regel: plusRegel('p2', '3', '19.995') },
        ctx(),
      ),
    )
    type Regel = { regelId: string; bedrag: string; bedragAfronding?: string }
    const regels = (await alles(store))
      .filter((event) => event.type === 'ConceptRegelsToegevoegd')
      // Read back through the registry: the stored form leaves out an amount that is quantity times price.
      .flatMap((event) => (conceptRegistry.decodeOrThrow(event).data as { regels: Regel[] }).regels)
      .map((regel) => [regel.regelId, regel.bedrag, regel.bedragAfronding])
    expect(regels).toEqual([
      ['p1', '0.05', 'HALF_UP_CENT'],
      ['p2', '59.99', 'HALF_UP_CENT'],
    ])
  })
})

describe('R9: an advance invoice is settled exactly once', () => {
  const voorschot = (project: { nummer: string; omschrijving: string }) => ({
    administratie: 'ADM01',
    verkooprelatie: relatie10032,
    valuta: 'EUR',
    projectInstellingen,
    relatieInstellingen,
    project,
    voorschotfactuur: {
      factuurnummer: 'V-2026-001',
      bron: 'projectfactuur',
      bedrag: '1000.00',
      btwBedrag: '210.00',
      btwCode: 'HOOG',
      btwPercentage: '21',
    },
  })
  const anderProject = { nummer: 'P-2026-015', omschrijving: 'Jaarverslag' }

  it('R9: the same advance cannot be put on a second concept, and the second concept gains nothing', async () => {
    const { store, service } = opzet()
    const eerste = ok(await service.voegVoorschotToe(voorschot(projectBeurs), ctx('v-1')))
    expect(eerste.concepten).toHaveLength(1)
    const voor = (await alles(store)).length
    const tweede = await service.voegVoorschotToe(voorschot(anderProject), ctx('v-2'))
    expect(tweede._tag === 'Left' && tweede.left.code).toBe('VOORSCHOT_AL_TOEGEWEZEN')
    expect((await alles(store)).length).toBe(voor)
    const opnieuw = ok(await service.voegVoorschotToe(voorschot(projectBeurs), ctx('v-1')))
    expect(opnieuw.concepten.map((c) => c.conceptId)).toEqual(eerste.concepten.map((c) => c.conceptId))
    expect((await alles(store)).length).toBe(voor)
  })

  it('R9: an advance the concept refuses leaves no claim behind', async () => {
    const { store, service } = opzet()
    const eerste = ok(await service.voegVoorschotToe(voorschot(projectBeurs), ctx('v-1')))
    const zelfdeConcept = await service.voegVoorschotToe(voorschot(projectBeurs), ctx('v-3'))
    expect(zelfdeConcept._tag === 'Left' && zelfdeConcept.left.code).toBe('VOORSCHOT_AL_OP_CONCEPT')
    const claims = (await alles(store)).filter((e) => e.streamId.startsWith('voorschot-')).map((e) => e.type)
    expect(claims).toEqual(['VoorschotGeclaimd'])
    expect(eerste.concepten).toHaveLength(1)
  })
})
