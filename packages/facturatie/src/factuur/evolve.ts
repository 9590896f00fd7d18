import type { Factuurregel } from '../gedeeld/factuuropdracht'
import { decimaal } from '../geld'
import type { FactuurEvent, FactuurEventVan } from './events'
import type { FactuurState } from './state'

type Regelinfo = FactuurEventVan<'FactuurAangemaakt'>['data']['regels'][number]

/** An invoice's lines with their status and origin, in order (`FactuurAangemaakt`, `FactuurregelsAangevuld`). */
const voegRegelsToe = (state: FactuurState, regels: readonly Factuurregel[], info: readonly Regelinfo[]): void => {
  regels.forEach((regel, i) => {
    const r = info[i]
    if (r) state.regels.set(regel.regelId, { regel, status: r.status, herkomst: r.herkomst })
  })
}

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
      voegRegelsToe(state, d.opdracht.regels, d.regels)
      state.btw = d.btw
      state.verstrekkingen = d.verstrekkingen
      state.creditnota = d.creditnota
      return state
    }
    case 'FactuurregelsAangevuld': {
      const { opdrachtregels, regels } = event.data
      // The opdracht reads as it would had the invoice been one event.
      if (state.opdracht) state.opdracht = { ...state.opdracht, regels: [...state.opdracht.regels, ...opdrachtregels] }
      voegRegelsToe(state, opdrachtregels, regels)
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
      const { dagboek, boekdatum } = event.data
      state.gejournaliseerd = true
      state.journalisering = { dagboek, boekdatum }
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
