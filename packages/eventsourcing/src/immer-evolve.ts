import { type Draft, enableMapSet, produce } from 'immer'

/**
 * Builds `evolve` and `evolveAll` from one recipe that changes a draft. Loading folds a whole history inside a single
 * `produce` call, so it stays linear however large the state grows; `evolve` (one `produce` per event) is for
 * single events only. States come out frozen and share unchanged parts with their predecessors.
 */
export const evolveWithImmer = <State, Event>(recipe: (draft: Draft<State>, event: Event) => void) => {
  enableMapSet()
  return {
    /** Applies one event in its own `produce`. */
    evolve: (state: State, event: Event): State =>
      produce(state, (draft) => {
        recipe(draft, event)
      }),
    /** Applies a whole history inside one `produce`. */
    evolveAll: (state: State, events: readonly Event[]): State =>
      produce(state, (draft) => {
        for (const event of events) recipe(draft, event)
      }),
  }
}
