import type { AppendPart, CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { ConceptFout } from '../errors'
import { tellerDecider, tellerRegistry, tellerStreamId } from '../teller'
import type { ConceptWiring } from '../wiring'

/**
 * R14: the number of a new concept from the service's teller reeks (none without one); a retry keeps its number. The
 * teller's part is returned to append with the concept's opening (none when the number was given before).
 */
export const kenNummerToe = async (
  w: ConceptWiring,
  administratie: string,
  conceptId: string,
  context: CommandContext,
): Promise<Either<ConceptFout, { readonly nummer?: string; readonly deel?: AppendPart }>> => {
  const reeks = w.options.conceptReeks
  if (reeks === undefined) return right({})
  const beslist = await w.beslis(
    tellerStreamId(administratie, reeks),
    tellerDecider,
    tellerRegistry,
    { type: 'KenNummerToe', administratie, reeks, conceptId },
    context,
    w.tellerCache,
  )
  if (isLeft(beslist)) return beslist
  const { events, state, deel } = beslist.right
  const toegekend = events.find((event) => event.type === 'ConceptnummerToegekend')
  const nummer = toegekend?.type === 'ConceptnummerToegekend' ? toegekend.data.nummer : state.perConcept.get(conceptId)
  return right({ ...(nummer === undefined ? {} : { nummer }), ...(events.length === 0 ? {} : { deel }) })
}
