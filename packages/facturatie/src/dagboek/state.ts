import type { Nummerreeks } from '../inrichting/reeks'

/** A number the dagboek issued: its place in the series and the invoice number it makes. */
export interface Toekenning {
  readonly volgnummer: number
  readonly factuurnummer: string
}

/**
 * A dagboek's numbering and journal record: plain mutable maps, O(1) per event, touched only by `evolve` (which,
 * with the AggregateCache, continues from the previous state instead of refolding 100,000 numbers).
 */
export interface DagboekState {
  reeks: Nummerreeks | undefined
  laatsteVolgnummer: number | undefined
  /** factuurId (or boekingId) → its number */
  readonly toegekend: Map<string, Toekenning>
  /** factuurId → where its booking is, for every journalised invoice */
  readonly gejournaliseerd: Map<string, Boekingsplaats>
  /** Events folded so far: the stream revision of the next event. */
  aantalEvents: number
}

/**
 * Where the dagboek recorded an invoice's booking: its number and the stream revision of its `Gejournaliseerd`. The
 * state keeps the place, not the journaalpost, so a dagboek of 100,000 bookings stays small; the booking is read
 * back from the stream when asked for (R24).
 */
export interface Boekingsplaats {
  readonly factuurnummer: string
  readonly revisie: number
}

export const initialDagboek = (): DagboekState => ({
  reeks: undefined,
  laatsteVolgnummer: undefined,
  toegekend: new Map(),
  gejournaliseerd: new Map(),
  aantalEvents: 0,
})

/** The last number issued, counting the laatste factuurnummer the series started from. */
export const laatsteNummer = (state: DagboekState, reeks: Nummerreeks): number =>
  state.laatsteVolgnummer ?? reeks.laatsteFactuurnummer
