import type { RecordedEvent } from '@factuurstroom/eventsourcing'

/** One problem a check found, with where in the log when it is one event. */
export interface Probleem {
  readonly melding: string
  readonly positie?: string
  readonly streamId?: string
}

/** One check of `verify`: what it checks, how many things it checked, and the problems it found. */
export interface Controle {
  readonly naam: string
  readonly omschrijving: string
  readonly gecontroleerd: number
  readonly problemen: readonly Probleem[]
}

/** Where a problem sits: the event's global position and stream. */
export const waar = (e: RecordedEvent): Pick<Probleem, 'positie' | 'streamId'> => ({
  positie: e.globalPosition.toString(),
  streamId: e.streamId,
})
