import * as t from 'io-ts'

/** A dagboek's type: `verkoop` numbers invoices (a series is required), `inkoop` may number, `memoriaal` never does. */
export const Dagboektype = t.keyof({ verkoop: null, inkoop: null, memoriaal: null })
export type Dagboektype = t.TypeOf<typeof Dagboektype>
