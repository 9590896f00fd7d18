import type { TeFacturerenEvent } from './events'
import type { TeFacturerenState } from './state'

export const evolveTeFactureren = (state: TeFacturerenState, event: TeFacturerenEvent): TeFacturerenState => {
  switch (event.type) {
    case 'TeFacturerenRegelsKlaargezet':
      state.runs.add(event.data.runId)
      for (const regel of event.data.regels) {
        state.gezien.add(regel.id)
        state.open.set(regel.id, regel)
        if (regel.bestemming === 'verzamelen') state.wachtend.add(regel.id)
      }
      for (const groep of event.data.facturen) {
        state.facturen.set(groep.factuurId, groep)
        state.factuurIds.add(groep.factuurId)
      }
      return state
    case 'VerzamelfacturenSamengesteld':
      state.runs.add(event.data.runId)
      for (const groep of event.data.facturen) {
        state.facturen.set(groep.factuurId, groep)
        state.factuurIds.add(groep.factuurId)
        for (const id of groep.regelIds) state.wachtend.delete(id)
      }
      return state
    case 'TeFacturerenRegelsGefactureerd':
      state.facturen.delete(event.data.factuurId)
      for (const id of event.data.regelIds) state.open.delete(id)
      return state
  }
}
