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
/** R9: the advance invoice `factuurnummer` was claimed by the command `claimId`. */
export const VoorschotGeclaimd = defineEvent('VoorschotGeclaimd', claimData)
/** R9: the claim was released (the concept refused the line); the advance may be claimed again. */
export const VoorschotclaimVrijgegeven = defineEvent('VoorschotclaimVrijgegeven', claimData)
const definities = [VoorschotGeclaimd, VoorschotclaimVrijgegeven] as const
/** Decodes the voorschotclaim stream's events. */
export const voorschotclaimRegistry = eventRegistry(definities)
/** Any event of a voorschotclaim stream. */
export type VoorschotclaimEvent = EventOf<typeof definities>

/** Claim the advance for a command, or release that command's claim. */
export type VoorschotclaimCommand = { readonly type: 'Claim' | 'GeefVrij' } & t.TypeOf<typeof claimData>

/**
 * R9: one claim per advance invoice; claiming again under the same `claimId` is a no-op, another claim is refused with
 * `VOORSCHOT_AL_TOEGEWEZEN`.
 */
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

/** The claim stream of one advance invoice of an administratie. */
export const voorschotclaimStreamId = (administratie: string, factuurnummer: string): string =>
  streamIdVan('voorschot', administratie, factuurnummer)
