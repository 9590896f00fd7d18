import * as t from 'io-ts'

export const Dagboektype = t.keyof({ verkoop: null, inkoop: null, memoriaal: null })
export type Dagboektype = t.TypeOf<typeof Dagboektype>
