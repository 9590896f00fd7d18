import type { Partij } from '@factuurstroom/facturatie'
import type { Administratie, Relatie } from './genereer'

/** Digits that follow from a text, so every run of the same month gives every party the same numbers. */
const cijfers = (tekst: string, aantal: number): string => {
  let h = 2166136261
  for (const c of tekst) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0
  let uit = ''
  while (uit.length < aantal) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0
    uit += String(h % 10)
  }
  return uit
}

const slug = (naam: string) =>
  naam
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** R32: the administratie's own party, as its set-up records it. */
export const administratiepartij = (adm: Administratie): Partij => {
  const kvk = cijfers(`kvk:${adm.code}`, 8)
  return {
    naam: adm.naam,
    adres: {
      straat: `Maliebaan ${Number(cijfers(adm.code, 2)) + 1}`,
      postcode: '3581 CP',
      plaats: 'Utrecht',
      land: 'NL',
    },
    btwId: `NL${cijfers(`btw:${adm.code}`, 9)}B01`,
    kvk,
    iban: `NL${cijfers(`iban-check:${adm.code}`, 2)}RABO0${cijfers(`iban:${adm.code}`, 9)}`,
    email: `facturen@${slug(adm.naam)}.example`,
    peppol: { id: kvk, schema: '0106' },
  }
}

/**
 * The relatie's party data from the host's master data (R32): Dutch relaties with KvK, btw-id and a Peppol id on
 * their KvK number; intra-EU relaties in Belgium with their enterprise number (scheme 0208).
 */
export const relatiepartij = (relatie: Relatie): Partij => {
  const email = `crediteuren@${slug(relatie.naam)}.example`
  if (relatie.btwPlicht === 'binnenEu') {
    const ondernemingsnummer = `0${cijfers(`be:${relatie.nummer}`, 9)}`
    return {
      naam: relatie.naam,
      adres: {
        straat: `Meir ${Number(cijfers(relatie.nummer, 2)) + 1}`,
        postcode: '2000',
        plaats: 'Antwerpen',
        land: 'BE',
      },
      btwId: `BE${ondernemingsnummer}`,
      identificatie: { id: ondernemingsnummer, schema: '0208' },
      peppol: { id: ondernemingsnummer, schema: '0208' },
      email,
      factuurEmail: { factuur: email },
    }
  }
  const kvk = cijfers(`kvk:${relatie.nummer}`, 8)
  return {
    naam: relatie.naam,
    adres: {
      straat: `Kanaalweg ${Number(cijfers(relatie.nummer, 3)) + 1}`,
      postcode: '3526 KL',
      plaats: 'Utrecht',
      land: 'NL',
    },
    btwId: `NL${cijfers(`btw:${relatie.nummer}`, 9)}B01`,
    kvk,
    peppol: { id: kvk, schema: '0106' },
    email,
    factuurEmail: { factuur: email },
  }
}
