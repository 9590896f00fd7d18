import type { Factuurpartijen, Partij } from './partij'

/** The worked example's administratie A1 as its set-up records it (R32). */
export const partijA1: Partij = {
  naam: 'Voorbeeld Advies B.V.',
  adres: { straat: 'Stationsplein 1', postcode: '3511 ED', plaats: 'Utrecht', land: 'NL' },
  btwId: 'NL859123456B01',
  kvk: '30123456',
  iban: 'NL91ABNA0417164300',
  email: 'facturen@voorbeeld-advies.nl',
  peppol: { id: '30123456', schema: '0106' },
}

/** Relatie 10032 of the worked example with its master data. */
export const partij10032: Partij = {
  naam: 'Koninklijke Exhibitions Benelux B.V.',
  adres: { straat: 'Jaarbeursplein 6', postcode: '3521 AL', plaats: 'Utrecht', land: 'NL' },
  btwId: 'NL001234567B02',
  kvk: '30054321',
  peppol: { id: '30054321', schema: '0106' },
  factuurEmail: { factuur: 'crediteuren@exhibitions.example' },
}

export const partijenWerkvoorbeeld: Factuurpartijen = { leverancier: partijA1, afnemer: partij10032 }
