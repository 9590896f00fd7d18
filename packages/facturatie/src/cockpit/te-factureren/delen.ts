import { jsonBytes, MAX_DEEL_BYTES, MAX_DELEN_PER_BESLUIT, utf8Lengte, verdeelOpOmvang } from '../../gedeeld/omvang'
import type { Factuurgroep, KlaargezetteRegel, KlaargezetteRegelVerwijzing, Klaarzetkop } from './events'

/** One staging part being filled. */
export interface Klaarzetdeel {
  readonly koppen: Klaarzetkop[]
  readonly regels: KlaargezetteRegelVerwijzing[]
  readonly facturen: Factuurgroep[]
  readonly alKlaargezet: string[]
}

interface Gesplitst {
  readonly sleutel: string
  readonly kop: Klaarzetkop
  readonly eigen: Omit<KlaargezetteRegelVerwijzing, 'kopNr'>
  readonly bytes: number
}

const splits = (regel: KlaargezetteRegel): Gesplitst => {
  const { id, bronRegelId, regel: factuurregel, bestemming, ...kop } = regel
  const eigen = { id, bronRegelId, regel: factuurregel, bestemming }
  return { sleutel: JSON.stringify(kop), kop, eigen, bytes: jsonBytes(eigen) + 10 }
}

/**
 * Fills staging parts in order: each invoice group whole with its lines, then the waiting lines, then the ids
 * staged before. A part that would pass `MAX_DEEL_BYTES` is closed first; after `MAX_DELEN_PER_BESLUIT` parts it
 * stops. `compleet` tells whether everything fitted (the last part then completes the run).
 */
export const verdeelKlaarzetting = (
  groepen: readonly { groep: Factuurgroep; regels: readonly KlaargezetteRegel[] }[],
  wachtend: readonly KlaargezetteRegel[],
  alKlaargezet: readonly string[],
): { delen: Klaarzetdeel[]; compleet: boolean } => {
  const delen: Klaarzetdeel[] = []
  let deel: Klaarzetdeel | undefined
  let kopIndex = new Map<string, number>()
  let bytes = 0
  /** Makes room for `nodig` bytes; false when the decision is full. */
  const ruimte = (nodig: (kopIndex: ReadonlyMap<string, number>) => number): boolean => {
    if (deel && bytes + nodig(kopIndex) <= MAX_DEEL_BYTES) return true
    if (deel && deel.regels.length + deel.facturen.length + deel.alKlaargezet.length === 0) return true
    if (delen.length === MAX_DELEN_PER_BESLUIT) return false
    deel = { koppen: [], regels: [], facturen: [], alKlaargezet: [] }
    delen.push(deel)
    kopIndex = new Map()
    bytes = 0
    return true
  }
  const voegToe = (doel: Klaarzetdeel, regel: Gesplitst) => {
    let index = kopIndex.get(regel.sleutel)
    if (index === undefined) {
      index = doel.koppen.push(regel.kop) - 1
      kopIndex.set(regel.sleutel, index)
      bytes += utf8Lengte(regel.sleutel) + 1
    }
    doel.regels.push({ ...regel.eigen, kopNr: index })
    bytes += regel.bytes
  }
  const nieuweKoppen = (regels: readonly Gesplitst[], bekend: ReadonlyMap<string, number>) => {
    const nieuw = new Set<string>()
    for (const r of regels) if (!bekend.has(r.sleutel)) nieuw.add(r.sleutel)
    let n = 0
    for (const sleutel of nieuw) n += utf8Lengte(sleutel) + 1
    return n
  }
  for (const { groep, regels } of groepen) {
    const gesplitst = regels.map(splits)
    const groepBytes = jsonBytes(groep) + 1
    const eigen = gesplitst.reduce((n, r) => n + r.bytes, groepBytes)
    if (!ruimte((bekend) => eigen + nieuweKoppen(gesplitst, bekend)) || !deel) return { delen, compleet: false }
    const doel: Klaarzetdeel = deel
    for (const r of gesplitst) voegToe(doel, r)
    doel.facturen.push(groep)
    bytes += groepBytes
  }
  for (const regel of wachtend) {
    const r = splits(regel)
    if (!ruimte((bekend) => r.bytes + nieuweKoppen([r], bekend)) || !deel) return { delen, compleet: false }
    voegToe(deel, r)
  }
  for (const id of alKlaargezet) {
    if (!ruimte(() => utf8Lengte(id) + 3) || !deel) return { delen, compleet: false }
    deel.alKlaargezet.push(id)
    bytes += utf8Lengte(id) + 3
  }
  if (!deel) ruimte(() => 0)
  return { delen, compleet: true }
}

/** Groups of a Verzamelfactuur run in parts, as `verdeelKlaarzetting` does for staging. */
export const verdeelGroepen = (groepen: readonly Factuurgroep[]): { delen: Factuurgroep[][]; compleet: boolean } => {
  const delen = verdeelOpOmvang(groepen.length, (i) => jsonBytes(groepen[i]) + 1, undefined, MAX_DELEN_PER_BESLUIT)
  return {
    delen: delen.map(({ vanaf, tot }) => groepen.slice(vanaf, tot)),
    compleet: (delen.at(-1)?.tot ?? 0) === groepen.length,
  }
}
