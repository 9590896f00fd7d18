import type { RecordedEvent } from '@factuurstroom/eventsourcing'
import { concept, type weergaven } from '@factuurstroom/facturatie'
import { type Controle, type Probleem, waar } from './controle'

const { conceptDecider } = concept
type ConceptEvent = concept.ConceptEvent
type ConceptState = concept.ConceptState

/** A concept still open in the log, and the advances settled on it since it was last invoiced. */
interface Volgend {
  readonly state: ConceptState
  readonly verrekend: Set<string>
}

/**
 * Every concept line invoiced, deferred or written off exactly once when its concept is invoiced or settled without
 * an invoice (R10). Follows each open concept through its decider; feed it every decoded event, then ask for the
 * `controle`.
 */
export const conceptregelControle = () => {
  const problemen: Probleem[] = []
  const concepten = new Map<string, Volgend>()
  let aantal = 0

  const afgehandeld = (
    c: Volgend,
    event: Extract<ConceptEvent, { type: 'ConceptGefactureerd' | 'ConceptZonderFactuurAfgehandeld' }>,
    e: RecordedEvent,
  ): void => {
    aantal++
    const verantwoord = new Map<string, number>()
    const tel = (regelId: string) => verantwoord.set(regelId, (verantwoord.get(regelId) ?? 0) + 1)
    if (event.type === 'ConceptGefactureerd') {
      for (const h of event.data.herkomst) for (const regelId of h.conceptregelIds) tel(regelId)
      for (const regelId of c.verrekend) tel(regelId)
    }
    for (const { regelId } of event.data.afgeboekt) tel(regelId)
    for (const regelId of event.data.doorgeschoven) tel(regelId)
    for (const regelId of c.state.regels.keys()) {
      const keer = verantwoord.get(regelId) ?? 0
      if (keer !== 1) {
        problemen.push({
          melding:
            keer === 0
              ? `concept ${event.data.conceptId}: line ${regelId} was neither invoiced, deferred nor written off`
              : `concept ${event.data.conceptId}: line ${regelId} was accounted for ${keer} times`,
          ...waar(e),
        })
      }
    }
    c.verrekend.clear()
  }

  const volg = (event: ConceptEvent, e: RecordedEvent): void => {
    const key = `${event.data.administratie}|${event.data.conceptId}`
    let c = concepten.get(key)
    if (!c) {
      c = { state: conceptDecider.initialState(), verrekend: new Set() }
      concepten.set(key, c)
    }
    if (event.type === 'VoorschotVerrekend') c.verrekend.add(event.data.voorschotRegelId)
    if (event.type === 'ConceptGefactureerd' || event.type === 'ConceptZonderFactuurAfgehandeld') {
      afgehandeld(c, event, e)
    }
    conceptDecider.evolve(c.state, event)
    if (c.state.status === 'gefactureerd' || c.state.status === 'verwijderd') concepten.delete(key)
  }

  return {
    bekijk: (event: weergaven.WeergaveEvent, e: RecordedEvent): void => {
      if ('conceptId' in event.data) volg(event as ConceptEvent, e)
    },
    controle: (): Controle => ({
      naam: 'conceptregels',
      omschrijving: 'every concept line is invoiced, deferred or written off (R10)',
      gecontroleerd: aantal,
      problemen,
    }),
  }
}
