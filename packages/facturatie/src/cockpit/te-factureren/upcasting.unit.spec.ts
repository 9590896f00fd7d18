import { describe, expect, it } from 'vitest'
import { teFacturerenRegistry } from './events'

const regel = {
  id: 'abonnement:AB-1:L1',
  bron: 'abonnement',
  integratiesoort: 'abonnementen',
  bronId: 'AB-1',
  bronRegelId: 'L1',
  verkooprelatie: { nummer: '10032', naam: 'Koninklijke Exhibitions Benelux B.V.' },
  factuurrelatie: { nummer: '10032', naam: 'Koninklijke Exhibitions Benelux B.V.' },
  valuta: 'EUR',
  btwPlicht: 'binnenland',
  datum: '2026-04-01',
  regel: {
    regelId: 'abonnement:AB-1:L1',
    omschrijving: 'Abonnement',
    soort: 'omzet',
    bedrag: '10.00',
    btwCode: 'HOOG',
    btwPercentage: '21',
    integratiegroep: 'UREN',
  },
}
const verzameling = { methode: 'apart', periode: 'niet', vastgezetDoorConcepten: false }
const groep = {
  factuurId: 'R1-1',
  runId: 'R1',
  integratiesoort: 'abonnementen',
  bron: 'abonnement',
  bronId: 'AB-1',
  factuurdatum: '2026-04-30',
  regelIds: [regel.id],
}

describe('stored events of schema 1 read as the current shapes', () => {
  it('TeFacturerenRegelsKlaargezet 1 → 2: one complete part, each line with its own kop, conceptregels dropped', () => {
    const { id, bronRegelId, regel: factuurregel, ...kop } = regel
    expect(
      teFacturerenRegistry.decodeOrThrow({
        type: 'TeFacturerenRegelsKlaargezet',
        schemaVersion: 1,
        data: {
          administratie: 'A1',
          runId: 'R1',
          actie: 'abonnementen',
          factuurdatum: '2026-04-30',
          regels: [{ ...regel, bestemming: 'apart', verzameling, conceptregels: [] }],
          facturen: [groep],
          alKlaargezet: ['x'],
        },
      }),
    ).toEqual({
      type: 'TeFacturerenRegelsKlaargezet',
      data: {
        administratie: 'A1',
        runId: 'R1',
        actie: 'abonnementen',
        factuurdatum: '2026-04-30',
        deel: 1,
        laatste: true,
        koppen: [{ ...kop, verzameling }],
        regels: [{ id, bronRegelId, regel: factuurregel, bestemming: 'apart', kopNr: 0 }],
        facturen: [groep],
        alKlaargezet: ['x'],
      },
    })
  })

  it('VerzamelfacturenSamengesteld 1 → 2 is one complete part; TeFacturerenRegelsGefactureerd 1 → 2 drops regelIds', () => {
    expect(
      teFacturerenRegistry.decodeOrThrow({
        type: 'VerzamelfacturenSamengesteld',
        schemaVersion: 1,
        data: { administratie: 'A1', runId: 'V1', totEnMet: '2026-04-30', facturen: [groep] },
      }),
    ).toEqual({
      type: 'VerzamelfacturenSamengesteld',
      data: { administratie: 'A1', runId: 'V1', totEnMet: '2026-04-30', deel: 1, laatste: true, facturen: [groep] },
    })
    expect(
      teFacturerenRegistry.decodeOrThrow({
        type: 'TeFacturerenRegelsGefactureerd',
        schemaVersion: 1,
        data: { administratie: 'A1', factuurId: 'R1-1', factuurnummer: '26000001', regelIds: [regel.id] },
      }),
    ).toEqual({
      type: 'TeFacturerenRegelsGefactureerd',
      data: { administratie: 'A1', factuurId: 'R1-1', factuurnummer: '26000001' },
    })
  })
})
