import type { ConceptEventVan, ConceptRegel } from './events'

/** R11: the header status. `gefactureerd` and `verwijderd` are final; the others are "active" (R3). */
export type Conceptstatus =
  | 'nietFactureerbaar'
  | 'factureerbaar'
  | 'uitgesteld'
  | 'gewijzigd'
  | 'gefactureerd'
  | 'verwijderd'

/** The concept's header as `ConceptGeopend` recorded it (the btw-plicht in force is `ConceptState.btwPlicht`). */
export type ConceptKop = ConceptEventVan<'ConceptGeopend'>['data']

/** R7: one printed line that totals detail lines. */
export interface VerdichteRegel {
  readonly id: string
  readonly omschrijving: string
  /** The detail lines currently under it; its amount is always their sum (R7). */
  readonly regelIds: Set<string>
}

/**
 * Folded state. Built fresh from `initialState()` and mutated only inside evolve, so loading stays linear; `decide`
 * treats it as read-only.
 */
export interface ConceptState {
  kop: ConceptKop | undefined
  status: Conceptstatus | 'nieuw'
  btwPlicht: string | undefined
  /** Lines on the concept now, in arrival order. */
  readonly regels: Map<string, ConceptRegel>
  readonly verdichteRegels: Map<string, VerdichteRegel>
  /** Nacalculatie lines currently on the concept. */
  readonly nacalculatieRegels: Set<string>
  /** Advance invoices ever put on this concept: an advance is settled once (R9). */
  readonly voorschotfacturen: Set<string>
  aantalFacturen: number
}

/** A fresh, empty state (status `nieuw`) to fold a concept's events onto. */
export const initialConceptState = (): ConceptState => ({
  kop: undefined,
  status: 'nieuw',
  btwPlicht: undefined,
  regels: new Map(),
  verdichteRegels: new Map(),
  nacalculatieRegels: new Set(),
  voorschotfacturen: new Set(),
  aantalFacturen: 0,
})

/** R3: whether the concept holds its key: opened, and neither closed by invoicing (nothing left) nor deleted. */
export const isActief = (state: ConceptState): boolean =>
  state.status !== 'nieuw' && state.status !== 'gefactureerd' && state.status !== 'verwijderd'
