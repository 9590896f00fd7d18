import { DecodeError, defineEvent, eventRegistry, InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { isLeft, isRight } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'

// An order whose lines repeat its customer: the stored form (version 2) leaves a line's klant out when it is the
// order's, and says `null` for a line without one. Version 1 stored every line in full.
const Regel = t.intersection([t.type({ artikel: t.string }), t.partial({ klant: t.string })])
const Data = t.type({ klant: t.string, regels: t.array(Regel) })
type Data = t.TypeOf<typeof Data>

const compact = (data: Data): unknown => ({
  ...data,
  regels: data.regels.map(({ klant, ...rest }) =>
    klant === data.klant ? rest : { ...rest, klant: klant === undefined ? null : klant },
  ),
})
const expand = (stored: unknown): unknown => {
  const data = stored as { klant: unknown; regels: { klant?: unknown }[] }
  return {
    ...data,
    regels: data.regels.map((r) => {
      if (!('klant' in r)) return { ...r, klant: data.klant }
      const { klant, ...rest } = r
      return klant === null ? rest : r
    }),
  }
}

const Besteld = defineEvent('Besteld', Data, {
  version: 2,
  upcasters: { 1: (data) => data },
  storedForm: { compact, expand },
})
const Geannuleerd = defineEvent('Geannuleerd', t.type({ reden: t.string }))
const registry = eventRegistry([Besteld, Geannuleerd] as const)
const metadata = { occurredAt: '2026-01-01T00:00:00.000Z' }

const besteld: Data = {
  klant: 'K1',
  regels: [{ artikel: 'A', klant: 'K1' }, { artikel: 'B' }, { artikel: 'C', klant: 'K2' }],
}

describe('an event with a stored form', () => {
  it('is stored compactly and decodes to exactly the domain event it was made from', () => {
    const nieuw = registry.toNewEvent({ type: 'Besteld', data: besteld }, metadata, 'e-1')
    expect(nieuw).toEqual({
      eventId: 'e-1',
      type: 'Besteld',
      schemaVersion: 2,
      data: { klant: 'K1', regels: [{ artikel: 'A' }, { artikel: 'B', klant: null }, { artikel: 'C', klant: 'K2' }] },
      metadata,
    })
    const gelezen = registry.decodeOrThrow(nieuw)
    expect(gelezen).toStrictEqual({ type: 'Besteld', data: besteld })
  })

  it('round-trips through a store, which keeps the stored form', async () => {
    const store = new InMemoryEventStore()
    await store.appendToStream(
      'order-1',
      [registry.toNewEvent({ type: 'Besteld', data: besteld }, metadata)],
      'no_stream',
    )
    const [recorded] = await store.readStream('order-1')
    expect(recorded?.data).toEqual({
      klant: 'K1',
      regels: [{ artikel: 'A' }, { artikel: 'B', klant: null }, { artikel: 'C', klant: 'K2' }],
    })
    expect(registry.decodeOrThrow(recorded as never)).toStrictEqual({ type: 'Besteld', data: besteld })
  })

  it('reads an older version through its upcasters, without expanding it', () => {
    // Version 1 holds the lines as the domain has them: a line without a klant stays without one.
    const gelezen = registry.decode({ type: 'Besteld', schemaVersion: 1, data: besteld })
    expect(isRight(gelezen) && gelezen.right).toStrictEqual({ type: 'Besteld', data: besteld })
  })

  it('validates after expanding: a bad stored field is named by its path and value', () => {
    const gelezen = registry.decode({
      type: 'Besteld',
      schemaVersion: 2,
      data: { klant: 'K1', regels: [{ artikel: 7 }, { artikel: 'B', klant: 5 }] },
    })
    expect(isLeft(gelezen) && gelezen.left.problems).toEqual([
      // io-ts numbers the parts of an intersection: `regels.0.0` is the first line's required part.
      { path: 'regels.0.0.artikel', value: 7, message: 'expected string' },
      { path: 'regels.1.1.klant', value: 5, message: 'expected string' },
    ])
  })

  it('turns an exception in expand into a DecodeError naming the data and the reason', () => {
    const gelezen = registry.decode({ type: 'Besteld', schemaVersion: 2, data: { klant: 'K1' } })
    expect(isLeft(gelezen)).toBe(true)
    const fout = (gelezen as { left: DecodeError }).left
    expect(fout).toBeInstanceOf(DecodeError)
    expect(fout.subject).toBe('Besteld')
    expect(fout.problems).toEqual([
      {
        path: '',
        value: { klant: 'K1' },
        message: "stored form does not expand: Cannot read properties of undefined (reading 'map')",
      },
    ])
    expect(() => registry.decodeOrThrow({ type: 'Besteld', schemaVersion: 2, data: null })).toThrow(DecodeError)
  })

  it('passes on the path a DecodeError thrown by expand names, under the event type', () => {
    const Streng = defineEvent('Streng', t.type({ n: t.number }), {
      storedForm: {
        compact: (data) => data,
        expand: (stored) => {
          throw new DecodeError('binnen', [{ path: 'n', value: stored, message: 'not a stored Streng' }])
        },
      },
    })
    const gelezen = eventRegistry([Streng] as const).decode({ type: 'Streng', schemaVersion: 1, data: { n: 1 } })
    expect(isLeft(gelezen) && gelezen.left.message).toBe('Invalid Streng: n: not a stored Streng (got {"n":1})')
  })

  it('refuses invalid domain data before compacting it: nothing is stored', () => {
    const ongeldig = { klant: 'K1', regels: [{ artikel: 1 }] } as unknown as Data
    expect(() => registry.toNewEvent({ type: 'Besteld', data: ongeldig }, metadata)).toThrow(
      'Invalid Besteld: regels.0.0.artikel: expected string (got 1)',
    )
  })

  it('leaves events without a stored form as they are', () => {
    const nieuw = registry.toNewEvent({ type: 'Geannuleerd', data: { reden: 'dubbel' } }, metadata, 'e-2')
    expect(nieuw.data).toEqual({ reden: 'dubbel' })
    expect(registry.decodeOrThrow(nieuw)).toEqual({ type: 'Geannuleerd', data: { reden: 'dubbel' } })
  })
})
