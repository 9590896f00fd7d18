import * as t from 'io-ts'
import { Code, Datum, Tekst } from '../gedeeld/codecs'
import { metBasis } from './basis'

/** A course enrolment to invoice (cursusadministratie). */
export const Cursusinschrijving = metBasis(
  'Cursusinschrijving',
  { cursusId: Code, inschrijvingId: Code, datum: Datum },
  { deelnemer: Tekst, teCrediteren: t.boolean },
)
export type Cursusinschrijving = t.TypeOf<typeof Cursusinschrijving>
