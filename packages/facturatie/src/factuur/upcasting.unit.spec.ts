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
