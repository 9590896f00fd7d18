import { decisionEvents } from '@factuurstroom/eventsourcing'
import { deciderSpec } from '@factuurstroom/eventsourcing/testing'
import { describe, expect, it } from 'vitest'
import { berekenBtw, decimaal } from '../geld'
import { conceptDecider } from './decide'
import type { ConceptEvent } from './events'
import {
  ADM,
  CONCEPT,
  factureer,
  projectBeurs,
  relatie10032,
  relatieInstellingen,
  voorbeeldHistorie,
  voorschotfactuur,
} from './voorbeeld.fixture'

const spec = deciderSpec(conceptDecider)

const afronding = (
  verdicht: string,
  omschrijving: string,
  integratiegroep: string,
  grondslag: string,
  bedrag: string,
): ConceptEvent => ({
  type: 'AfrondingsregelBerekend',
  data: {
    administratie: ADM,
    conceptId: CONCEPT,
    verdichteRegel: { id: verdicht, omschrijving },
    grondslag,
    methode: { stap: '1', richting: 'omlaag' },
    regel: {
      regelId: `afronding:f-1:${verdicht}`,
      itemcode: 'AFR',
      omschrijving: `Afronding ${omschrijving}`,
      bedrag,
      btwTariefgroep: 'hoog',
      integratiegroep,
      project: projectBeurs,
    },
  },
})

const verwacht: ConceptEvent[] = [
  afronding('werksoort:ADV|UREN|hoog', 'Advies', 'UREN', '1021.25', '-0.25'),
  afronding('kosten|KOSTEN|hoog', 'Kosten', 'KOSTEN', '151.01', '-0.01'),
  {
    type: 'VoorschotVerrekend',
    data: {
      administratie: ADM,
      conceptId: CONCEPT,
      voorschotRegelId: 'voorschot:2026000117',
      factuurnummer: '2026000117',
      regel: {
        regelId: 'verrekening:2026000117',
        herkomst: 'voorschotverrekening',
        verwerkingsmethode: 'F',
        soort: 'kosten',
        itemcode: 'VOORSCH',
        omschrijving: 'Voorschot verrekend',
        bedrag: '-1000.00',
        btwTariefgroep: 'HOOG',
        integratiegroep: 'VOORSCHOT',
        btw: { btwCode: 'HOOG', percentage: '21' },
        project: projectBeurs,
        verdichteRegel: { id: 'voorschot|HOOG', omschrijving: 'Voorschot verrekend' },
      },
    },
  },
  {
    type: 'ConceptGefactureerd',
    data: {
      administratie: ADM,
      conceptId: CONCEPT,
      factuurId: 'f-1',
      factuuropdracht: {
        administratie: ADM,
        bron: 'concept',
        bronId: CONCEPT,
        verkooprelatie: relatie10032,
        factuurrelatie: relatie10032,
        valuta: 'EUR',
        btwPlicht: 'binnenland',
        factuurdatum: '2026-01-31',
        regels: [
          {
            regelId: 'werksoort:ADV|UREN|hoog',
            omschrijving: 'Advies',
            soort: 'omzet',
            bedrag: '1021.00',
            btwCode: 'HOOG',
            btwPercentage: '21',
            integratiegroep: 'UREN',
            itemcode: 'ADV',
            project: projectBeurs,
          },
          {
            regelId: 'werksoort:ONT|UREN|hoog',
            omschrijving: 'Ontwerp',
            soort: 'omzet',
            bedrag: '495.00',
            btwCode: 'HOOG',
            btwPercentage: '21',
            integratiegroep: 'UREN',
            itemcode: 'ONT',
            project: projectBeurs,
          },
          {
            regelId: 'kosten|KOSTEN|hoog',
            omschrijving: 'Kosten',
            soort: 'omzet',
            bedrag: '151.00',
            btwCode: 'HOOG',
            btwPercentage: '21',
            integratiegroep: 'KOSTEN',
            project: projectBeurs,
          },
          {
            regelId: 'voorschot|HOOG',
            omschrijving: 'Voorschot verrekend',
            soort: 'voorschotverrekening',
            bedrag: '-1000.00',
            btwCode: 'HOOG',
            btwPercentage: '21',
            integratiegroep: 'VOORSCHOT',
            itemcode: 'VOORSCH',
            project: projectBeurs,
          },
        ],
        project: projectBeurs,
      },
      herkomst: [
        {
          factuurregelId: 'werksoort:ADV|UREN|hoog',
          conceptregelIds: ['n1', 'n2', 'afronding:f-1:werksoort:ADV|UREN|hoog'],
        },
        { factuurregelId: 'werksoort:ONT|UREN|hoog', conceptregelIds: ['n3'] },
        { factuurregelId: 'kosten|KOSTEN|hoog', conceptregelIds: ['n4', 'n5', 'afronding:f-1:kosten|KOSTEN|hoog'] },
        { factuurregelId: 'voorschot|HOOG', conceptregelIds: ['verrekening:2026000117'] },
      ],
      // The VAT is the invoice's to compute (FactuurAangemaakt); the settings are the ones the concept was opened with.
      totaalNetto: '667.00',
      relatieInstellingen,
      projecten: [{ nummer: projectBeurs.nummer, apartFactureren: false }],
      afgeboekt: [],
      doorgeschoven: [],
      factureerbaarGesteld: [],
      blijftActief: false,
    },
  },
]

describe('DOMAIN.md §3 worked example', () => {
  it('R7 R8 R9: 1,021.00 / 495.00 / 151.00 / −1,000.00, net 667.00, VAT 140.07, total 807.07', () => {
    spec.given(voorbeeldHistorie).when(factureer()).then(verwacht)
  })

  it('R8: ONT lands on the step, so it gets no afrondingsregel (no 0.00 line)', () => {
    const decision = conceptDecider.decide(factureer(), replay(voorbeeldHistorie))
    const afgerond = eventsOf(decision).filter((event) => event.type === 'AfrondingsregelBerekend')
    expect(afgerond.map((event) => event.data.verdichteRegel.id)).toEqual([
      'werksoort:ADV|UREN|hoog',
      'kosten|KOSTEN|hoog',
    ])
  })

  it('R9: VAT over the advance and the final invoice together is 21 % of 1,667.00', () => {
    const gefactureerd = eventsOf(conceptDecider.decide(factureer(), replay(voorbeeldHistorie))).at(-1)
    if (gefactureerd?.type !== 'ConceptGefactureerd') throw new Error('expected ConceptGefactureerd')
    const btw = berekenBtw(
      gefactureerd.data.factuuropdracht.regels.map((r) => ({
        bedrag: r.bedrag,
        btwCode: r.btwCode,
        percentage: r.btwPercentage,
      })),
      'PER_TOTAAL',
    )
    expect(decimaal(btw.totaalBtw).plus(voorschotfactuur.btwBedrag).toFixed(2)).toBe('350.07')
  })
})

const replay = (events: readonly ConceptEvent[]) => events.reduce(conceptDecider.evolve, conceptDecider.initialState())

const eventsOf = (decision: ReturnType<typeof conceptDecider.decide>): readonly ConceptEvent[] => {
  if (decision._tag === 'Left') throw new Error(decision.left.message)
  return decisionEvents(decision.right)
}
