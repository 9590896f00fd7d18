import { type Decider, defineEvent, type EventOf, eventRegistry } from '@factuurstroom/eventsourcing'
import { left, right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { Code, Kenmerk } from '../gedeeld/codecs'
import { streamIdVan } from '../gedeeld/stream-id'
import { type ConceptFout, voorschotAlToegewezen } from './errors'

/**
 * R9: an advance invoice is settled exactly once. Its own stream records which command put it on a concept; a second
 * concept is refused without reading any view. The claim is released again when the concept refuses the line, so a
 * refused command never strands the advance.
 */
const claimData = t.type({ administratie: Code, factuurnummer: Code, claimId: Kenmerk })
export const VoorschotGeclaimd = defineEvent('VoorschotGeclaimd', claimData)
export const VoorschotclaimVrijgegeven = defineEvent('VoorschotclaimVrijgegeven', claimData)
const definities = [VoorschotGeclaimd, VoorschotclaimVrijgegeven] as const
export const voorschotclaimRegistry = eventRegistry(definities)
export type VoorschotclaimEvent = EventOf<typeof definities>

export type VoorschotclaimCommand = { readonly type: 'Claim' | 'GeefVrij' } & t.TypeOf<typeof claimData>

export const voorschotclaimDecider: Decider<
  VoorschotclaimCommand,
  VoorschotclaimEvent,
  { houder: string | undefined },
  ConceptFout
> = {
  initialState: () => ({ houder: undefined }),
  decide: (command, state) => {
    const { type, ...data } = command
    if (type === 'GeefVrij')
      return right(state.houder === data.claimId ? [{ type: 'VoorschotclaimVrijgegeven', data }] : [])
    if (state.houder === data.claimId) return right([])
    if (state.houder !== undefined) {
      return left(voorschotAlToegewezen(data.factuurnummer))
    }
    return right([{ type: 'VoorschotGeclaimd', data }])
  },
  evolve: (_state, event) => ({ houder: event.type === 'VoorschotGeclaimd' ? event.data.claimId : undefined }),
}

export const voorschotclaimStreamId = (administratie: string, factuurnummer: string): string =>
  streamIdVan('voorschot', administratie, factuurnummer)
