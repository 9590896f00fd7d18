import { describe, expect, it } from 'vitest'
import { factuurRegistry } from './events'

const factuurregel = {
  regelId: 'concept:K1:werksoort:ADV|UREN|hoog',
  omschrijving: 'Advies',
  soort: 'omzet',
  bedrag: '10.00',
  btwCode: 'HOOG',
  btwPercentage: '21',
  integratiegroep: 'UREN',
}

describe('stored invoice events of schema 1 read as the current shapes', () => {
  it('FactuurregelToegevoegd 1 → 2: the copied conceptregels leave the herkomst', () => {
    const herkomst = { bron: 'concept', bronId: 'K1', bronRegelId: 'werksoort:ADV|UREN|hoog' }
    const btw = {
      modus: 'PER_TOTAAL',
      afronding: 'HALF_UP_CENT',
      perCode: [{ btwCode: 'HOOG', percentage: '21', grondslag: '10.00', btw: '2.10' }],
      totaalNetto: '10.00',
      totaalBtw: '2.10',
      totaalBruto: '12.10',
    }
    const data = { administratie: 'A1', factuurId: 'F1', regel: factuurregel, status: 'Actief', btw }
    expect(
      factuurRegistry.decodeOrThrow({
        type: 'FactuurregelToegevoegd',
        schemaVersion: 1,
        data: { ...data, herkomst: { ...herkomst, conceptregels: [{ regelId: 'n1', nacalculatieRegelId: 'n1' }] } },
      }),
    ).toEqual({ type: 'FactuurregelToegevoegd', data: { ...data, herkomst } })
  })
})

describe('Gefactureerd and FactuurGejournaliseerd of schema 2 read as version 3: what they copied is left behind', () => {
  const creditnota = { origineelFactuurId: 'F0', origineelFactuurnummer: '26000000' }
  const relatie = { nummer: '10032', naam: 'Koninklijke Exhibitions Benelux B.V.' }
  /** What both schema 2 events copied of the invoice's number and set-up. */
  const gemeen = {
    administratie: 'A1',
    factuurId: 'F1',
    factuurnummer: '26000001',
    dagboek: '70',
    integratiesoort: 'automatischeProjectfacturen',
  }

  it('Gefactureerd 2 → 3: only the number and the dagboek stay with the invoice’s ids', () => {
    const data = {
      ...gemeen,
      bron: 'concept',
      bronId: 'K1',
      verkooprelatie: relatie,
      factuurrelatie: relatie,
      factuurdatum: '2026-03-31',
      valuta: 'EUR',
      totaalNetto: '10.00',
      totaalBtw: '2.10',
      totaalBruto: '12.10',
      creditnota,
    }
    expect(factuurRegistry.decodeOrThrow({ type: 'Gefactureerd', schemaVersion: 2, data })).toEqual({
      type: 'Gefactureerd',
      data: { administratie: 'A1', factuurId: 'F1', factuurnummer: '26000001', dagboek: '70' },
    })
  })

  it('FactuurGejournaliseerd 1 → 3: the copied journaalpost and openstaande post are left to the dagboek', () => {
    const data = {
      ...gemeen,
      boekdatum: '2026-04-02',
      journaalpost: { omschrijving: 'niet gelezen' },
      openstaandePost: { bedrag: '12.10' },
      creditnota,
    }
    expect(factuurRegistry.decodeOrThrow({ type: 'FactuurGejournaliseerd', schemaVersion: 1, data })).toEqual({
      type: 'FactuurGejournaliseerd',
      data: { administratie: 'A1', factuurId: 'F1', dagboek: '70', boekdatum: '2026-04-02' },
    })
  })
})
