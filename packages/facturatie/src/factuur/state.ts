import type { Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import type { Decimaal } from '../geld'
import type { BtwBerekening, Creditverwijzing, Integratiesoort } from '../journalisering'
import type { Regelherkomst, Regelstatus, Verstrekking } from './commands'

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
  creditnota: Creditverwijzing | undefined
  /** Credited so far per line, in this invoice's sign (R31). */
  gecrediteerd: Map<string, Decimaal>
  creditFactuurIds: Set<string>
}

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
  creditnota: undefined,
  gecrediteerd: new Map(),
  creditFactuurIds: new Set(),
})

/** Active (R23): neither issued nor journalised; only then may manual lines change. */
export const isActief = (state: FactuurState): boolean => state.verstrekt.size === 0 && !state.gejournaliseerd

/** The invoice as it stands now, lines in order. */
export const huidigeOpdracht = (state: FactuurState): Factuuropdracht => {
  if (!state.opdracht) throw new Error(`Factuur ${state.factuurId} does not exist`)
  return { ...state.opdracht, regels: [...state.regels.values()].map((r) => r.regel) }
}
