import * as t from 'io-ts'
import { Code, Tekst } from './codecs'

/** A postal address; `land` is the ISO 3166-1 alpha-2 code (NL, BE, DE, …). */
export const Adres = t.type({ straat: Tekst, postcode: Tekst, plaats: Tekst, land: Code })
export type Adres = t.TypeOf<typeof Adres>

/** A Peppol participant id with its ICD scheme (e.g. `0106` KvK, `0190` OIN, `9944` NL btw-id). */
export const PeppolId = t.type({ id: Code, schema: Code })
export type PeppolId = t.TypeOf<typeof PeppolId>

/**
 * A party of an invoice as R32 needs it, as it stood when the invoice was made (replay needs no master data).
 * `factuurEmail` is the relatie's invoice address per report type (R22), e.g. `{ factuur: 'ap@klant.nl' }`.
 */
export const Partij = t.intersection([
  t.type({ naam: Tekst, adres: Adres }),
  t.partial({
    btwId: Code,
    kvk: Code,
    /** Another legal identifier where a party has no KvK number, with its ICD scheme. */
    identificatie: PeppolId,
    iban: Code,
    email: Tekst,
    peppol: PeppolId,
    factuurEmail: t.record(t.string, Tekst),
  }),
])
export type Partij = t.TypeOf<typeof Partij>

/** Both parties of an invoice (R32): the administratie's own (as set up) and the factuurrelatie. */
export const Factuurpartijen = t.type({ leverancier: Partij, afnemer: Partij })
export type Factuurpartijen = t.TypeOf<typeof Factuurpartijen>

/**
 * What a btw-plicht means for the document: reverse charge ("btw verlegd"), an intra-EU supply, an export outside
 * the EU, or domestic VAT. Unknown codes are domestic.
 */
export type Btwregime = 'binnenland' | 'verlegd' | 'intracommunautair' | 'export'

/** The VAT regime a btw-plicht code stands for on the document; an unknown code is domestic. */
export const btwregime = (btwPlicht: string): Btwregime => {
  switch (btwPlicht) {
    case 'verlegd':
      return 'verlegd'
    case 'binnenEu':
      return 'intracommunautair'
    case 'buitenEU':
      return 'export'
    default:
      return 'binnenland'
  }
}
