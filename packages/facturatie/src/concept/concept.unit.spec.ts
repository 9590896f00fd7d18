import { decisionEvents, decisionWarnings } from '@factuurstroom/eventsourcing'
import { deciderSpec } from '@factuurstroom/eventsourcing/testing'
import { describe, expect, it } from 'vitest'
import { berekenBtw } from '../geld'
import type { ConceptCommand, NieuweRegel } from './commands'
import {
  controleerHandmatigeProjectfactuurRelatie,
  controleerProjectfactuurBron,
  verzamelingBijConcepten,
} from './controles'
import { conceptDecider } from './decide'
import { type ConceptEvent, type ConceptEventVan, type ConceptRegel, regelsVan } from './events'
import type { ProjectInstellingen } from './instellingen'
import { tellerDecider } from './teller'
import {
  ADM,
  alsConceptRegel,
  CONCEPT,
  factureer,
  factureerbaar,
  geopend,
  kop,
  nacalculatie,
  projectInstellingen,
  relatieInstellingen,
  toegevoegd,
  voorbeeldHistorie,
  voorschotfactuur,
  voorschotRegel,
} from './voorbeeld.fixture'

const spec = deciderSpec(conceptDecider)
const [n1, n2, n3, n4] = nacalculatie as [NieuweRegel, NieuweRegel, NieuweRegel, NieuweRegel]
const basis = [geopend(), toegevoegd(nacalculatie.map(alsConceptRegel))]

const beslis = (history: readonly ConceptEvent[], command: ConceptCommand) => {
  const state = history.reduce(conceptDecider.evolve, conceptDecider.initialState())
  const decision = conceptDecider.decide(command, state)
  if (decision._tag === 'Left') throw new Error(`${decision.left.code}: ${decision.left.message}`)
  return { events: decisionEvents(decision.right), warnings: decisionWarnings(decision.right).map((w) => w.code) }
}
const gefactureerd = (events: readonly ConceptEvent[]): ConceptEventVan<'ConceptGefactureerd'>['data'] => {
  const event = events.at(-1)
  if (event?.type !== 'ConceptGefactureerd') throw new Error(`expected ConceptGefactureerd, got ${event?.type}`)
  return event.data
}
const voegToe = (regels = [n1], overrides = {}): ConceptCommand => ({
  type: 'VoegNacalculatieRegelsToe',
  administratie: ADM,
  conceptId: CONCEPT,
  kop: kop(overrides),
  regels,
})
const zonder = (instellingen: Partial<ProjectInstellingen>): ProjectInstellingen => ({
  ...projectInstellingen,
  ...instellingen,
})

describe('R2 R3 R4 R5: which concept a line goes to', () => {
  it('R3: the first lines open the concept, recording the settings in force', () => {
    spec
      .given([])
      .when(voegToe([n1, n2]))
      .then([geopend(), toegevoegd([n1, n2].map(alsConceptRegel))])
  })

  it('R2: per regel a concept never takes a second line', () => {
    const perRegel = { projectInstellingen: zonder({ conceptmethode: 'perRegel' }) }
    spec
      .given([geopend(perRegel), toegevoegd([alsConceptRegel(n1)])])
      .when(voegToe([n2], perRegel))
      .thenFails('CONCEPT_PER_REGEL')
    spec
      .given([])
      .when(voegToe([n1, n2], perRegel))
      .thenFails('CONCEPT_PER_REGEL')
  })

  it('R5: lines of another btw-plicht never merge into the concept', () => {
    const error = spec
      .given(basis)
      .when(voegToe([{ ...n1, regelId: 'x' }], { btwPlicht: 'verlegd' }))
      .thenFails('BTW_PLICHT_WIJKT_AF')
    expect(error.message).toContain('overboeken')
  })

  it('R3: a line in another valuta than its concept is refused', () => {
    spec
      .given(basis)
      .when(voegToe([{ ...n1, regelId: 'x', nacalculatieRegelId: 'x', valuta: 'USD' }]))
      .thenFails('REGEL_VALUTA_WIJKT_AF')
  })

  it('R3: a per-project concept takes no lines of another project', () => {
    spec
      .given(basis)
      .when(voegToe([n1], { project: { nummer: 'P-2', omschrijving: 'Ander' } }))
      .thenFails('PROJECT_WIJKT_AF')
  })

  it('R4: a concept keeps the conceptmethode it was opened with when the setting changes', () => {
    const { events } = beslis([], voegToe([n1]))
    const open = events[0]
    expect(open?.type === 'ConceptGeopend' && open.data.conceptmethode).toBe('perProject')
  })

  it('R5: the btw-plicht of a concept can be changed', () => {
    spec
      .given(basis)
      .when({ type: 'WijzigBtwPlicht', administratie: ADM, conceptId: CONCEPT, btwPlicht: 'verlegd' })
      .then([
        {
          type: 'ConceptBtwPlichtGewijzigd',
          data: { administratie: ADM, conceptId: CONCEPT, van: 'binnenland', naar: 'verlegd' },
        },
      ])
  })

  it('R5 R11: lines moved in take the target verdichting and make the header gewijzigd', () => {
    const { events } = beslis(basis, {
      type: 'NeemRegelsOver',
      administratie: ADM,
      conceptId: CONCEPT,
      vanConceptId: 'c-2',
      valuta: 'EUR',
      regels: [
        {
          ...alsConceptRegel({ ...n3, regelId: 'm1', nacalculatieRegelId: 'm1' }),
          verdichteRegel: { id: 'oud', omschrijving: 'oud' },
        },
      ],
    })
    expect(events[0]?.type === 'ConceptRegelsOvergenomen' && regelsVan(events[0].data)[0]?.verdichteRegel?.id).toBe(
      'werksoort:ONT|UREN|hoog',
    )
    const state = [...basis, ...events].reduce(conceptDecider.evolve, conceptDecider.initialState())
    expect(state.status).toBe('gewijzigd')
  })
})

describe('R6: minimum and maximum invoice amount', () => {
  it('R6: below the relatie minimum only warns', () => {
    const { events, warnings } = beslis(
      voorbeeldHistorie,
      factureer({ relatieInstellingen: { ...relatieInstellingen, minimumFactuurbedrag: '1000.00' } }),
    )
    expect(warnings).toEqual(['FACTUURBEDRAG_ONDER_MINIMUM'])
    expect(gefactureerd(events).totaalNetto).toBe('667.00')
  })

  it('R6: above the maximum (project amount, relatie has none) only warns when not strict', () => {
    expect(
      beslis(voorbeeldHistorie, factureer({ projectInstellingen: zonder({ maximumFactuurbedrag: '500.00' }) }))
        .warnings,
    ).toEqual(['FACTUURBEDRAG_BOVEN_MAXIMUM'])
  })

  it('R6: not strict, the relatie settings apply even when lower than the project minimum', () => {
    const command = factureer({
      projectInstellingen: zonder({ minimumFactuurbedrag: '1000.00' }),
      relatieInstellingen: { ...relatieInstellingen, minimumFactuurbedrag: '500.00' },
    })
    expect(beslis(voorbeeldHistorie, command).warnings).toEqual([])
  })

  it('R6: strikt minimum overrides the relatie and blocks invoicing', () => {
    const error = spec
      .given(voorbeeldHistorie)
      .when(
        factureer({
          projectInstellingen: zonder({ striktMinimum: true, minimumFactuurbedrag: '1000.00' }),
          relatieInstellingen: { ...relatieInstellingen, minimumFactuurbedrag: '100.00' },
        }),
      )
      .thenFails('FACTUURBEDRAG_ONDER_STRIKT_MINIMUM')
    expect(error.message).toContain('667.00')
  })

  it('R6: strikt maximum blocks invoicing above it', () => {
    spec
      .given(voorbeeldHistorie)
      .when(factureer({ projectInstellingen: zonder({ striktMaximum: true, maximumFactuurbedrag: '600.00' }) }))
      .thenFails('FACTUURBEDRAG_BOVEN_STRIKT_MAXIMUM')
  })
})

describe('R7 R8: verdichting and afronding', () => {
  const metTekstcode = (regel: typeof n1, code: string) => ({
    ...regel,
    tekstcode: { code, omschrijving: `Tekst ${code}` },
  })

  it('R7: per tekstcode groups lines on their tekstcode; a line without one is refused', () => {
    const instellingen = { projectInstellingen: zonder({ verdichting: 'perTekstcode' }) }
    const { events } = beslis(
      [],
      voegToe([metTekstcode(n1, 'T1'), metTekstcode(n4, 'T1'), metTekstcode(n3, 'T2')], instellingen),
    )
    const regels = events[1]?.type === 'ConceptRegelsToegevoegd' ? regelsVan(events[1].data) : []
    expect(regels.map((r) => r.verdichteRegel?.id)).toEqual([
      'tekstcode:T1|UREN|hoog',
      'tekstcode:T1|KOSTEN|hoog',
      'tekstcode:T2|UREN|hoog',
    ])
    spec
      .given([])
      .when(voegToe([n1], instellingen))
      .thenFails('TEKSTCODE_VERPLICHT')
  })

  it('R7: per project and per project per tekstcode group by project', () => {
    const perProject = beslis([], voegToe([n1, n3], { projectInstellingen: zonder({ verdichting: 'perProject' }) }))
      .events[1]
    // The one verdichte regel is recorded once; both lines name its position.
    expect(
      perProject?.type === 'ConceptRegelsToegevoegd' && [
        perProject.data.verdichteRegels,
        perProject.data.regels.map((r) => r.verdichteRegel),
      ],
    ).toEqual([[{ id: 'project:P-2026-014|UREN|hoog', omschrijving: 'Beursstand Jaarbeurs 2026' }], [0, 0]])
    const perProjectTekst = beslis(
      [],
      voegToe([metTekstcode(n1, 'T1')], { projectInstellingen: zonder({ verdichting: 'perProjectPerTekstcode' }) }),
    ).events[1]
    expect(
      perProjectTekst?.type === 'ConceptRegelsToegevoegd' && regelsVan(perProjectTekst.data)[0]?.verdichteRegel?.id,
    ).toBe('project:P-2026-014|tekstcode:T1|UREN|hoog')
  })

  it('R7: changing a verdichte regel amount adds a correctieregel so the details still sum to it', () => {
    spec
      .given(basis)
      .when({
        type: 'WijzigVerdichteRegelBedrag',
        administratie: ADM,
        conceptId: CONCEPT,
        verdichteRegelId: 'werksoort:ADV|UREN|hoog',
        bedrag: '1000.00',
        correctieRegelId: 'k1',
      })
      .then([
        {
          type: 'VerdichteRegelBedragGewijzigd',
          data: {
            administratie: ADM,
            conceptId: CONCEPT,
            verdichteRegelId: 'werksoort:ADV|UREN|hoog',
            bedrag: '1000.00',
            regels: [
              {
                regelId: 'k1',
                herkomst: 'correctie',
                verwerkingsmethode: 'P',
                soort: 'uren',
                itemcode: 'ADV',
                omschrijving: 'Correctie Advies',
                bedrag: '-21.25',
                btwTariefgroep: 'hoog',
                integratiegroep: 'UREN',
                verdichteRegel: { id: 'werksoort:ADV|UREN|hoog', omschrijving: 'Advies' },
                project: n1.project as NonNullable<typeof n1.project>,
              },
            ],
          },
        },
      ])
  })

  it('R7 R8: a hand-set verdichte regel is invoiced at exactly that amount, without afronding', () => {
    const { events } = beslis(
      [
        ...basis,
        ...beslis(basis, {
          type: 'WijzigVerdichteRegelBedrag',
          administratie: ADM,
          conceptId: CONCEPT,
          verdichteRegelId: 'werksoort:ADV|UREN|hoog',
          bedrag: '1000.00',
          correctieRegelId: 'k1',
        }).events,
        factureerbaar(),
      ],
      factureer(),
    )
    expect(gefactureerd(events).factuuropdracht.regels[0]?.bedrag).toBe('1000.00')
    expect(
      events
        .filter((e) => e.type === 'AfrondingsregelBerekend')
        .map((e) => e.type === 'AfrondingsregelBerekend' && e.data.verdichteRegel.id),
    ).toEqual(['kosten|KOSTEN|hoog'])
  })

  it('R7: with verdichting a manual line becomes a new verdichte regel of its own', () => {
    const { events } = beslis(basis, {
      type: 'VoegPlusRegelToe',
      administratie: ADM,
      conceptId: CONCEPT,
      regel: {
        regelId: 'p1',
        soort: 'uren',
        itemcode: 'ADV',
        omschrijving: 'Extra advies',
        bedrag: '50.00',
        btwTariefgroep: 'hoog',
        integratiegroep: 'UREN',
        valuta: 'EUR',
      },
    })
    const regel = events[0]?.type === 'ConceptRegelsToegevoegd' ? regelsVan(events[0].data)[0] : undefined
    expect(regel?.verdichteRegel).toEqual({ id: 'plus:p1', omschrijving: 'Extra advies' })
    expect(regel?.verwerkingsmethode).toBe('P')
  })

  it('R8: step 5 to the nearest gives one afrondingsregel per verdichte regel, named with its method', () => {
    const methode = { stap: '5', richting: 'dichtstbij' as const }
    const { events } = beslis(
      voorbeeldHistorie,
      factureer({ projectInstellingen: zonder({ afronding: { methode, kostensoort: 'AFR' } }) }),
    )
    const afgerond = events.flatMap((e) =>
      e.type === 'AfrondingsregelBerekend' ? [[e.data.verdichteRegel.id, e.data.regel.bedrag, e.data.methode]] : [],
    )
    expect(afgerond).toEqual([
      ['werksoort:ADV|UREN|hoog', '-1.25', methode],
      ['kosten|KOSTEN|hoog', '-1.01', methode],
    ])
  })
})

describe('R9 R10 R11: voorschot, verwerkingsmethode and header status', () => {
  const verwerk = (
    regelIds: string[],
    verwerking: 'factureren' | 'doorschuiven' | 'afboeken',
    reden?: string,
  ): ConceptCommand => ({
    type: 'WijzigVerwerkingsmethode',
    administratie: ADM,
    conceptId: CONCEPT,
    regelIds,
    verwerking,
    ...(reden === undefined ? {} : { reden }),
  })
  const na = (history: ConceptEvent[], command: ConceptCommand) => [...history, ...beslis(history, command).events]

  it('R9: the same advance invoice is put on a concept once', () => {
    spec
      .given(voorbeeldHistorie)
      .when({
        type: 'VoegVoorschotRegelToe',
        administratie: ADM,
        conceptId: CONCEPT,
        kop: kop(),
        project: voorschotRegel.project as NonNullable<ConceptRegel['project']>,
        voorschotfactuur,
      })
      .thenFails('VOORSCHOT_AL_OP_CONCEPT')
  })

  it('R9: voorschotregels cannot be moved or changed, only deferred or written off', () => {
    spec
      .given(voorbeeldHistorie)
      .when({
        type: 'BoekRegelsOver',
        administratie: ADM,
        conceptId: CONCEPT,
        naarConceptId: 'c-2',
        regelIds: ['voorschot:2026000117'],
      })
      .thenFails('VOORSCHOTREGEL_NIET_WIJZIGBAAR')
    spec
      .given(voorbeeldHistorie)
      .when(verwerk(['voorschot:2026000117'], 'doorschuiven'))
      .then([
        {
          type: 'VerwerkingsmethodeGewijzigd',
          data: {
            administratie: ADM,
            conceptId: CONCEPT,
            regels: [{ regelId: 'voorschot:2026000117', verwerkingsmethode: 'VD' }],
          },
        },
      ])
  })

  it('R9 R10: VD keeps the advance on the concept unsettled; VB writes it off without settlement', () => {
    const vd = beslis(na(voorbeeldHistorie, verwerk(['voorschot:2026000117'], 'doorschuiven')), factureer()).events
    expect(vd.some((e) => e.type === 'VoorschotVerrekend')).toBe(false)
    expect(gefactureerd(vd).doorgeschoven).toEqual(['voorschot:2026000117'])
    expect(gefactureerd(vd).blijftActief).toBe(true)
    const vb = beslis(
      na(voorbeeldHistorie, verwerk(['voorschot:2026000117'], 'afboeken', 'Voorschot terugbetaald')),
      factureer(),
    ).events
    expect(gefactureerd(vb).afgeboekt).toEqual([{ regelId: 'voorschot:2026000117', reden: 'Voorschot terugbetaald' }])
    expect(gefactureerd(vb).totaalNetto).toBe('1667.00')
  })

  it('R10: afboeken needs a reason, and the code follows the line (A, PB, VB)', () => {
    spec
      .given(basis)
      .when(verwerk(['n1'], 'afboeken'))
      .thenFails('AFBOEKREDEN_VERPLICHT')
    spec
      .given(basis)
      .when(verwerk(['n1'], 'afboeken', 'Coulance'))
      .then([
        {
          type: 'VerwerkingsmethodeGewijzigd',
          data: {
            administratie: ADM,
            conceptId: CONCEPT,
            regels: [{ regelId: 'n1', verwerkingsmethode: 'A' }],
            afboekreden: 'Coulance',
          },
        },
      ])
  })

  it('R10: F lines leave on the invoice, A lines leave uninvoiced, D lines stay', () => {
    let history = na(voorbeeldHistorie, verwerk(['n3'], 'doorschuiven'))
    history = na(history, verwerk(['n5'], 'afboeken', 'Drukwerk niet doorbelasten'))
    const events = beslis(history, factureer()).events
    const data = gefactureerd(events)
    expect(data.afgeboekt).toEqual([{ regelId: 'n5', reden: 'Drukwerk niet doorbelasten' }])
    expect(data.doorgeschoven).toEqual(['n3'])
    expect(data.factuuropdracht.regels.map((r) => [r.omschrijving, r.bedrag])).toEqual([
      ['Advies', '1021.00'],
      ['Kosten', '32.00'],
      ['Voorschot verrekend', '-1000.00'],
    ])
    const state = [...history, ...events].reduce(conceptDecider.evolve, conceptDecider.initialState())
    expect([...state.regels.keys()]).toEqual(['n3'])
    expect(state.status).toBe('nietFactureerbaar')
  })

  it('R10: with "doorgeschoven regels factureerbaar stellen", deferred unverdichte lines become F after invoicing', () => {
    const geen = zonder({ verdichting: 'geen', afronding: undefined, doorgeschovenRegelsFactureerbaarStellen: true })
    const { afronding: _weg, ...instellingen } = geen
    const open = beslis([], voegToe([n1, n2], { projectInstellingen: instellingen })).events
    const history = na([...open, factureerbaar()], verwerk(['n2'], 'doorschuiven'))
    const events = beslis(history, factureer({ projectInstellingen: instellingen })).events
    expect(gefactureerd(events).factureerbaarGesteld).toEqual(['n2'])
    const state = [...history, ...events].reduce(conceptDecider.evolve, conceptDecider.initialState())
    expect(state.regels.get('n2')?.verwerkingsmethode).toBe('F')
    const zonderInstelling = beslis(
      history,
      factureer({ projectInstellingen: { ...instellingen, doorgeschovenRegelsFactureerbaarStellen: false } }),
    ).events
    expect(gefactureerd(zonderInstelling).factureerbaarGesteld).toEqual([])
  })

  it('R11: only a factureerbaar concept is invoiced', () => {
    spec.given(basis).when(factureer()).thenFails('CONCEPT_NIET_FACTUREERBAAR')
    spec
      .given([
        ...basis,
        factureerbaar(),
        { type: 'ConceptUitgesteld', data: { administratie: ADM, conceptId: CONCEPT, reden: 'Wacht op akkoord' } },
      ])
      .when(factureer())
      .thenFails('CONCEPT_NIET_FACTUREERBAAR')
  })

  it('R11: writing every line off and invoicing closes the concept without an invoice', () => {
    const history = na(
      [...basis, factureerbaar()],
      verwerk(['n1', 'n2', 'n3', 'n4', 'n5'], 'afboeken', 'Niet factureren'),
    )
    const events = beslis(history, factureer()).events
    expect(events).toEqual([
      {
        type: 'ConceptZonderFactuurAfgehandeld',
        data: {
          administratie: ADM,
          conceptId: CONCEPT,
          afgeboekt: ['n1', 'n2', 'n3', 'n4', 'n5'].map((regelId) => ({ regelId, reden: 'Niet factureren' })),
          doorgeschoven: [],
          factureerbaarGesteld: [],
          blijftActief: false,
        },
      },
    ])
    const state = [...history, ...events].reduce(conceptDecider.evolve, conceptDecider.initialState())
    expect(state.status).toBe('gefactureerd')
    spec
      .given([...history, ...events])
      .when(voegToe([{ ...n1, regelId: 'z', nacalculatieRegelId: 'z' }]))
      .thenFails('CONCEPT_NIET_ACTIEF')
  })

  it('R11: a deleted concept frees its nacalculatie lines; with voorschotregels it cannot be deleted', () => {
    spec
      .given(basis)
      .when({ type: 'VerwijderConcept', administratie: ADM, conceptId: CONCEPT, reden: 'Dubbel' })
      .then([
        {
          type: 'ConceptVerwijderd',
          data: {
            administratie: ADM,
            conceptId: CONCEPT,
            reden: 'Dubbel',
            vrijgegevenNacalculatieRegels: ['n1', 'n2', 'n3', 'n4', 'n5'],
          },
        },
      ])
    spec
      .given(voorbeeldHistorie)
      .when({ type: 'VerwijderConcept', administratie: ADM, conceptId: CONCEPT, reden: 'Dubbel' })
      .thenFails('CONCEPT_HEEFT_VOORSCHOTREGELS')
  })
})

describe('R12 R1 R13 R14 R16: relatie settings, numbering and checks for the Factuur side', () => {
  it('R12: factuur geheel verdichten prints one line with the total; factureren aan invoices the head office', () => {
    const hoofdkantoor = { nummer: '10001', naam: 'Koninklijke Exhibitions Holding B.V.' }
    const data = gefactureerd(
      beslis(
        voorbeeldHistorie,
        factureer({
          relatieInstellingen: {
            ...relatieInstellingen,
            factuurGeheelVerdichten: { tekst: 'Werkzaamheden januari' },
            facturerenAan: hoofdkantoor,
            verstrekkingswijze: 'UBL',
          },
        }),
      ).events,
    )
    expect(data.factuuropdracht.geheelVerdicht).toEqual({ omschrijving: 'Werkzaamheden januari', bedrag: '667.00' })
    expect(data.factuuropdracht.factuurrelatie).toEqual(hoofdkantoor)
    expect(data.factuuropdracht.verkooprelatie.nummer).toBe('10032')
    expect(data.factuuropdracht.verstrekkingswijze).toBe('UBL')
    expect(data.factuuropdracht.regels).toHaveLength(4)
  })

  it('R12: an afwijkende btw-tariefgroep of the relatie replaces the item tariefgroep (the advance keeps its own rate)', () => {
    const data = gefactureerd(
      beslis(
        voorbeeldHistorie,
        factureer({ relatieInstellingen: { ...relatieInstellingen, afwijkendeBtwTariefgroep: 'laag' } }),
      ).events,
    )
    expect(data.factuuropdracht.regels.map((r) => r.btwCode)).toEqual(['LAAG', 'LAAG', 'LAAG', 'HOOG'])
    const btw = berekenBtw(
      data.factuuropdracht.regels.map((r) => ({ bedrag: r.bedrag, btwCode: r.btwCode, percentage: r.btwPercentage })),
      'PER_TOTAAL',
    )
    expect(btw.perCode.map((c) => [c.btwCode, c.grondslag, c.btw])).toEqual([
      ['LAAG', '1667.00', '150.03'],
      ['HOOG', '-1000.00', '-210.00'],
    ])
  })

  it('R12: a missing btw-code is a clear error', () => {
    spec
      .given(voorbeeldHistorie)
      .when(factureer({ btwCodes: [] }))
      .thenFails('BTW_CODE_ONBEKEND')
  })

  it('R1: with concepts on, a project invoice only comes from a concept (advance invoices excepted)', () => {
    expect(controleerProjectfactuurBron(projectInstellingen, 'handmatig')).toMatchObject({
      left: { code: 'PROJECTFACTUUR_ALLEEN_VIA_CONCEPT' },
    })
    expect(controleerProjectfactuurBron(projectInstellingen, 'concept')._tag).toBe('Right')
    expect(controleerProjectfactuurBron(projectInstellingen, 'handmatig', true)._tag).toBe('Right')
    expect(controleerProjectfactuurBron({ facturerenOpBasisVanConcepten: false }, 'handmatig')._tag).toBe('Right')
  })

  it("R13: a manual project invoice goes to the project's debiteur unless all verkooprelaties are allowed", () => {
    expect(controleerHandmatigeProjectfactuurRelatie(projectInstellingen, '10032', '20001')).toMatchObject({
      left: { code: 'FACTUURRELATIE_NIET_TOEGESTAAN' },
    })
    expect(controleerHandmatigeProjectfactuurRelatie(projectInstellingen, '10032', '10032')._tag).toBe('Right')
    expect(
      controleerHandmatigeProjectfactuurRelatie({ projectenFacturerenAanAlleVerkooprelaties: true }, '10032', '20001')
        ._tag,
    ).toBe('Right')
  })

  it('R14: a reeks numbers concepts uniquely and once per concept', () => {
    const tellerSpec = deciderSpec(tellerDecider)
    const ingericht = {
      type: 'TellerReeksIngericht' as const,
      data: { administratie: ADM, reeks: 'CF', omschrijving: 'Concepten', voorloopgedeelte: 'CF', aantalCijfers: 4 },
    }
    const eerste = {
      type: 'ConceptnummerToegekend' as const,
      data: { administratie: ADM, reeks: 'CF', conceptId: 'c-1', volgnummer: 1, nummer: 'CF0001' },
    }
    tellerSpec
      .given([ingericht])
      .when({ type: 'KenNummerToe', administratie: ADM, reeks: 'CF', conceptId: 'c-1' })
      .then([eerste])
    tellerSpec
      .given([ingericht, eerste])
      .when({ type: 'KenNummerToe', administratie: ADM, reeks: 'CF', conceptId: 'c-1' })
      .then([])
    tellerSpec
      .given([ingericht, eerste])
      .when({ type: 'KenNummerToe', administratie: ADM, reeks: 'CF', conceptId: 'c-2' })
      .then([
        {
          type: 'ConceptnummerToegekend',
          data: { administratie: ADM, reeks: 'CF', conceptId: 'c-2', volgnummer: 2, nummer: 'CF0002' },
        },
      ])
    tellerSpec
      .given([])
      .when({ type: 'KenNummerToe', administratie: ADM, reeks: 'CF', conceptId: 'c-1' })
      .thenFails('TELLER_REEKS_ONBEKEND')
  })

  it('R16: with concepts on, verzamelmethode and -periode are fixed; per conceptdebiteur overrides apart factureren', () => {
    expect(
      verzamelingBijConcepten({
        conceptfacturering: true,
        verzamelmethode: 'perProject',
        verzamelperiode: 'maand',
        projectApartFactureren: true,
      }),
    ).toEqual({
      verzamelmethode: 'perVerkooprelatie',
      verzamelperiode: 'niet',
      apartFactureren: true,
    })
    expect(
      verzamelingBijConcepten({
        conceptfacturering: true,
        verzamelmethode: 'perConceptdebiteur',
        verzamelperiode: 'week',
        projectApartFactureren: true,
      }),
    ).toEqual({
      verzamelmethode: 'perConceptdebiteur',
      verzamelperiode: 'niet',
      apartFactureren: false,
    })
  })
})
