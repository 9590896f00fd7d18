import type { StoredForm } from '@factuurstroom/eventsourcing'
import { teFacturerenRegelId } from '../../bronnen/normaliseer'
import type { Factuurbron } from '../../gedeeld/factuuropdracht'
import { isVelden, metStandaarden, perItem, type Velden, zonderStandaarden } from '../../gedeeld/opslag'
import { alsTabel, uitTabel } from '../../gedeeld/tabel-opslag'
import type { Factuurgroep, KlaargezetteRegelVerwijzing, Klaarzetkop } from './events'

/** The part of TeFacturerenRegelsKlaargezet's data its stored form works on; the rest is stored as it is. */
interface Klaargezet {
  readonly koppen: readonly Klaarzetkop[]
  readonly regels: readonly KlaargezetteRegelVerwijzing[]
  readonly facturen: readonly Factuurgroep[]
}

/** A staged line's id as its source document's fields and its `bronRegelId` make it, when they can. */
const idVan = (kop: unknown, bronRegelId: unknown): string | undefined =>
  isVelden(kop) && typeof kop.bron === 'string' && typeof kop.bronId === 'string' && typeof bronRegelId === 'string'
    ? teFacturerenRegelId(kop.bron as Factuurbron, kop.bronId, bronRegelId)
    : undefined

const compacteRegel = (regel: KlaargezetteRegelVerwijzing, kop: Klaarzetkop | undefined): Velden => ({
  ...zonderStandaarden(regel, { id: idVan(kop, regel.bronRegelId) }),
  regel: zonderStandaarden(regel.regel, { regelId: regel.id, project: kop?.project }),
})

const volledigeRegel = (opgeslagen: unknown, koppen: unknown): unknown => {
  if (!isVelden(opgeslagen)) return opgeslagen
  const kop = Array.isArray(koppen) && typeof opgeslagen.kopNr === 'number' ? koppen[opgeslagen.kopNr] : undefined
  const regel = metStandaarden(opgeslagen, { id: idVan(kop, opgeslagen.bronRegelId) })
  if (!isVelden(regel.regel)) return regel
  const project = isVelden(kop) ? kop.project : undefined
  return { ...regel, regel: metStandaarden(regel.regel, { regelId: regel.id, project }) }
}

/**
 * What a group holds unless it says otherwise: the event's run and invoice date, and the source of its first line
 * (given by position, `eerste`, in this part's lines) as that line's kop has it.
 */
const groepStandaarden = (data: Velden, regels: unknown, koppen: unknown, eerste: unknown): Velden => {
  const regel = typeof eerste === 'number' && Array.isArray(regels) ? regels[eerste] : undefined
  const kopNr = isVelden(regel) ? regel.kopNr : undefined
  const kop = typeof kopNr === 'number' && Array.isArray(koppen) ? koppen[kopNr] : undefined
  return {
    runId: data.runId,
    factuurdatum: data.factuurdatum,
    bron: isVelden(kop) ? kop.bron : undefined,
    bronId: isVelden(kop) ? kop.bronId : undefined,
    integratiesoort: isVelden(kop) ? kop.integratiesoort : undefined,
  }
}

/** A group's line ids as positions in this part's `regels` where they are a line's id (an id is text, never a number). */
const compacteGroep = (groep: Factuurgroep, positie: ReadonlyMap<string, number>, data: Klaargezet): Velden => {
  const regelIds = groep.regelIds.map((id) => positie.get(id) ?? id)
  const standaarden = groepStandaarden(data as unknown as Velden, data.regels, data.koppen, regelIds[0])
  return zonderStandaarden({ ...groep, regelIds }, standaarden)
}

const volledigeGroep = (opgeslagen: unknown, regels: unknown, koppen: unknown, data: Velden): unknown => {
  if (!isVelden(opgeslagen)) return opgeslagen
  const idVanPositie = (waarde: unknown): unknown => {
    const regel = typeof waarde === 'number' && Array.isArray(regels) ? regels[waarde] : undefined
    return isVelden(regel) && typeof regel.id === 'string' ? regel.id : waarde
  }
  const eerste = Array.isArray(opgeslagen.regelIds) ? opgeslagen.regelIds[0] : undefined
  const groep = metStandaarden(opgeslagen, groepStandaarden(data, regels, koppen, eerste))
  return { ...groep, regelIds: perItem(groep.regelIds, idVanPositie) }
}

/**
 * TeFacturerenRegelsKlaargezet as stored (versions 3 and 4): each staged line without its `id` where it is
 * `<bron>:<bronId>:<bronRegelId>` of its kop, and its factuurregel without the `regelId` (the line's id) and
 * without the kop's project. What differs stays; an absent project beside a kop with one is stored as `null`. A
 * group's `regelIds` name the part's lines by position (a number) instead of repeating their ids, and the group
 * leaves out its runId and factuurdatum where they are the event's and its bron, bronId and integratiesoort where
 * they are its first line's kop's (`groepStandaarden`). `koppen`, `regels`
 * and `facturen` are stored as tables (`alsTabel`; a line's `regel` flattened into `regel.*` columns).
 */
export const klaargezetOpslag: StoredForm = {
  compact: (encoded) => {
    const data = encoded as Klaargezet
    const positie = new Map(data.regels.map((regel, i) => [regel.id, i]))
    return {
      ...data,
      koppen: alsTabel(data.koppen),
      regels: alsTabel(data.regels.map((regel) => compacteRegel(regel, data.koppen[regel.kopNr]))),
      facturen: alsTabel(data.facturen.map((groep) => compacteGroep(groep, positie, data))),
    }
  },
  expand: (stored) => {
    if (!isVelden(stored)) return stored
    const koppen = uitTabel(stored.koppen, 'koppen')
    const regels = perItem(uitTabel(stored.regels, 'regels'), (regel) => volledigeRegel(regel, koppen))
    const facturen = perItem(uitTabel(stored.facturen, 'facturen'), (groep) =>
      volledigeGroep(groep, regels, koppen, stored),
    )
    return { ...stored, koppen, regels, facturen }
  },
}
