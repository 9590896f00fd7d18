import type { RecordedEvent } from '@factuurstroom/eventsourcing'
import { deciderSpec } from '@factuurstroom/eventsourcing/testing'
import { describe, expect, it } from 'vitest'
import { conceptenWeergave } from '../weergaven/concepten'
import type { NieuweRegel } from './commands'
import { conceptDecider } from './decide'
import { alsRegelset, type ConceptEvent, type ConceptRegel, conceptRegistry } from './events'
import {
  ADM,
  alsConceptRegel,
  CONCEPT,
  factureerbaar,
  geopend,
  kop,
  nacalculatie,
  projectBeurs,
  toegevoegd,
} from './voorbeeld.fixture'

const spec = deciderSpec(conceptDecider)
const [n1, n2, , n4] = nacalculatie as [NieuweRegel, NieuweRegel, NieuweRegel, NieuweRegel]

/** Full lines of every kind a `ConceptRegelsToegevoegd` of version 1 could hold. */
const volledig: ConceptRegel[] = [
  ...nacalculatie.map(alsConceptRegel),
  {
    regelId: 'p1',
    herkomst: 'plusregel',
    verwerkingsmethode: 'P',
    soort: 'uren',
    itemcode: 'ADV',
    omschrijving: 'Extra advies',
    aantal: '2',
    prijs: '25.00',
    bedrag: '50.00',
    bedragAfronding: 'HALF_UP_CENT',
    btwTariefgroep: 'hoog',
    integratiegroep: 'UREN',
    verdichteRegel: { id: 'plus:p1', omschrijving: 'Extra advies' },
  },
  {
    regelId: 'm1',
    herkomst: 'nacalculatie',
    verwerkingsmethode: 'D',
    soort: 'kosten',
    itemcode: 'REIS',
    itemomschrijving: 'Reiskosten',
    omschrijving: 'Parkeren',
    bedrag: '12.00',
    btwTariefgroep: 'hoog',
    integratiegroep: 'KOSTEN',
    nacalculatieRegelId: 'x9',
    project: { nummer: 'P-2026-015', omschrijving: 'Stand Utrecht', fase: { code: 'F1', omschrijving: 'Opbouw' } },
    tekstcode: { code: 'T1', omschrijving: 'Tekst T1' },
    vrijeVelden: { kostenplaats: 'KP1' },
  },
  {
    regelId: 'z1',
    herkomst: 'nacalculatie',
    verwerkingsmethode: 'F',
    soort: 'uren',
    itemcode: 'ONT',
    omschrijving: 'Ontwerp zonder nacalculatie-id',
    bedrag: '10.00',
    btwTariefgroep: 'laag',
    integratiegroep: 'UREN',
  },
]

const opgeslagen = (type: string, schemaVersion: number, data: unknown) => ({ type, schemaVersion, data })
const opgeslagenNieuw = (event: ConceptEvent) => {
  const nieuw = conceptRegistry.toNewEvent(event, { occurredAt: '2026-03-31T08:00:00.000Z' })
  return opgeslagen(nieuw.type, nieuw.schemaVersion, JSON.parse(JSON.stringify(nieuw.data)))
}

/** The concept's state and its row in the concepten view after reading `log` as a store would. */
const gelezen = (log: readonly ReturnType<typeof opgeslagen>[]) => {
  const view = conceptenWeergave.begin()
  let state = conceptDecider.initialState()
  for (const [positie, opslag] of log.entries()) {
    const recorded: RecordedEvent = {
      ...opslag,
      eventId: `e${positie}`,
      metadata: { occurredAt: '2026-03-31T08:00:00.000Z' },
      streamId: `concept-${ADM}-${CONCEPT}`,
      streamRevision: BigInt(positie),
      globalPosition: BigInt(positie),
      recordedAt: new Date('2026-03-31T08:00:00.000Z'),
    }
    const event = conceptRegistry.decodeOrThrow(recorded)
    state = conceptDecider.evolve(state, event)
    conceptenWeergave.verwerk(view, event, recorded)
  }
  return { state, view }
}

describe('ConceptRegelsToegevoegd version 2 records each fact once', () => {
  it('R7: items, the project and the verdichte regels once; lines name them by position, defaults left out', () => {
    spec
      .given([])
      .when({
        type: 'VoegNacalculatieRegelsToe',
        administratie: ADM,
        conceptId: CONCEPT,
        kop: kop(),
        regels: [n1, n2, n4],
      })
      .then([
        geopend(),
        {
          type: 'ConceptRegelsToegevoegd',
          data: {
            administratie: ADM,
            conceptId: CONCEPT,
            items: [
              {
                soort: 'uren',
                itemcode: 'ADV',
                itemomschrijving: 'Advies',
                btwTariefgroep: 'hoog',
                integratiegroep: 'UREN',
              },
              {
                soort: 'kosten',
                itemcode: 'REIS',
                itemomschrijving: 'Reiskosten',
                btwTariefgroep: 'hoog',
                integratiegroep: 'KOSTEN',
              },
            ],
            projecten: [projectBeurs],
            verdichteRegels: [
              { id: 'werksoort:ADV|UREN|hoog', omschrijving: 'Advies' },
              { id: 'kosten|KOSTEN|hoog', omschrijving: 'Kosten' },
            ],
            regels: [
              {
                item: 0,
                omschrijving: 'Advies 7.50 uur',
                aantal: '7.50',
                prijs: '95.00',
                bedrag: '712.50',
                nacalculatieRegelId: 'n1',
                project: 0,
                verdichteRegel: 0,
              },
              {
                item: 0,
                omschrijving: 'Advies 3.25 uur',
                aantal: '3.25',
                prijs: '95.00',
                bedrag: '308.75',
                nacalculatieRegelId: 'n2',
                project: 0,
                verdichteRegel: 0,
              },
              {
                item: 1,
                omschrijving: 'Reiskosten',
                aantal: '142',
                prijs: '0.23',
                bedrag: '32.66',
                nacalculatieRegelId: 'n4',
                project: 0,
                verdichteRegel: 1,
              },
            ],
          },
        },
      ])
  })

  it('a stored version 1 (full lines) reads to the same state and concepten row, holding exactly those lines', () => {
    const kopEvent = opgeslagenNieuw(geopend())
    const oud = gelezen([
      kopEvent,
      opgeslagen('ConceptRegelsToegevoegd', 1, { administratie: ADM, conceptId: CONCEPT, regels: volledig }),
    ])
    const nieuw = gelezen([kopEvent, opgeslagenNieuw(toegevoegd(volledig))])
    expect([...oud.state.regels.values()]).toEqual(volledig)
    expect(nieuw.state).toEqual(oud.state)
    expect(nieuw.view).toEqual(oud.view)
    expect(oud.state.nacalculatieRegels).toEqual(new Set(['n1', 'n2', 'n3', 'n4', 'n5', 'x9']))
  })

  it('a line set decodes only when every line has an id and every position is in its table', () => {
    const item = { soort: 'uren', itemcode: 'ADV', btwTariefgroep: 'hoog', integratiegroep: 'UREN' }
    const lees = (regel: object) =>
      conceptRegistry.decode({
        type: 'ConceptRegelsToegevoegd',
        schemaVersion: 2,
        data: { administratie: ADM, conceptId: CONCEPT, items: [item], regels: [regel] },
      })
    const regel = { item: 0, omschrijving: 'Advies', bedrag: '1.00', nacalculatieRegelId: 'n1' }
    expect(lees(regel)._tag).toBe('Right')
    const problemen = (r: object) => {
      const gelezen = lees(r)
      return gelezen._tag === 'Left' ? gelezen.left.problems.map(({ path, value }) => ({ path, value })) : []
    }
    expect(problemen({ ...regel, project: 0 })).toEqual([{ path: 'regels.0.project', value: 0 }])
    expect(problemen({ ...regel, item: 1 })).toEqual([{ path: 'regels.0.item', value: 1 }])
    expect(problemen({ ...regel, verdichteRegel: 2 })).toEqual([{ path: 'regels.0.verdichteRegel', value: 2 }])
    expect(problemen({ ...regel, nacalculatieRegelId: undefined })).toEqual([
      { path: 'regels.0.regelId', value: undefined },
    ])
    expect(conceptRegistry.decode({ type: 'ConceptRegelsToegevoegd', schemaVersion: 1, data: null })._tag).toBe('Left')
    // A shape error names the path as io-ts does through intersections.
    expect(problemen({ ...regel, item: -1 })).toEqual([{ path: '0.regels.0.0.item', value: -1 }])
  })
})

describe('R5: moved lines as a Regelset (ConceptRegelsOvergeboekt and ConceptRegelsOvergenomen version 2)', () => {
  it('stored versions 1 (full lines) read to the same state and concepten row as version 2', () => {
    const kopEvent = opgeslagenNieuw(geopend())
    const [eerste, ...rest] = volledig as [ConceptRegel, ...ConceptRegel[]]
    const verplaatst = (type: string, regels: ConceptRegel[], ander: object) => {
      const data = { administratie: ADM, conceptId: CONCEPT, ...ander }
      return {
        oud: opgeslagen(type, 1, { ...data, regels }),
        nieuw: opgeslagenNieuw({ type, data: { ...data, ...alsRegelset(regels) } } as ConceptEvent),
      }
    }
    const binnen = verplaatst('ConceptRegelsOvergenomen', volledig, { vanConceptId: 'c-0' })
    const weg = verplaatst('ConceptRegelsOvergeboekt', rest, { naarConceptId: 'c-2' })
    const oud = gelezen([kopEvent, binnen.oud, weg.oud])
    const nieuw = gelezen([kopEvent, binnen.nieuw, weg.nieuw])
    expect([binnen.nieuw.schemaVersion, weg.nieuw.schemaVersion]).toEqual([2, 2])
    expect([...oud.state.regels.values()]).toEqual([eerste])
    expect(oud.state.status).toBe('gewijzigd')
    expect(nieuw.state).toEqual(oud.state)
    expect(nieuw.view).toEqual(oud.view)
  })
})

describe('AfrondingsregelBerekend version 2: the verdichte regel once', () => {
  const afrondingV1 = {
    administratie: ADM,
    conceptId: CONCEPT,
    verdichteRegelId: 'werksoort:ADV|UREN|hoog',
    grondslag: '1021.25',
    methode: { stap: '1', richting: 'omlaag' },
    regel: {
      regelId: 'afronding:f-1:werksoort:ADV|UREN|hoog',
      herkomst: 'afronding',
      verwerkingsmethode: 'F',
      soort: 'kosten',
      itemcode: 'AFR',
      omschrijving: 'Afronding Advies',
      bedrag: '-0.25',
      btwTariefgroep: 'hoog',
      integratiegroep: 'UREN',
      verdichteRegel: { id: 'werksoort:ADV|UREN|hoog', omschrijving: 'Advies' },
      project: projectBeurs,
    },
  }

  it('a stored version 1 reads as version 2 and folds to the same state and concepten row', () => {
    const afronding = conceptRegistry.decodeOrThrow(opgeslagen('AfrondingsregelBerekend', 1, afrondingV1))
    expect(afronding).toEqual({
      type: 'AfrondingsregelBerekend',
      data: {
        administratie: ADM,
        conceptId: CONCEPT,
        verdichteRegel: { id: 'werksoort:ADV|UREN|hoog', omschrijving: 'Advies' },
        grondslag: '1021.25',
        methode: { stap: '1', richting: 'omlaag' },
        regel: {
          regelId: 'afronding:f-1:werksoort:ADV|UREN|hoog',
          itemcode: 'AFR',
          omschrijving: 'Afronding Advies',
          bedrag: '-0.25',
          btwTariefgroep: 'hoog',
          integratiegroep: 'UREN',
          project: projectBeurs,
        },
      },
    })
    const historie = [geopend(), toegevoegd(nacalculatie.map(alsConceptRegel)), factureerbaar()].map(opgeslagenNieuw)
    const oud = gelezen([...historie, opgeslagen('AfrondingsregelBerekend', 1, afrondingV1)])
    const nieuw = gelezen([...historie, opgeslagenNieuw(afronding)])
    expect(oud.state.regels.get(afrondingV1.regel.regelId)).toEqual(afrondingV1.regel)
    expect(nieuw.state).toEqual(oud.state)
    expect(nieuw.view).toEqual(oud.view)
  })
})
