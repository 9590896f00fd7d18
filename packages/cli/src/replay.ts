import {
  type EventStore,
  isBeyond,
  ProjectionRunner,
  type RecordedEvent,
  type ReplayLimit,
} from '@factuurstroom/eventsourcing'
import { weergaven } from '@factuurstroom/facturatie'

const { alleRelaties, controleerAansluiting, weergavenProjectie } = weergaven
type Aansluiting = weergaven.Aansluiting
type Weergaven = weergaven.Weergaven

import { metVoortgang } from './log'

/** What a replay found: events and time, rows per view, whether journal and open items reconcile, and the views. */
export interface ReplayReport {
  readonly events: number
  readonly positie: string | undefined
  readonly seconden: number
  readonly aantallen: {
    readonly facturen: number
    readonly factuurregels: number
    readonly nietVerwerkt: number
    readonly concepten: number
    readonly openstaandePosten: number
    readonly journaalposten: number
  }
  readonly aansluiting: Aansluiting
  /** The rebuilt views themselves, for a caller that queries or snapshots them (`momentopname`). */
  readonly view: Weergaven
}

/** Rebuilds every view from the log (up to a limit), reporting each event to `onEvent` for a progress bar. */
export const runReplay = async (
  store: EventStore,
  options: { limit?: ReplayLimit; onEvent?: (event: RecordedEvent, aantal: number) => void } = {},
): Promise<ReplayReport> => {
  const start = performance.now()
  const runner = new ProjectionRunner(weergavenProjectie)
  let events = 0
  for await (const recorded of metVoortgang(store, options.onEvent)) {
    if (isBeyond(recorded, options.limit)) break
    runner.apply(recorded)
    events++
  }
  const view = runner.view
  let factuurregels = 0
  let nietVerwerkt = 0
  for (const r of view.facturen.regels.values()) factuurregels += r.length
  for (const f of view.facturen.facturen.values()) if (f.status !== 'verwerkt') nietVerwerkt++
  return {
    events,
    positie: runner.position?.toString(),
    seconden: (performance.now() - start) / 1000,
    aantallen: {
      facturen: view.facturen.facturen.size,
      factuurregels,
      nietVerwerkt,
      concepten: view.concepten.concepten.size,
      openstaandePosten: view.openstaandePosten.posten.size,
      journaalposten: view.journaal.posten.size,
    },
    aansluiting: controleerAansluiting(view.journaal, view.openstaandePosten, alleRelaties),
    view,
  }
}
