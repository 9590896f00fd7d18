import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { ConceptFout } from '../errors'
import { tellerDecider, tellerRegistry, tellerStreamId } from '../teller'
import type { ConceptWiring } from '../wiring'

/** R14: the number of a new concept from the service's teller reeks (none without one); a retry keeps its number. */
export const kenNummerToe = async (
  w: ConceptWiring,
  administratie: string,
  conceptId: string,
  context: CommandContext,
): Promise<Either<ConceptFout, string | undefined>> => {
  const reeks = w.options.conceptReeks
  if (reeks === undefined) return right(undefined)
  const beslist = await w.beslisOp(
    tellerStreamId(administratie, reeks),
    tellerDecider,
    tellerRegistry,
    { type: 'KenNummerToe', administratie, reeks, conceptId },
    context,
    w.tellerCache,
  )
  if (isLeft(beslist)) return beslist
  const toegekend = beslist.right.events.find((event) => event.type === 'ConceptnummerToegekend')
  return right(
    toegekend?.type === 'ConceptnummerToegekend'
      ? toegekend.data.nummer
      : beslist.right.state.perConcept.get(conceptId),
  )
}
