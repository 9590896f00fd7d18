import { left, right } from 'fp-ts/lib/Either.js'
import { alsBedrag, decimaal, som } from '../../geld'
import { correctieregelBestaatAl, verdichteRegelOnbekend, voorschotregelNietWijzigbaar } from '../errors'
import type { ConceptRegel } from '../events'
import { actieveKop } from '../kop'
import type { ConceptState } from '../state'
import { regelOnderVerdichteRegel } from '../verdichting'
import type { Beslissing, Commando } from './beslissing'

/** R7: a verdichte regel gets the amount asked for through a correctieregel for the difference. */
export const wijzigVerdichteRegelBedrag = (
  command: Commando<'WijzigVerdichteRegelBedrag'>,
  state: ConceptState,
): Beslissing => {
  const kop = actieveKop(state, command.conceptId)
  if (kop._tag === 'Left') return kop
  const verdicht = state.verdichteRegels.get(command.verdichteRegelId)
  if (!verdicht) return left(verdichteRegelOnbekend(command.conceptId, command.verdichteRegelId))
  if (state.regels.has(command.correctieRegelId)) return left(correctieregelBestaatAl(command.correctieRegelId))
  const details = [...verdicht.regelIds].map((id) => state.regels.get(id) as ConceptRegel)
  if (details.some((regel) => regel.herkomst === 'voorschot')) return left(voorschotregelNietWijzigbaar())
  const verschil = decimaal(command.bedrag).minus(som(details.map((regel) => regel.bedrag)))
  if (verschil.isZero()) return right([])
  const voorbeeld = details[0] as ConceptRegel
  const correctie = regelOnderVerdichteRegel(verdicht, voorbeeld, {
    regelId: command.correctieRegelId,
    herkomst: 'correctie',
    verwerkingsmethode: 'P',
    soort: voorbeeld.soort,
    itemcode: voorbeeld.itemcode,
    omschrijving: `Correctie ${verdicht.omschrijving}`,
    bedrag: alsBedrag(verschil),
  })
  return right([
    {
      type: 'VerdichteRegelBedragGewijzigd',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        verdichteRegelId: verdicht.id,
        bedrag: command.bedrag,
        regels: [correctie],
      },
    },
  ])
}
