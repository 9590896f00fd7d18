import type { EventStore, RecordedEvent } from '@factuurstroom/eventsourcing'
import { Presets, SingleBar } from 'cli-progress'
import { telEvents } from './log'
import type { CliOmgeving } from './omgeving'

/** A progress bar with events/s and ETA, for runs over more than `vanaf` events. */
export const voortgangsbalk = async (store: EventStore, omgeving: CliOmgeving, vanaf = 10_000) => {
  if (!(omgeving.voortgang ?? process.stderr.isTTY)) return undefined
  const totaal = await telEvents(store)
  if (totaal < vanaf) return undefined
  const balk = new SingleBar(
    {
      format: '{bar} {percentage}% | {value}/{total} events | {snelheid} events/s | ETA {eta_formatted}',
      etaBuffer: 50,
    },
    Presets.shades_classic,
  )
  const start = performance.now()
  balk.start(totaal, 0, { snelheid: 0 })
  return {
    bij: (_e: RecordedEvent, n: number) => {
      if (n % 1000 === 0 || n === totaal) {
        balk.update(n, { snelheid: Math.round(n / ((performance.now() - start) / 1000 || 1)) })
      }
    },
    stop: () => balk.stop(),
  }
}
