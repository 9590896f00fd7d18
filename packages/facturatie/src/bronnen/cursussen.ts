import * as t from 'io-ts'
import { Code, Datum } from '../gedeeld/codecs'
import { metBasis } from './basis'

/** A course enrolment to invoice (cursusadministratie). */
export const Cursusinschrijving = metBasis(
  'Cursusinschrijving',
  { cursusId: Code, inschrijvingId: Code, datum: Datum },
  { deelnemer: Code, teCrediteren: t.boolean },
)
export type Cursusinschrijving = t.TypeOf<typeof Cursusinschrijving>
