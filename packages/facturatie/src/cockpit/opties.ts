import * as t from 'io-ts'
import { Code, Datum } from '../gedeeld/codecs'

/**
 * An exact codec that refuses unknown keys instead of stripping them: an option an action does not have (R20) is
 * an error, never silently ignored. `sleutels` lists what the action knows.
 */
const strikt = <P extends t.Props, O extends t.Props>(naam: string, verplicht: P, optioneel: O) => {
  const codec = t.exact(t.intersection([t.type(verplicht), t.partial(optioneel)]), naam)
  return Object.assign(codec, { sleutels: [...Object.keys(verplicht), ...Object.keys(optioneel)] as const })
}

/** Every action names its run, so a retried action resumes instead of starting over (R21). */
const basis = { administratie: Code, runId: Code }
const verstrekken = { verstrekkenNaVoltooien: t.boolean }
const journaliseren = { journaliserenNaVoltooien: t.boolean }
const crediteren = { meenemenTeCrediterenRegels: t.boolean }

/** Factureren abonnementen: administratie, peildatum, factuurdatum, credit lines, issue and journalise after. */
export const AbonnementenOpties = strikt(
  'FacturerenAbonnementenOpties',
  { ...basis, peildatum: Datum, factuurdatum: Datum },
  { ...crediteren, ...verstrekken, ...journaliseren },
)
/** Factureren cursussen: as abonnementen without peildatum. */
export const CursussenOpties = strikt(
  'FacturerenCursussenOpties',
  { ...basis, factuurdatum: Datum },
  { ...crediteren, ...verstrekken, ...journaliseren },
)
/** Factureren ordermanagement: the sales-invoice wizard; no credit option, no journalise-after. */
export const OrdermanagementOpties = strikt(
  'FacturerenOrdermanagementOpties',
  { ...basis, factuurdatum: Datum },
  { ...verstrekken },
)
/** Factureren nacalculatie (concepts off, R1): no credit option. */
export const NacalculatieOpties = strikt(
  'FacturerenNacalculatieOpties',
  { ...basis, factuurdatum: Datum },
  { ...verstrekken, ...journaliseren },
)
/** Factureren concepten (concepts on, R1): every factureerbaar concept of the administratie, on this invoice date. */
export const ConceptenOpties = strikt(
  'FacturerenConceptenOpties',
  { ...basis, factuurdatum: Datum },
  { ...verstrekken, ...journaliseren },
)
/** Factureren termijnen: no credit option. */
export const TermijnenOpties = strikt(
  'FacturerenTermijnenOpties',
  { ...basis, factuurdatum: Datum },
  { ...verstrekken, ...journaliseren },
)
/** Factureren te factureren regels (R21): the wizard as usual, over the staged lines. */
export const TeFacturerenRegelsOpties = strikt(
  'FacturerenTeFacturerenRegelsOpties',
  { administratie: Code },
  {
    ...verstrekken,
    ...journaliseren,
  },
)
/** The Verzamelfactuur function (R19). */
export const VerzamelfactuurOpties = strikt(
  'VerzamelfactuurOpties',
  { ...basis, totEnMet: Datum, factuurdatum: Datum },
  { verkooprelaties: t.array(Code), ...verstrekken, ...journaliseren },
)

export type AbonnementenOpties = t.TypeOf<typeof AbonnementenOpties>
export type CursussenOpties = t.TypeOf<typeof CursussenOpties>
export type OrdermanagementOpties = t.TypeOf<typeof OrdermanagementOpties>
export type NacalculatieOpties = t.TypeOf<typeof NacalculatieOpties>
export type ConceptenOpties = t.TypeOf<typeof ConceptenOpties>
export type TermijnenOpties = t.TypeOf<typeof TermijnenOpties>
export type TeFacturerenRegelsOpties = t.TypeOf<typeof TeFacturerenRegelsOpties>
export type VerzamelfactuurOpties = t.TypeOf<typeof VerzamelfactuurOpties>

/** The options every action may have after completion (R20), as the service reads them. */
export interface NaVoltooien {
  readonly verstrekkenNaVoltooien?: boolean
  readonly journaliserenNaVoltooien?: boolean
}

/** Keys of `input` the action does not know. */
export const onbekendeOpties = (input: unknown, sleutels: readonly string[]): string[] =>
  typeof input === 'object' && input !== null && !Array.isArray(input)
    ? Object.keys(input).filter((key) => !sleutels.includes(key))
    : []
