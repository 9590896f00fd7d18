import * as t from 'io-ts'
import { Code, Datum } from '../gedeeld/codecs'
import { BronProject, metBasis } from './basis'

/** A project instalment (factuurtermijn) the Projecten module reported ready to invoice. */
export const Termijn = metBasis(
  'Termijn',
  { termijnId: Code, project: BronProject, datum: Datum, gereedGemeld: t.literal(true) },
  {},
)
export type Termijn = t.TypeOf<typeof Termijn>
