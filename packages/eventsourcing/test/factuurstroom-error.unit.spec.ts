import {
  combineRegistries,
  defineEvent,
  eventRegistry,
  FactuurstroomError,
  InMemoryEventStore,
  StoreClosedError,
} from '@factuurstroom/eventsourcing'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'

/** Runs `f` and returns what it threw, so the assertion can look at the whole error. */
const gegooid = async (f: () => unknown): Promise<unknown> => {
  try {
    await f()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}
const vorm = (error: unknown) =>
  error instanceof FactuurstroomError ? [error.name, error.code, error.details] : ['not a FactuurstroomError', error]

describe('typed errors a host can receive from the kernel', () => {
  it('a closed store: StoreClosedError, code STORE_CLOSED', async () => {
    const store = new InMemoryEventStore()
    await store.close()
    const error = await gegooid(() => store.readStream('s'))
    expect(error).toBeInstanceOf(StoreClosedError)
    expect(vorm(error)).toEqual(['StoreClosedError', 'STORE_CLOSED', { store: 'InMemoryEventStore' }])
  })

  it('an event type twice in a registry, or in two registries combined: a code naming the type', async () => {
    const a = defineEvent('Geboekt', t.type({ bedrag: t.string }))
    expect(vorm(await gegooid(() => eventRegistry([a, a])))).toEqual([
      'FactuurstroomError',
      'EVENT_TYPE_TWEE_KEER',
      { type: 'Geboekt' },
    ])
    expect(vorm(await gegooid(() => combineRegistries(eventRegistry([a]), eventRegistry([a]))))).toEqual([
      'FactuurstroomError',
      'EVENT_TYPE_IN_TWEE_REGISTRIES',
      { type: 'Geboekt' },
    ])
  })
})
