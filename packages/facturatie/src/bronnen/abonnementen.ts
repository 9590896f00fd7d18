import * as t from 'io-ts'
import { Code, Datum } from '../gedeeld/codecs'
import { metBasis } from './basis'

/** A subscription line for one period. It is due when its factureerdatum (default: start of period) ≤ peildatum. */
export const Abonnementsregel = metBasis(
  'Abonnementsregel',
  { abonnementId: Code, periode: t.type({ van: Datum, tot: Datum }) },
  {
    /** When the line becomes due; the start of the period when absent (invoicing in advance). */
    factureerdatum: Datum,
    teCrediteren: t.boolean,
    /** The subscription invoice is an advance (voorschotfactuur, R9). */
    voorschot: t.boolean,
    /** R16: a subscription may deviate from the relatie profile: true collects, false invoices apart. */
    verzamelen: t.boolean,
  },
)
export type Abonnementsregel = t.TypeOf<typeof Abonnementsregel>

/** Whether a subscription line is due on the peildatum: its factureerdatum, else the start of its period, has come. */
export const isVerschuldigd = (regel: Abonnementsregel, peildatum: string): boolean =>
  (regel.factureerdatum ?? regel.periode.van) <= peildatum
