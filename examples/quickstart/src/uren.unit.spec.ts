import { deciderSpec } from '@factuurstroom/eventsourcing/testing'
import { describe, it } from 'vitest'
import { urenDecider } from './uren'

const spec = deciderSpec(urenDecider)

describe('quickstart: a host writes specs for its own decider', () => {
  it('values booked hours at quantity × price, to the cent', () => {
    spec
      .given([])
      .when({ type: 'BoekUren', project: 'P-1', werksoort: 'ADV', aantal: '3.25', prijs: '95.00' })
      .then([
        {
          type: 'UrenGeboekt',
          data: { project: 'P-1', werksoort: 'ADV', aantal: '3.25', prijs: '95.00', bedrag: '308.75' },
        },
      ])
  })

  it('refuses hours on a closed project', () => {
    spec
      .given([{ type: 'ProjectGesloten', data: { project: 'P-1' } }])
      .when({ type: 'BoekUren', project: 'P-1', werksoort: 'ADV', aantal: '1', prijs: '95.00' })
      .thenFails('PROJECT_GESLOTEN')
  })
})
