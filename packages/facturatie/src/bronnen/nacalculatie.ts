import * as t from 'io-ts'
import { Code, Datum } from '../gedeeld/codecs'
import { BronProject, metBasis } from './basis'

/** Approved billable nacalculatie (hours or costs) when concepts are off (R1); uren/declaraties use it too. */
export const Nacalculatieregel = metBasis(
  'Nacalculatieregel',
  { nacalculatieId: Code, project: BronProject, datum: Datum, goedgekeurd: t.literal(true) },
  { medewerker: Code, werksoort: Code, kostensoort: Code, declaratie: t.boolean },
)
export type Nacalculatieregel = t.TypeOf<typeof Nacalculatieregel>
