import { defineEvent, type EventOf, eventRegistry } from '@factuurstroom/eventsourcing'
import { WijsDeclarantenToe } from './commands'

/** The relatie's (hoofd)declarant as of the moment this is recorded; it holds until the next assignment (R12). */
export const DeclarantenToegewezen = defineEvent('DeclarantenToegewezen', WijsDeclarantenToe)

/** Every event of the Relatie aggregate. */
export const relatieEvents = [DeclarantenToegewezen] as const
/** Encodes and decodes the Relatie aggregate's events. */
export const relatieRegistry = eventRegistry(relatieEvents)
/** Any event of the Relatie aggregate. */
export type RelatieEvent = EventOf<typeof relatieEvents>

/** One stream per verkooprelatie, so assignments never contend with set-up or invoicing. */
export const relatieStream = (administratie: string, verkooprelatie: string): string =>
  `relatie-${administratie}-${verkooprelatie}`
