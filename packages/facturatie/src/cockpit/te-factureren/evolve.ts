import type { TeFacturerenEvent } from './events'
import type { LopendeRun, TeFacturerenState } from './state'

/** Records a part of a run: the run is done with its `laatste` part, else it is remembered as under way. */
const deelVan = (state: TeFacturerenState, runId: string, deel: number, laatste: boolean): LopendeRun | undefined => {
  if (laatste) {
    state.runs.add(runId)
    state.lopend.delete(runId)
    return undefined
  }
  const lopend = state.lopend.get(runId) ?? { delen: 0, behandeld: new Set<string>() }
  lopend.delen = deel
  state.lopend.set(runId, lopend)
  return lopend
}

export const evolveTeFactureren = (state: TeFacturerenState, event: TeFacturerenEvent): TeFacturerenState => {
  switch (event.type) {
    case 'TeFacturerenRegelsKlaargezet': {
      const d = event.data
      const lopend = deelVan(state, d.runId, d.deel, d.laatste)
      for (const { kopNr, ...eigen } of d.regels) {
        const kop = d.koppen[kopNr]
        if (!kop) throw new Error(`TeFacturerenRegelsKlaargezet ${d.runId} part ${d.deel}: line ${eigen.id} has no kop`)
        const regel = { ...kop, ...eigen }
        state.gezien.add(regel.id)
        state.open.set(regel.id, regel)
        if (regel.bestemming === 'verzamelen') state.wachtend.add(regel.id)
        lopend?.behandeld.add(regel.id)
      }
      if (lopend) for (const id of d.alKlaargezet) lopend.behandeld.add(id)
      for (const groep of d.facturen) {
        state.facturen.set(groep.factuurId, groep)
        state.factuurIds.add(groep.factuurId)
        if (groep.overdracht) state.overdrachten.set(groep.overdracht.factuurId, d.runId)
      }
      return state
    }
    case 'VerzamelfacturenSamengesteld':
      deelVan(state, event.data.runId, event.data.deel, event.data.laatste)
      for (const groep of event.data.facturen) {
        state.facturen.set(groep.factuurId, groep)
        state.factuurIds.add(groep.factuurId)
        for (const id of groep.regelIds) state.wachtend.delete(id)
      }
      return state
    case 'TeFacturerenRegelsGefactureerd': {
      const groep = state.facturen.get(event.data.factuurId)
      state.facturen.delete(event.data.factuurId)
      for (const id of groep?.regelIds ?? []) state.open.delete(id)
      return state
    }
  }
}
