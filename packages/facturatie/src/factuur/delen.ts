import { jsonBytes, MAX_DEEL_BYTES } from '../gedeeld/omvang'
import type { FactuurEvent, FactuurEventVan } from './events'

type Aangemaakt = FactuurEventVan<'FactuurAangemaakt'>['data']
type Aangevuld = FactuurEventVan<'FactuurregelsAangevuld'>['data']

/** The lines `vanaf` up to `tot` (exclusive) of an invoice. */
interface Deel {
  readonly vanaf: number
  readonly tot: number
}

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

/**
 * Fills parts of at most `MAX_DEEL_BYTES` of JSON in line order: the first part is the header with its first lines,
 * each next one a `FactuurregelsAangevuld` from where the last stopped. A part holds at least one line.
 */
const verdeel = (data: Aangemaakt): Deel[] => {
  const aantal = data.opdracht.regels.length
  // A line costs its two entries plus a comma in each array.
  const kosten = data.opdracht.regels.map((regel, i) => jsonBytes(regel) + jsonBytes(data.regels[i]) + 2)
  const delen: Deel[] = []
  let vanaf = 0
  let bytes = jsonBytes(kop(data, { vanaf: 0, tot: 0 }))
  for (;;) {
    let tot = vanaf
    while (tot < aantal && (tot === vanaf || bytes + (kosten[tot] ?? 0) <= MAX_DEEL_BYTES)) {
      bytes += kosten[tot] ?? 0
      tot++
    }
    delen.push({ vanaf, tot })
    if (tot >= aantal) return delen
    vanaf = tot
    bytes = jsonBytes(aanvulling(data, { vanaf, tot: vanaf }))
  }
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
