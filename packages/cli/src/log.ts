import { type EventStore, type RecordedEvent, readAllEvents } from '@factuurstroom/eventsourcing'

/** Reads the whole log in global order, calling `bij` for every event as it passes (the audit commands' one pass). */
export async function* metVoortgang(
  store: EventStore,
  bij?: (event: RecordedEvent, aantal: number) => void,
  paginagrootte = 1000,
): AsyncGenerator<RecordedEvent, void, undefined> {
  let aantal = 0
  for await (const event of readAllEvents(store, { maxCount: paginagrootte })) {
    aantal++
    bij?.(event, aantal)
    yield event
  }
}

/** How many events the log holds: a quick read-only pass, so a progress bar can show a total and an ETA. */
export const telEvents = async (store: EventStore): Promise<number> => {
  let aantal = 0
  let after: bigint | undefined
  for (;;) {
    const page = await store.readAll({ after, maxCount: 5000 })
    aantal += page.events.length
    if (page.isEnd || page.events.length === 0) return aantal
    after = page.position
  }
}
