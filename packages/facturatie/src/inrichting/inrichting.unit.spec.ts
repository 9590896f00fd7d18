import { deciderSpec } from '@factuurstroom/eventsourcing/testing'
import { describe, expect, it } from 'vitest'
import { inrichtingDecider } from './decider'
import type { InrichtingEvent } from './events'
import { omgevingDecider } from './omgeving/decider'
import type { OmgevingEvent } from './omgeving/events'

const spec = deciderSpec(inrichtingDecider)
const adm: InrichtingEvent = {
  type: 'AdministratieIngericht',
  data: {
    administratie: 'A1',
    omgeving: 'O1',
    naam: 'Exhibitions',
    btwAfrondingsmodus: 'PER_TOTAAL',
    verdichtenPerProjectfase: false,
  },
}
const reeks = { laatsteFactuurnummer: 26_000_000, tot: 26_999_999 }
const verkoop: InrichtingEvent = {
  type: 'DagboekIngericht',
  data: { administratie: 'A1', dagboek: '70', dagboektype: 'verkoop', omschrijving: 'Verkoopboek', reeks },
}
const memoriaal: InrichtingEvent = {
  type: 'DagboekIngericht',
  data: { administratie: 'A1', dagboek: '90', dagboektype: 'memoriaal', omschrijving: 'Memoriaal' },
}
const soort = {
  type: 'RichtIntegratiesoortIn' as const,
  administratie: 'A1',
  integratiesoort: 'automatischeProjectfacturen' as const,
  dagboek: '70',
  omschrijvingFinancieel: 'bronNummerNaamFactuurrelatie' as const,
  factuurkortingGebruiken: false,
  betalingskortingGebruiken: true,
  storneren: false,
}

describe('R25/R26: integratiesoorten per administratie with a fitting dagboek', () => {
  it('R25: an integratiesoort names its dagboek; without a credit dagboek credit notes use the same one', () => {
    const { type: _, ...data } = soort
    spec
      .given([adm, verkoop])
      .when(soort)
      .then([{ type: 'IntegratiesoortIngericht', data: { ...data, creditDagboek: '70' } }])
  })

  it('R26: an invoice flow on a Memoriaal dagboek is refused, naming the type it needs', () => {
    const fout = spec
      .given([adm, verkoop, memoriaal])
      .when({ ...soort, dagboek: '90' })
      .thenFails('DAGBOEKTYPE_PAST_NIET')
    expect(fout.message).toContain('verkoop')
  })

  it('R26: OHW integratie needs a Memoriaal dagboek', () => {
    spec
      .given([adm, verkoop, memoriaal])
      .when({
        ...soort,
        integratiesoort: 'ohwIntegratie',
        dagboek: '70',
        omschrijvingFinancieel: 'bronOmschrijvingBron',
      })
      .thenFails('DAGBOEKTYPE_PAST_NIET')
    const { type: _, ...data } = soort
    spec
      .given([adm, verkoop, memoriaal])
      .when({
        ...soort,
        integratiesoort: 'ohwIntegratie',
        dagboek: '90',
        omschrijvingFinancieel: 'bronOmschrijvingBron',
      })
      .then([
        {
          type: 'IntegratiesoortIngericht',
          data: {
            ...data,
            integratiesoort: 'ohwIntegratie',
            dagboek: '90',
            omschrijvingFinancieel: 'bronOmschrijvingBron',
            creditDagboek: '90',
          },
        },
      ])
  })

  it('R26: an unknown (credit) dagboek is refused', () => {
    spec
      .given([adm, verkoop])
      .when({ ...soort, creditDagboek: '71' })
      .thenFails('DAGBOEK_ONBEKEND')
  })

  it('R26: a Verkoop dagboek without laatste factuurnummer is refused', () => {
    const fout = spec
      .given([adm])
      .when({ type: 'RichtDagboekIn', administratie: 'A1', dagboek: '70', dagboektype: 'verkoop', omschrijving: 'V' })
      .thenFails('GEEN_NUMMERREEKS')
    expect(fout.message).toContain('laatste factuurnummer')
  })

  it('R28: the projectfase description needs verdichten per projectfase', () => {
    const template = 'bronProjectnummerProjectfaseOmschrijvingProjectfase' as const
    spec
      .given([adm, verkoop])
      .when({ ...soort, omschrijvingFinancieel: template })
      .thenFails('OMSCHRIJVING_NIET_TOEGESTAAN')
    const perFase = { ...adm, data: { ...adm.data, verdichtenPerProjectfase: true } } as InrichtingEvent
    const { type: _, ...data } = soort
    spec
      .given([perFase, verkoop])
      .when({ ...soort, omschrijvingFinancieel: template })
      .then([
        { type: 'IntegratiesoortIngericht', data: { ...data, omschrijvingFinancieel: template, creditDagboek: '70' } },
      ])
  })

  it('setting up the same dagboek again identically records nothing; differently is refused', () => {
    spec
      .given([adm, verkoop])
      .when({ type: 'RichtDagboekIn', ...verkoop.data })
      .then([])
    spec
      .given([adm, verkoop])
      .when({ type: 'RichtDagboekIn', ...verkoop.data, reeks: { ...reeks, tot: 27_999_999 } })
      .thenFails('DAGBOEK_BESTAAT_AL')
  })

  it('bad input: a prefix longer than 5 characters and a series without room are refused', () => {
    spec
      .given([adm])
      .when({ type: 'RichtDagboekIn', ...verkoop.data, reeks: { ...reeks, prefix: 'VERKOOP' } })
      .thenFails('PREFIX_ONGELDIG')
    spec
      .given([adm])
      .when({ type: 'RichtDagboekIn', ...verkoop.data, reeks: { laatsteFactuurnummer: 100, tot: 100 } })
      .thenFails('REEKS_ONGELDIG')
  })

  it('a set-up command for an administratie that is not set up is refused', () => {
    spec
      .given([])
      .when({ type: 'RichtDagboekIn', ...verkoop.data })
      .thenFails('ADMINISTRATIE_NIET_INGERICHT')
  })

  it('an integratiegroep books on one account; debiteuren is one account', () => {
    const omzet: InrichtingEvent = {
      type: 'GrootboekrekeningIngericht',
      data: {
        administratie: 'A1',
        rekening: '8000',
        omschrijving: 'Omzet uren',
        functie: 'omzet',
        integratiegroepen: ['UREN'],
      },
    }
    const debiteuren: InrichtingEvent = {
      type: 'GrootboekrekeningIngericht',
      data: {
        administratie: 'A1',
        rekening: '1300',
        omschrijving: 'Debiteuren',
        functie: 'debiteuren',
        integratiegroepen: [],
      },
    }
    spec
      .given([adm, omzet])
      .when({
        type: 'RichtGrootboekrekeningIn',
        administratie: 'A1',
        rekening: '8050',
        omschrijving: 'Kosten',
        functie: 'omzet',
        integratiegroepen: ['UREN'],
      })
      .thenFails('INTEGRATIEGROEP_AL_GEKOPPELD')
    spec
      .given([adm, debiteuren])
      .when({
        type: 'RichtGrootboekrekeningIn',
        administratie: 'A1',
        rekening: '1310',
        omschrijving: 'D2',
        functie: 'debiteuren',
      })
      .thenFails('FUNCTIE_AL_INGERICHT')
  })

  it('a btw-code books on an account with functie btw', () => {
    const omzet: InrichtingEvent = {
      type: 'GrootboekrekeningIngericht',
      data: { administratie: 'A1', rekening: '8000', omschrijving: 'Omzet', functie: 'omzet', integratiegroepen: [] },
    }
    const btw = {
      type: 'RichtBtwCodeIn' as const,
      administratie: 'A1',
      btwPlicht: 'binnenland',
      tariefgroep: 'hoog',
      btwCode: 'HOOG',
      percentage: '21',
      rekening: '8000',
    }
    spec.given([adm, omzet]).when(btw).thenFails('REKENING_FUNCTIE_PAST_NIET')
    spec.given([adm]).when(btw).thenFails('REKENING_ONBEKEND')
  })
})

describe('R27: the omgeving guards number series across administraties and dagboektypes', () => {
  const omgeving = deciderSpec(omgevingDecider)
  const a1: OmgevingEvent = {
    type: 'AdministratieToegevoegd',
    data: { omgeving: 'O1', administratie: 'A1', naam: 'Een' },
  }
  const a2: OmgevingEvent = {
    type: 'AdministratieToegevoegd',
    data: { omgeving: 'O1', administratie: 'A2', naam: 'Twee' },
  }
  const verkoopA1: OmgevingEvent = {
    type: 'NummerreeksGereserveerd',
    data: { omgeving: 'O1', administratie: 'A1', dagboek: '70', dagboektype: 'verkoop', reeks },
  }
  const reserveer = {
    type: 'ReserveerNummerreeks' as const,
    omgeving: 'O1',
    administratie: 'A2',
    dagboek: '60',
    dagboektype: 'inkoop' as const,
  }

  it('R27: a purchase series of another administratie that meets a sales series is refused', () => {
    const fout = omgeving
      .given([a1, a2, verkoopA1])
      .when({ ...reserveer, reeks: { laatsteFactuurnummer: 26_500_000, tot: 27_000_000 } })
      .thenFails('NUMMERREEKS_OVERLAPT')
    expect(fout.details).toEqual({
      administratie: 'A2',
      dagboek: '60',
      ander: { administratie: 'A1', dagboek: '70' },
    })
  })

  it('R27: a series beside it is reserved; reserving the same again records nothing', () => {
    const eigen = { laatsteFactuurnummer: 40_000_000, tot: 40_999_999 }
    const { type: _, ...data } = { ...reserveer, reeks: eigen }
    omgeving
      .given([a1, a2, verkoopA1])
      .when({ ...reserveer, reeks: eigen })
      .then([{ type: 'NummerreeksGereserveerd', data }])
    omgeving
      .given([a1, verkoopA1])
      .when({ type: 'ReserveerNummerreeks', ...verkoopA1.data })
      .then([])
    omgeving
      .given([a1, verkoopA1])
      .when({ type: 'ReserveerNummerreeks', ...verkoopA1.data, reeks: eigen })
      .thenFails('NUMMERREEKS_AL_VASTGELEGD')
  })

  it('R27: an administratie outside the omgeving cannot reserve', () => {
    omgeving
      .given([a1])
      .when({ ...reserveer, reeks })
      .thenFails('ADMINISTRATIE_ONBEKEND')
  })
})
