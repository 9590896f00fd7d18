import { type Either, left, right } from 'fp-ts/lib/Either.js'
import type { Factuurregel } from '../gedeeld/factuuropdracht'
import { alsBedrag, som } from '../geld'
import { btwCodeOnbekend, type ConceptFout } from './errors'
import type { ConceptRegel } from './events'
import type { BtwCodeRegel, VerkooprelatieInstellingen } from './instellingen'

/** R12: a line's btw-code and rate: its own fixed btw (advances), else the table's row for btw-plicht and tariefgroep. */
const btwVoor = (
  regel: ConceptRegel,
  btwPlicht: string,
  relatie: VerkooprelatieInstellingen,
  tabel: readonly BtwCodeRegel[],
): Either<ConceptFout, { btwCode: string; percentage: string }> => {
  if (regel.btw !== undefined) return right(regel.btw)
  // R12: an afwijkende btw-tariefgroep of the relatie replaces the item's own.
  const tariefgroep = relatie.afwijkendeBtwTariefgroep ?? regel.btwTariefgroep
  const gevonden = tabel.find((rij) => rij.btwPlicht === btwPlicht && rij.tariefgroep === tariefgroep)
  return gevonden
    ? right({ btwCode: gevonden.btwCode, percentage: gevonden.percentage })
    : left(btwCodeOnbekend(btwPlicht, tariefgroep))
}

/** A printed invoice line and the concept lines it is made of. */
export interface Drukregel {
  readonly regel: Factuurregel
  readonly conceptregels: readonly ConceptRegel[]
}

/** One printed line per verdichte regel, or per line without verdichting, in order of first appearance. */
export const drukregels = (
  regels: readonly ConceptRegel[],
  btwPlicht: string,
  relatie: VerkooprelatieInstellingen,
  tabel: readonly BtwCodeRegel[],
): Either<ConceptFout, Drukregel[]> => {
  const groepen = new Map<string, ConceptRegel[]>()
  for (const regel of regels) {
    const sleutel = regel.verdichteRegel?.id ?? regel.regelId
    const groep = groepen.get(sleutel)
    if (groep) groep.push(regel)
    else groepen.set(sleutel, [regel])
  }
  const resultaat: Drukregel[] = []
  for (const [regelId, groep] of groepen) {
    const eerste = groep[0] as ConceptRegel
    const btw = btwVoor(eerste, btwPlicht, relatie, tabel)
    if (btw._tag === 'Left') return btw
    const enkel = groep.length === 1 && eerste.verdichteRegel === undefined
    const itemcodes = new Set(groep.filter((r) => r.herkomst !== 'afronding').map((r) => r.itemcode))
    const projecten = new Set(groep.map((regel) => regel.project?.nummer))
    const regel: Factuurregel = {
      regelId,
      omschrijving: eerste.verdichteRegel?.omschrijving ?? eerste.omschrijving,
      soort: eerste.herkomst === 'voorschotverrekening' ? 'voorschotverrekening' : 'omzet',
      bedrag: alsBedrag(som(groep.map((r) => r.bedrag))),
      btwCode: btw.right.btwCode,
      btwPercentage: btw.right.percentage,
      integratiegroep: eerste.integratiegroep,
      ...(itemcodes.size === 1 ? { itemcode: eerste.itemcode } : {}),
      ...(projecten.size === 1 && eerste.project !== undefined ? { project: eerste.project } : {}),
      ...(enkel && eerste.aantal !== undefined ? { aantal: eerste.aantal } : {}),
      ...(enkel && eerste.prijs !== undefined ? { prijs: eerste.prijs } : {}),
      ...(enkel && eerste.eenheid !== undefined ? { eenheid: eerste.eenheid } : {}),
      ...(enkel && eerste.vrijeVelden !== undefined ? { vrijeVelden: eerste.vrijeVelden } : {}),
    }
    resultaat.push({ regel, conceptregels: groep })
  }
  return right(resultaat)
}
