import type { DagboekEvent } from './events'
import type { DagboekState } from './state'

export const evolveDagboek = (state: DagboekState, event: DagboekEvent): DagboekState => {
  switch (event.type) {
    case 'NummeringGestart':
      state.reeks = event.data.reeks
      break
    case 'FactuurnummerToegekend':
      state.laatsteVolgnummer = event.data.volgnummer
      state.toegekend.set(event.data.factuurId, {
        volgnummer: event.data.volgnummer,
        factuurnummer: event.data.factuurnummer,
      })
      break
    case 'Gejournaliseerd':
      state.gejournaliseerd.set(event.data.factuurId, {
        factuurnummer: event.data.factuurnummer,
        revisie: state.aantalEvents,
      })
      break
  }
  // Streams are folded from their first event, in order: the count is the revision.
  state.aantalEvents++
  return state
}
