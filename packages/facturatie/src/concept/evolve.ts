import { gaatMetFactuurMee } from './conceptregel'
import { afrondingsregelVan, type ConceptEvent, type ConceptRegel, regelsVan } from './events'
import type { ConceptState } from './state'

const voegToe = (state: ConceptState, regel: ConceptRegel): void => {
  state.regels.set(regel.regelId, regel)
  if (regel.nacalculatieRegelId !== undefined) state.nacalculatieRegels.add(regel.nacalculatieRegelId)
  if (regel.voorschotfactuur !== undefined) state.voorschotfacturen.add(regel.voorschotfactuur.factuurnummer)
  if (regel.verdichteRegel !== undefined) {
    const verdicht = state.verdichteRegels.get(regel.verdichteRegel.id)
    if (verdicht) verdicht.regelIds.add(regel.regelId)
    else
      state.verdichteRegels.set(regel.verdichteRegel.id, {
        id: regel.verdichteRegel.id,
        omschrijving: regel.verdichteRegel.omschrijving,
        regelIds: new Set([regel.regelId]),
      })
  }
}

const verwijder = (state: ConceptState, regelId: string): void => {
  const regel = state.regels.get(regelId)
  if (!regel) return
  state.regels.delete(regelId)
  if (regel.nacalculatieRegelId !== undefined) state.nacalculatieRegels.delete(regel.nacalculatieRegelId)
  if (regel.verdichteRegel !== undefined) {
    const verdicht = state.verdichteRegels.get(regel.verdichteRegel.id)
    verdicht?.regelIds.delete(regelId)
    if (verdicht && verdicht.regelIds.size === 0) state.verdichteRegels.delete(verdicht.id)
  }
}

/** Mutates and returns `state` (see ConceptState). */
export const evolveConcept = (state: ConceptState, event: ConceptEvent): ConceptState => {
  switch (event.type) {
    case 'ConceptGeopend':
      state.kop = event.data
      state.status = 'nietFactureerbaar'
      state.btwPlicht = event.data.btwPlicht
      break
    case 'ConceptRegelsToegevoegd':
      for (const regel of regelsVan(event.data)) voegToe(state, regel)
      break
    case 'VoorschotRegelToegevoegd':
    case 'VerdichteRegelBedragGewijzigd':
      for (const regel of event.data.regels) voegToe(state, regel)
      break
    case 'ConceptRegelsOvergenomen':
      for (const regel of regelsVan(event.data)) voegToe(state, regel)
      state.status = 'gewijzigd'
      break
    case 'ConceptRegelsOvergeboekt':
      for (const regel of regelsVan(event.data)) verwijder(state, regel.regelId)
      break
    case 'VerwerkingsmethodeGewijzigd':
      for (const { regelId, verwerkingsmethode } of event.data.regels) {
        const regel = state.regels.get(regelId)
        if (!regel) continue
        const { afboekreden: _vorige, ...rest } = regel
        state.regels.set(
          regelId,
          event.data.afboekreden === undefined
            ? { ...rest, verwerkingsmethode }
            : { ...rest, verwerkingsmethode, afboekreden: event.data.afboekreden },
        )
      }
      break
    case 'ConceptBtwPlichtGewijzigd':
      state.btwPlicht = event.data.naar
      break
    case 'ConceptFactureerbaarGesteld':
      state.status = 'factureerbaar'
      break
    case 'ConceptNietFactureerbaarGesteld':
      state.status = 'nietFactureerbaar'
      break
    case 'ConceptUitgesteld':
      state.status = 'uitgesteld'
      break
    case 'AfrondingsregelBerekend':
      voegToe(state, afrondingsregelVan(event.data))
      break
    case 'VoorschotVerrekend':
      voegToe(state, event.data.regel)
      break
    case 'ConceptGefactureerd': {
      state.aantalFacturen++
      const weg: string[] = []
      for (const regel of state.regels.values())
        if (gaatMetFactuurMee(regel.verwerkingsmethode)) weg.push(regel.regelId)
      for (const regelId of weg) verwijder(state, regelId)
      for (const { regelId } of event.data.afgeboekt) verwijder(state, regelId)
      for (const regelId of event.data.factureerbaarGesteld) {
        const regel = state.regels.get(regelId)
        if (regel)
          state.regels.set(regelId, { ...regel, verwerkingsmethode: regel.herkomst === 'nacalculatie' ? 'F' : 'P' })
      }
      state.status = event.data.blijftActief ? 'nietFactureerbaar' : 'gefactureerd'
      break
    }
    case 'ConceptZonderFactuurAfgehandeld':
      for (const { regelId } of event.data.afgeboekt) verwijder(state, regelId)
      state.status = event.data.blijftActief ? 'nietFactureerbaar' : 'gefactureerd'
      break
    case 'ConceptVerwijderd':
      for (const regelId of [...state.regels.keys()]) verwijder(state, regelId)
      state.status = 'verwijderd'
      break
  }
  return state
}

export const evolveConceptAll = (state: ConceptState, events: readonly ConceptEvent[]): ConceptState => {
  for (const event of events) evolveConcept(state, event)
  return state
}
