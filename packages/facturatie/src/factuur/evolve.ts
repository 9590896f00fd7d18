import { decimaal } from '../geld'
import type { FactuurEvent } from './events'
import type { FactuurState } from './state'

/** Mutates the state it is given (see FactuurState); one step per event, so folding is linear. */
export const evolveFactuur = (state: FactuurState, event: FactuurEvent): FactuurState => {
  switch (event.type) {
    case 'FactuurAangemaakt': {
      const d = event.data
      state.aangemaakt = true
      state.administratie = d.administratie
      state.factuurId = d.factuurId
      state.integratiesoort = d.integratiesoort
      state.opdracht = d.opdracht
      d.opdracht.regels.forEach((regel, i) => {
        const info = d.regels[i]
        if (info) state.regels.set(regel.regelId, { regel, status: info.status, herkomst: info.herkomst })
      })
      state.btw = d.btw
      state.verstrekkingen = d.verstrekkingen
      state.creditnota = d.creditnota
      return state
    }
    case 'FactuurregelToegevoegd':
      state.regels.set(event.data.regel.regelId, {
        regel: event.data.regel,
        status: event.data.status,
        herkomst: event.data.herkomst,
      })
      state.btw = event.data.btw
      return state
    case 'FactuurregelGewijzigd': {
      const bestaand = state.regels.get(event.data.regel.regelId)
      if (bestaand) bestaand.regel = event.data.regel
      state.btw = event.data.btw
      return state
    }
    case 'Gefactureerd':
      state.factuurnummer = event.data.factuurnummer
      state.dagboek = event.data.dagboek
      return state
    case 'FactuurVerstrekt':
      state.verstrekt.add(event.data.rapport)
      return state
    case 'FactuurGejournaliseerd': {
      const { dagboek, boekdatum, journaalpost, openstaandePost } = event.data
      state.gejournaliseerd = true
      state.journalisering = { dagboek, boekdatum, journaalpost, openstaandePost }
      return state
    }
    case 'FactuurGecrediteerd':
      state.crediteringen.set(event.data.creditFactuurId, event.data.regels)
      for (const { regelId, bedrag } of event.data.regels) {
        state.gecrediteerd.set(regelId, (state.gecrediteerd.get(regelId) ?? decimaal(0)).plus(bedrag))
      }
      return state
  }
}
