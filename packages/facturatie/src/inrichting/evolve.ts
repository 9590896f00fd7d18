import type { InrichtingEvent } from './events'
import { btwSleutel, type InrichtingState } from './state'

export const evolveInrichting = (state: InrichtingState, event: InrichtingEvent): InrichtingState => {
  switch (event.type) {
    case 'AdministratieIngericht':
      state.administratie = event.data
      break
    case 'DagboekIngericht':
      state.dagboeken.set(event.data.dagboek, event.data)
      break
    case 'GrootboekrekeningIngericht': {
      const vorige = state.rekeningen.get(event.data.rekening)
      for (const groep of vorige?.integratiegroepen ?? []) state.integratiegroepen.delete(groep)
      for (const groep of event.data.integratiegroepen) state.integratiegroepen.set(groep, event.data.rekening)
      state.rekeningen.set(event.data.rekening, event.data)
      break
    }
    case 'BtwCodeIngericht':
      state.btwCodes.set(btwSleutel(event.data.btwPlicht, event.data.tariefgroep), event.data)
      break
    case 'IntegratiesoortIngericht':
      state.integratiesoorten.set(event.data.integratiesoort, event.data)
      break
  }
  return state
}
