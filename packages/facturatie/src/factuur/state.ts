import type { Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import type { Decimaal } from '../geld'
import type { BtwBerekening, Creditverwijzing, Integratiesoort } from '../journalisering'
import type { Regelherkomst, Regelstatus, Verstrekking } from './commands'

/** One invoice line as the invoice holds it: the line, Actief or Afgehandeld, and where it came from. */
export interface FactuurRegelState {
  regel: Factuurregel
  status: Regelstatus
  herkomst: Regelherkomst
}

/** Built fresh by `initialState()` and mutated only by evolve: folding a stream stays linear. */
export interface FactuurState {
  aangemaakt: boolean
  administratie: string
  factuurId: string
  integratiesoort: Integratiesoort | undefined
  opdracht: Factuuropdracht | undefined
  /** Invoice lines by id, in invoice order. */
  regels: Map<string, FactuurRegelState>
  btw: BtwBerekening | undefined
  verstrekkingen: Verstrekking[]
  /** Reports already issued. */
  verstrekt: Set<string>
  factuurnummer: string | undefined
  dagboek: string | undefined
  gejournaliseerd: boolean
  /** Where and when it was journalised: the booking itself is the dagboek's (R24: consulted through the cockpit). */
  journalisering: { dagboek: string; boekdatum: string } | undefined
  creditnota: Creditverwijzing | undefined
  /** Credited so far per line, in this invoice's sign (R31). */
  gecrediteerd: Map<string, Decimaal>
  /** Per credit note reserved against this invoice: the amounts per line, in this invoice's sign. */
  crediteringen: Map<string, { regelId: string; bedrag: string }[]>
}

/** The state of an invoice not made yet. */
export const initialFactuurState = (): FactuurState => ({
  aangemaakt: false,
  administratie: '',
  factuurId: '',
  integratiesoort: undefined,
  opdracht: undefined,
  regels: new Map(),
  btw: undefined,
  verstrekkingen: [],
  verstrekt: new Set(),
  factuurnummer: undefined,
  dagboek: undefined,
  gejournaliseerd: false,
  journalisering: undefined,
  creditnota: undefined,
  gecrediteerd: new Map(),
  crediteringen: new Map(),
})

/** Active (R23): neither issued nor journalised; only then may manual lines change. */
export const isFactuurActief = (state: FactuurState): boolean => state.verstrekt.size === 0 && !state.gejournaliseerd

/** The invoice as it stands now, lines in order. */
export const huidigeOpdracht = (state: FactuurState): Factuuropdracht => {
  if (!state.opdracht) throw new Error(`Factuur ${state.factuurId} does not exist`)
  return { ...state.opdracht, regels: [...state.regels.values()].map((r) => r.regel) }
}
