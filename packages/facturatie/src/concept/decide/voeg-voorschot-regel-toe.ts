import { left, right } from 'fp-ts/lib/Either.js'
import { decimaal } from '../../geld'
import { voorschotAlOpConcept, voorschotbedragNietPositief } from '../errors'
import type { ConceptRegel } from '../events'
import type { ConceptState } from '../state'
import type { Beslissing, Commando } from './beslissing'
import { openOfControleer, perRegelGesloten } from './openen'

/** R9: an advance invoice becomes a V line on the concept, settled once. */
export const voegVoorschotRegelToe = (command: Commando<'VoegVoorschotRegelToe'>, state: ConceptState): Beslissing => {
  const geopend = openOfControleer(state, command, command.kop)
  if (geopend._tag === 'Left') return geopend
  const { kop } = geopend.right
  const perRegel = perRegelGesloten(kop, state, command.conceptId)
  if (perRegel) return left(perRegel)
  const factuur = command.voorschotfactuur
  if (!decimaal(factuur.bedrag).isPositive() || decimaal(factuur.bedrag).isZero()) {
    return left(voorschotbedragNietPositief(factuur.factuurnummer, factuur.bedrag))
  }
  if (state.voorschotfacturen.has(factuur.factuurnummer)) {
    return left(voorschotAlOpConcept(command.conceptId, factuur.factuurnummer))
  }
  const voorschot = kop.projectInstellingen.voorschot
  const regel: ConceptRegel = {
    regelId: `voorschot:${factuur.factuurnummer}`,
    herkomst: 'voorschot',
    verwerkingsmethode: 'V',
    soort: 'kosten',
    itemcode: voorschot.kostensoort,
    omschrijving: voorschot.omschrijving,
    bedrag: factuur.bedrag,
    // The fixed `btw` below decides the VAT; the tariefgroep only names it.
    btwTariefgroep: factuur.btwCode,
    integratiegroep: voorschot.integratiegroep,
    project: command.project,
    btw: { btwCode: factuur.btwCode, percentage: factuur.btwPercentage },
    voorschotfactuur: factuur,
  }
  return right([
    ...geopend.right.geopend,
    {
      type: 'VoorschotRegelToegevoegd',
      data: { administratie: command.administratie, conceptId: command.conceptId, regels: [regel] },
    },
  ])
}
