import { InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { deciderSpec } from '@factuurstroom/eventsourcing/testing'
import { describe, expect, it } from 'vitest'
import { relatieDecider } from './decider'
import type { RelatieEvent } from './events'
import { relatieService } from './service'

const spec = deciderSpec(relatieDecider)
const janPiet: RelatieEvent = {
  type: 'DeclarantenToegewezen',
  data: { administratie: 'A1', verkooprelatie: '10032', hoofddeclarant: 'jan', declarant: 'piet' },
}
const ctx = (commandId: string) => ({ commandId, occurredAt: '2026-04-05T10:00:00.000Z', actor: 'beheerder' })

describe('R12: the declarant assignment of a verkooprelatie is an event on its own stream', () => {
  it('a first assignment is recorded as given', () => {
    spec
      .given([])
      .when({ type: 'WijsDeclarantenToe', ...janPiet.data })
      .then([janPiet])
  })

  it('assigning what already holds records nothing, so a call may be retried', () => {
    spec
      .given([janPiet])
      .when({ type: 'WijsDeclarantenToe', ...janPiet.data })
      .then([])
  })

  it('a change, and a withdrawal (neither declarant), are recorded from their moment', () => {
    spec
      .given([janPiet])
      .when({ type: 'WijsDeclarantenToe', administratie: 'A1', verkooprelatie: '10032', hoofddeclarant: 'anna' })
      .then([
        {
          type: 'DeclarantenToegewezen',
          data: { administratie: 'A1', verkooprelatie: '10032', hoofddeclarant: 'anna' },
        },
      ])
    spec
      .given([janPiet])
      .when({ type: 'WijsDeclarantenToe', administratie: 'A1', verkooprelatie: '10032' })
      .then([{ type: 'DeclarantenToegewezen', data: { administratie: 'A1', verkooprelatie: '10032' } }])
  })

  it('the service writes to relatie-<administratie>-<relatie>; bad input names the field and writes nothing', async () => {
    const store = new InMemoryEventStore()
    const relaties = relatieService(store)
    const goed = await relaties.wijsDeclarantenToe({ ...janPiet.data, wachtwoord: 'geheim' }, ctx('c1'))
    expect(goed._tag).toBe('Right')
    expect((await store.readStream('relatie-A1-10032')).map((e) => [e.type, e.data])).toEqual([
      ['DeclarantenToegewezen', janPiet.data],
    ])
    const fout = await relaties.wijsDeclarantenToe({ administratie: 'A1', verkooprelatie: '', declarant: 7 }, ctx('c2'))
    if (fout._tag !== 'Left') throw new Error('expected a refusal')
    expect(fout.left.message).toMatch(/verkooprelatie/)
    expect(fout.left.message).toMatch(/declarant/)
    expect((await store.readStream('relatie-A1-')).length).toBe(0)
    expect((await store.readStream('relatie-A1-10032')).length).toBe(1)
  })
})
