import * as t from 'io-ts'
import { Code, Percentage, Tekst } from '../gedeeld/codecs'
import { Partij } from '../gedeeld/partij'
import { Integratiesoort } from '../journalisering/integratiesoort'
import { OmschrijvingFinancieel } from '../journalisering/omschrijving'
import { Dagboektype } from './dagboektype'
import { Nummerreeks } from './reeks'

/** R33: VAT rounded per invoice line or over the invoice total. */
export const BtwAfrondingsmodus = t.keyof({ PER_REGEL: null, PER_TOTAAL: null })

/** Sets up an administratie in its omgeving: name, VAT rounding, verdichten per projectfase and its own party. */
export const RichtAdministratieIn = t.intersection([
  t.type({
    administratie: Code,
    omgeving: Code,
    naam: Tekst,
    /** R33: how this administratie rounds VAT, recorded on every journaalpost. */
    btwAfrondingsmodus: BtwAfrondingsmodus,
    /** The activering "journaliseren verkoopfacturen verdichten per projectfase" (R28). */
    verdichtenPerProjectfase: t.boolean,
  }),
  /** R32: the administratie's own party (name, address, KvK, btw-id, IBAN, e-mail) printed on its invoices. */
  t.partial({ partij: Partij }),
])
export type RichtAdministratieIn = t.TypeOf<typeof RichtAdministratieIn>

/** Sets up a dagboek of the administratie: its type, description and, for numbering dagboeken, its number series. */
export const RichtDagboekIn = t.intersection([
  t.type({ administratie: Code, dagboek: Code, dagboektype: Dagboektype, omschrijving: Tekst }),
  /** Required for Verkoop, optional for Inkoop (then it is guarded too), not allowed for Memoriaal. */
  t.partial({ reeks: Nummerreeks }),
])
export type RichtDagboekIn = t.TypeOf<typeof RichtDagboekIn>

/**
 * What an account is for. Revenue, advances and rounding are reached through integratiegroepen (the line's group
 * decides the account: the afrondingsregel with the verdichte regel it rounds); debiteuren and kortingen are one
 * account per administratie; btw accounts are named by btw-codes.
 */
export const Rekeningfunctie = t.keyof({
  omzet: null,
  voorschotten: null,
  afronding: null,
  debiteuren: null,
  btw: null,
  kortingen: null,
})
export type Rekeningfunctie = t.TypeOf<typeof Rekeningfunctie>

/** Sets up a grootboekrekening with its functie and, for revenue, advances and rounding, its integratiegroepen. */
export const RichtGrootboekrekeningIn = t.intersection([
  t.type({ administratie: Code, rekening: Code, omschrijving: Tekst, functie: Rekeningfunctie }),
  t.partial({ integratiegroepen: t.array(Code) }),
])
export type RichtGrootboekrekeningIn = t.TypeOf<typeof RichtGrootboekrekeningIn>

/** Sets up the btw-code for a btw-plicht and tariefgroep: its rate and the VAT account (functie `btw`) it books on. */
export const RichtBtwCodeIn = t.type({
  administratie: Code,
  btwPlicht: Code,
  tariefgroep: Code,
  btwCode: Code,
  percentage: Percentage,
  rekening: Code,
})
export type RichtBtwCodeIn = t.TypeOf<typeof RichtBtwCodeIn>

/** Sets up an invoice flow (R26, R28): the dagboeken that number and journalise it and how it is journalised. */
export const RichtIntegratiesoortIn = t.intersection([
  t.type({
    administratie: Code,
    integratiesoort: Integratiesoort,
    dagboek: Code,
    omschrijvingFinancieel: OmschrijvingFinancieel,
    factuurkortingGebruiken: t.boolean,
    betalingskortingGebruiken: t.boolean,
    /** R31: credit notes repeat the original's sides with negative amounts instead of swapping sides. */
    storneren: t.boolean,
  }),
  /** The dagboek for credit notes; the invoice dagboek when absent. */
  t.partial({ creditDagboek: Code }),
])
export type RichtIntegratiesoortIn = t.TypeOf<typeof RichtIntegratiesoortIn>

/** Any set-up command on an administratie's `inrichting` stream. */
export type InrichtingCommand =
  | ({ type: 'RichtAdministratieIn' } & RichtAdministratieIn)
  | ({ type: 'RichtDagboekIn' } & RichtDagboekIn)
  | ({ type: 'RichtGrootboekrekeningIn' } & RichtGrootboekrekeningIn)
  | ({ type: 'RichtBtwCodeIn' } & RichtBtwCodeIn)
  | ({ type: 'RichtIntegratiesoortIn' } & RichtIntegratiesoortIn)
