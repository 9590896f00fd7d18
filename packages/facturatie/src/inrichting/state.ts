import type { Integratiesoort } from '../journalisering/integratiesoort'
import type { InrichtingEvent } from './events'

type Data<Type extends InrichtingEvent['type']> = Extract<InrichtingEvent, { type: Type }>['data']

/** An administratie's set-up: plain mutable maps, touched only by `evolve`, read-only everywhere else. */
export interface InrichtingState {
  administratie: Data<'AdministratieIngericht'> | undefined
  readonly dagboeken: Map<string, Data<'DagboekIngericht'>>
  readonly rekeningen: Map<string, Data<'GrootboekrekeningIngericht'>>
  /** integratiegroep → rekening */
  readonly integratiegroepen: Map<string, string>
  /** `${btwPlicht}/${tariefgroep}` → btw-code set-up */
  readonly btwCodes: Map<string, Data<'BtwCodeIngericht'>>
  readonly integratiesoorten: Map<Integratiesoort, Data<'IntegratiesoortIngericht'>>
}

export const initialInrichting = (): InrichtingState => ({
  administratie: undefined,
  dagboeken: new Map(),
  rekeningen: new Map(),
  integratiegroepen: new Map(),
  btwCodes: new Map(),
  integratiesoorten: new Map(),
})

export const btwSleutel = (btwPlicht: string, tariefgroep: string): string => `${btwPlicht}/${tariefgroep}`

export const rekeningMetFunctie = (state: InrichtingState, functie: string): string | undefined => {
  for (const rekening of state.rekeningen.values()) if (rekening.functie === functie) return rekening.rekening
  return undefined
}
