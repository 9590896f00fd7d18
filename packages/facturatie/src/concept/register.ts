import { type EventStore, readAllEvents } from '@factuurstroom/eventsourcing'

/** What the log says about one administratie's concepts, for finding the ones "factureren concepten" takes. */
export interface ConceptenVanAdministratie {
  /** Every concept ever opened, in the order they were opened. */
  readonly geopend: readonly string[]
  /** factuurId → conceptId of every ConceptGefactureerd, so a resumed run finds its own hand-overs again (R21). */
  readonly gefactureerd: ReadonlyMap<string, string>
}

const tekst = (data: unknown, veld: string): string | undefined => {
  const waarde = (data as Record<string, unknown> | null)?.[veld]
  return typeof waarde === 'string' ? waarde : undefined
}

/**
 * Finds an administratie's concepts by following the global log (no extra stream, no extra write): the first call
 * reads the log once, later calls only its tail. It only finds candidates: whether a concept is factureerbaar is
 * decided by the concept's own stream, never by this register (ARCHITECTURE.md principle 6).
 */
export const conceptRegister = (store: EventStore) => {
  const perAdministratie = new Map<string, { geopend: string[]; gefactureerd: Map<string, string> }>()
  let positie: bigint | undefined
  let bijwerken: Promise<void> = Promise.resolve()

  const van = (administratie: string) => {
    let entry = perAdministratie.get(administratie)
    if (entry === undefined) {
      entry = { geopend: [], gefactureerd: new Map() }
      perAdministratie.set(administratie, entry)
    }
    return entry
  }

  const leesStaart = async (): Promise<void> => {
    for await (const event of readAllEvents(store, positie === undefined ? {} : { after: positie })) {
      positie = event.globalPosition
      if (event.type !== 'ConceptGeopend' && event.type !== 'ConceptGefactureerd') continue
      const administratie = tekst(event.data, 'administratie')
      const conceptId = tekst(event.data, 'conceptId')
      if (administratie === undefined || conceptId === undefined) continue
      if (event.type === 'ConceptGeopend') van(administratie).geopend.push(conceptId)
      const factuurId = tekst(event.data, 'factuurId')
      if (event.type === 'ConceptGefactureerd' && factuurId !== undefined) {
        van(administratie).gefactureerd.set(factuurId, conceptId)
      }
    }
  }

  return async (administratie: string): Promise<ConceptenVanAdministratie> => {
    // One reader at a time: two concurrent calls would otherwise both advance the same position.
    bijwerken = bijwerken.then(leesStaart, leesStaart)
    await bijwerken
    return van(administratie)
  }
}
