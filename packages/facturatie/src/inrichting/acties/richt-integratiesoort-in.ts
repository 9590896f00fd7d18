import { RichtIntegratiesoortIn } from '../commands'
import { legVast } from './leg-vast'

/** R25/R26: the integratiesoort names its dagboeken (type must fit), omschrijving financieel and discounts. */
export const richtIntegratiesoortIn = legVast(RichtIntegratiesoortIn, 'RichtIntegratiesoortIn', (invoer) => ({
  type: 'RichtIntegratiesoortIn',
  ...invoer,
}))
