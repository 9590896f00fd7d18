import { left, right } from 'fp-ts/lib/Either.js'
import type { Verwerking } from '../commands'
import { afboekredenVerplicht, regelOnbekend } from '../errors'
import type { ConceptRegel, Verwerkingsmethode } from '../events'
import { actieveKop } from '../kop'
import type { ConceptState } from '../state'
import type { Beslissing, Commando } from './beslissing'

/** R10: the code a line gets for a verb, by where it comes from (F/D/A, P/PD/PB, V/VD/VB). */
const methodeVoor = (regel: ConceptRegel, verwerking: Verwerking): Verwerkingsmethode => {
  const codes: Record<Verwerking, readonly [Verwerkingsmethode, Verwerkingsmethode, Verwerkingsmethode]> = {
    factureren: ['F', 'P', 'V'],
    doorschuiven: ['D', 'PD', 'VD'],
    afboeken: ['A', 'PB', 'VB'],
  }
  const familie =
    regel.herkomst === 'voorschot' ? 2 : regel.herkomst === 'plusregel' || regel.herkomst === 'correctie' ? 1 : 0
  return codes[verwerking][familie]
}

/** R10: invoice, defer or write off lines; writing off needs a reason and is recorded again each time. */
export const wijzigVerwerkingsmethode = (
  command: Commando<'WijzigVerwerkingsmethode'>,
  state: ConceptState,
): Beslissing => {
  const kop = actieveKop(state, command.conceptId)
  if (kop._tag === 'Left') return kop
  if (command.verwerking === 'afboeken' && command.reden === undefined) return left(afboekredenVerplicht())
  const regels: { regelId: string; verwerkingsmethode: Verwerkingsmethode }[] = []
  for (const regelId of command.regelIds) {
    const regel = state.regels.get(regelId)
    if (!regel) return left(regelOnbekend(command.conceptId, regelId))
    const verwerkingsmethode = methodeVoor(regel, command.verwerking)
    if (verwerkingsmethode !== regel.verwerkingsmethode || command.verwerking === 'afboeken') {
      regels.push({ regelId, verwerkingsmethode })
    }
  }
  if (regels.length === 0) return right([])
  return right([
    {
      type: 'VerwerkingsmethodeGewijzigd',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        regels,
        ...(command.verwerking === 'afboeken' && command.reden !== undefined ? { afboekreden: command.reden } : {}),
      },
    },
  ])
}
