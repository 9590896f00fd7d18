import * as t from 'io-ts'
import { Bedrag, Code, Kenmerk, Tekst } from '../gedeeld/codecs'
import { ProjectRef } from '../gedeeld/factuuropdracht'
import type { ConceptRegel } from './conceptregel'

/**
 * R8: the rounding line as `AfrondingsregelBerekend` records it. What every rounding line has is left out: herkomst
 * `afronding`, verwerkingsmethode `F`, soort `kosten` (its itemcode is the kostensoort bij afronding) and, as its
 * verdichte regel, the event's `verdichteRegel`.
 */
export const Afrondingsregel = t.intersection([
  t.type({
    regelId: Kenmerk,
    itemcode: Code,
    omschrijving: Tekst,
    bedrag: Bedrag,
    btwTariefgroep: Code,
    integratiegroep: Code,
  }),
  t.partial({ project: ProjectRef }),
])
export type Afrondingsregel = t.TypeOf<typeof Afrondingsregel>

/** The rounding line in full, under the verdichte regel it rounds. */
export const afrondingsregelVan = (data: {
  readonly verdichteRegel: NonNullable<ConceptRegel['verdichteRegel']>
  readonly regel: Afrondingsregel
}): ConceptRegel => ({
  ...data.regel,
  herkomst: 'afronding',
  verwerkingsmethode: 'F',
  soort: 'kosten',
  verdichteRegel: data.verdichteRegel,
})

interface AfrondingsregelBerekendV1 {
  readonly verdichteRegelId: unknown
  readonly regel: { readonly verdichteRegel?: unknown } & Record<string, unknown>
}

/**
 * Version 1 named the verdichte regel's id beside a full line that held it again (with its text): version 2 records
 * that verdichte regel once and the line without what every rounding line has. Anything else is left for the codec.
 */
export const afrondingsregelV1NaarV2 = (data: unknown): unknown => {
  const v1 = data as AfrondingsregelBerekendV1
  if (typeof v1?.regel !== 'object' || v1.regel === null) return data
  const { verdichteRegelId: _id, regel, ...rest } = v1
  const { herkomst: _h, verwerkingsmethode: _m, soort: _s, verdichteRegel, ...lijn } = regel
  return { ...rest, verdichteRegel, regel: lijn }
}
