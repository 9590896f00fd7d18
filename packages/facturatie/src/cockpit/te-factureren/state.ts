import type { Factuurgroep, KlaargezetteRegel } from './events'

/** A run whose staging (or collecting) is recorded in part: what the next part must not record again. */
export interface LopendeRun {
  /** Parts recorded so far. */
  delen: number
  /** Lines this run staged or reported as staged before. */
  readonly behandeld: Set<string>
}

/** Mutable, built fresh by `initialState()`; only evolve changes it, so folding and the cache stay linear. */
export interface TeFacturerenState {
  /** Runs recorded completely (their `laatste` part). */
  runs: Set<string>
  lopend: Map<string, LopendeRun>
  /** Every line ever staged with its own fields. */
  gezien: Set<string>
  /** Every concept hand-over ever staged by reference (its factuurId), with the run that staged it. */
  overdrachten: Map<string, string>
  /** Staged lines not yet on a numbered invoice. */
  open: Map<string, KlaargezetteRegel>
  /** Lines waiting for the Verzamelfactuur function, in staging order. */
  wachtend: Set<string>
  /** Invoices fixed but not yet numbered, in staging order: what "factureren te factureren regels" picks up. */
  facturen: Map<string, Factuurgroep>
  factuurIds: Set<string>
}

/** An administratie's `tefactureren` state before its first event: nothing staged. */
export const initialTeFacturerenState = (): TeFacturerenState => ({
  runs: new Set(),
  lopend: new Map(),
  gezien: new Set(),
  overdrachten: new Map(),
  open: new Map(),
  wachtend: new Set(),
  facturen: new Map(),
  factuurIds: new Set(),
})
