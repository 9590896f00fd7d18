import { evolveWithImmer } from '@factuurstroom/eventsourcing'
import { describe, expect, it } from 'vitest'

type Event = { type: 'Geboekt'; regel: string; bedrag: string } | { type: 'Gewist'; regel: string }
interface State {
  regels: Map<string, string>
  aantal: number
}

const { evolve, evolveAll } = evolveWithImmer<State, Event>((draft, event) => {
  if (event.type === 'Geboekt') {
    draft.regels.set(event.regel, event.bedrag)
    draft.aantal++
  } else draft.regels.delete(event.regel)
})
const initial = (): State => ({ regels: new Map(), aantal: 0 })
const history: Event[] = [
  { type: 'Geboekt', regel: 'r1', bedrag: '712.50' },
  { type: 'Geboekt', regel: 'r2', bedrag: '308.75' },
  { type: 'Gewist', regel: 'r1' },
]

describe('evolveWithImmer', () => {
  it('folds a history in one produce to the same state as event by event', () => {
    const allAtOnce = evolveAll(initial(), history)
    expect(allAtOnce).toEqual(history.reduce(evolve, initial()))
    expect([...allAtOnce.regels]).toEqual([['r2', '308.75']])
    expect(allAtOnce.aantal).toBe(2)
  })

  it('never changes the state it starts from, and shares nothing that changed', () => {
    const before = evolveAll(initial(), history.slice(0, 2))
    const after = evolve(before, { type: 'Gewist', regel: 'r2' })
    expect([...before.regels.keys()]).toEqual(['r1', 'r2'])
    expect([...after.regels.keys()]).toEqual(['r1'])
    expect(Object.isFrozen(after)).toBe(true)
  })
})
