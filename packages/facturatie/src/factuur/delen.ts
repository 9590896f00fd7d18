import { type Deel, jsonBytes, MAX_DEEL_BYTES, verdeelOpOmvang } from '../gedeeld/omvang'
import type { FactuurEvent, FactuurEventVan } from './events'

type Aangemaakt = FactuurEventVan<'FactuurAangemaakt'>['data']
type Aangevuld = FactuurEventVan<'FactuurregelsAangevuld'>['data']

const aanvulling = (data: Aangemaakt, { vanaf, tot }: Deel): Aangevuld => {
  const project = data.opdracht.project?.nummer
  return {
    administratie: data.administratie,
    factuurId: data.factuurId,
    vanaf,
    opdrachtregels: data.opdracht.regels.slice(vanaf, tot),
    regels: data.regels.slice(vanaf, tot),
    ...(project === undefined ? {} : { project }),
  }
}

const kop = (data: Aangemaakt, { tot }: Deel): Aangemaakt => ({
  ...data,
  opdracht: { ...data.opdracht, regels: data.opdracht.regels.slice(0, tot) },
  regels: data.regels.slice(0, tot),
})

/** The parts in line order: the first is the header with its first lines, each next one continues from there. */
const verdeel = (data: Aangemaakt): Deel[] => {
  // A line costs its two entries plus a comma in each array.
  const kosten = data.opdracht.regels.map((regel, i) => jsonBytes(regel) + jsonBytes(data.regels[i]) + 2)
  return verdeelOpOmvang(
    kosten.length,
    (i) => kosten[i] ?? 0,
    (vanaf) => jsonBytes(vanaf === 0 ? kop(data, { vanaf, tot: 0 }) : aanvulling(data, { vanaf, tot: vanaf })),
  )
}

/**
 * An invoice as the events that record it: one `FactuurAangemaakt` when it fits in `MAX_DEEL_BYTES` of JSON, else
 * the header with its first lines followed by `FactuurregelsAangevuld` parts, each within the same limit.
 */
export const factuurInDelen = (data: Aangemaakt): FactuurEvent[] => {
  if (jsonBytes(data) <= MAX_DEEL_BYTES) return [{ type: 'FactuurAangemaakt', data }]
  const [eerste, ...rest] = verdeel(data)
  return [
    { type: 'FactuurAangemaakt', data: kop(data, eerste ?? { vanaf: 0, tot: 0 }) },
    ...rest.map((deel): FactuurEvent => ({ type: 'FactuurregelsAangevuld', data: aanvulling(data, deel) })),
  ]
}
