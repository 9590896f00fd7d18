import {
  DecodeError,
  defineEvent,
  eventRegistry,
  FactuurstroomError,
  type StoredForm,
  type Upcaster,
} from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'

// An order, stored three ways. Version 1: in full. Version 2 (form A): a line's `klant` left out where it is the
// order's, `null` where the line has none. Version 3 renames a line's `klant` to `afnemer` and adds `valuta`;
// stored in form B: a line's `afnemer` left out likewise, and `valuta` left out where it is EUR.
type Regels = Record<string, unknown>[]
type Order = { klant: string; regels: Regels }

/** A line's `veld` left out where it is the order's klant, `null` where the line has none. */
const zonderKlantVan = (veld: string, data: Order): Regels =>
  data.regels.map(({ [veld]: waarde, ...rest }) => (waarde === data.klant ? rest : { ...rest, [veld]: waarde ?? null }))

/** The lines back from `zonderKlantVan`; a line that is not an object is named by its path. */
const metKlantVan = (veld: string, data: Order): Regels =>
  data.regels.map((regel, i) => {
    if (typeof regel !== 'object' || regel === null) {
      throw new DecodeError('opgeslagen', [
        { path: `regels.${i}`, value: regel, message: 'a stored line is an object' },
      ])
    }
    if (!(veld in regel)) return { ...regel, [veld]: data.klant }
    const { [veld]: waarde, ...rest } = regel
    return waarde === null ? rest : regel
  })

const vormA: StoredForm = {
  compact: (data) => ({ ...(data as Order), regels: zonderKlantVan('klant', data as Order) }),
  expand: (stored) => ({ ...(stored as Order), regels: metKlantVan('klant', stored as Order) }),
}
const vormB: StoredForm = {
  compact: (data) => {
    const { valuta, ...order } = data as Order & { valuta: string }
    return { ...order, ...(valuta === 'EUR' ? {} : { valuta }), regels: zonderKlantVan('afnemer', order) }
  },
  expand: (stored) => {
    const order = stored as Order & { valuta?: string }
    return { ...order, valuta: order.valuta ?? 'EUR', regels: metKlantVan('afnemer', order) }
  },
}

// A plain domain upcaster: given compact version 2 data it would lose the afnemer of every line that had the order's.
const versie3UitVersie2: Upcaster = (data) => {
  const order = data as Order
  return {
    ...order,
    valuta: 'EUR',
    regels: order.regels.map(({ klant, ...rest }) => (klant === undefined ? rest : { ...rest, afnemer: klant })),
  }
}

const Regel = t.intersection([t.type({ artikel: t.string }), t.partial({ afnemer: t.string })])
const Besteld = defineEvent('Besteld', t.type({ klant: t.string, valuta: t.string, regels: t.array(Regel) }), {
  version: 3,
  upcasters: { 1: (data) => data, 2: versie3UitVersie2 },
  storedForm: vormB,
  earlierStoredForms: { 2: vormA },
})
const registry = eventRegistry([Besteld] as const)

const versie3 = {
  klant: 'K1',
  valuta: 'EUR',
  regels: [{ artikel: 'A', afnemer: 'K1' }, { artikel: 'B' }, { artikel: 'C', afnemer: 'K2' }],
}
const lees = (schemaVersion: number, data: unknown) => registry.decodeOrThrow({ type: 'Besteld', schemaVersion, data })

describe('an event stored in another form in each version', () => {
  it('stores the current version in its own form', () => {
    const nieuw = registry.toNewEvent({ type: 'Besteld', data: versie3 }, { occurredAt: '2026-01-01T00:00:00.000Z' })
    expect(nieuw.schemaVersion).toBe(3)
    expect(nieuw.data).toStrictEqual({
      klant: 'K1',
      regels: [{ artikel: 'A' }, { artikel: 'B', afnemer: null }, { artikel: 'C', afnemer: 'K2' }],
    })
    expect(lees(3, nieuw.data)).toStrictEqual({ type: 'Besteld', data: versie3 })
  })

  it('expands each stored version with its own form before upcasting: every version reads as the same event', () => {
    const regels1 = [{ artikel: 'A', klant: 'K1' }, { artikel: 'B' }, { artikel: 'C', klant: 'K2' }]
    const inVormA = [{ artikel: 'A' }, { artikel: 'B', klant: null }, { artikel: 'C', klant: 'K2' }]
    const inVormB = [{ artikel: 'A' }, { artikel: 'B', afnemer: null }, { artikel: 'C', afnemer: 'K2' }]
    expect(lees(1, { klant: 'K1', regels: regels1 })).toStrictEqual({ type: 'Besteld', data: versie3 })
    expect(lees(2, { klant: 'K1', regels: inVormA })).toStrictEqual({ type: 'Besteld', data: versie3 })
    expect(lees(3, { klant: 'K1', regels: inVormB })).toStrictEqual({ type: 'Besteld', data: versie3 })
    expect(lees(3, { klant: 'K1', valuta: 'USD', regels: inVormB })).toStrictEqual({
      type: 'Besteld',
      data: { ...versie3, valuta: 'USD' },
    })
  })

  it('expands no version that had no stored form: a version 1 line without a klant stays without an afnemer', () => {
    expect(lees(1, { klant: 'K1', regels: [{ artikel: 'A' }] })).toStrictEqual({
      type: 'Besteld',
      data: { klant: 'K1', valuta: 'EUR', regels: [{ artikel: 'A' }] },
    })
  })

  it('names the path of an earlier version that does not expand, under the event type', () => {
    const regel7 = registry.decode({ type: 'Besteld', schemaVersion: 2, data: { klant: 'K1', regels: [{}, 7] } })
    expect(isLeft(regel7) && [regel7.left.subject, regel7.left.problems]).toEqual([
      'Besteld',
      [{ path: 'regels.1', value: 7, message: 'a stored line is an object' }],
    ])
    const geenLijst = registry.decode({ type: 'Besteld', schemaVersion: 2, data: { klant: 'K1' } })
    expect(isLeft(geenLijst) && geenLijst.left.problems).toEqual([
      {
        path: '',
        value: { klant: 'K1' },
        message: "stored form does not expand: Cannot read properties of undefined (reading 'map')",
      },
    ])
  })

  it('refuses a stored form for a version that is not an earlier one: OPSLAGVORM_ZONDER_VERSIE', () => {
    const gegooid = (versie: number): unknown => {
      try {
        defineEvent('Besteld', t.type({ klant: t.string }), { version: 3, earlierStoredForms: { [versie]: vormA } })
      } catch (error) {
        return error
      }
      return undefined
    }
    for (const versie of [0, 3, 4]) {
      const fout = gegooid(versie) as FactuurstroomError
      expect(fout).toBeInstanceOf(FactuurstroomError)
      expect([fout.code, fout.details, fout.message]).toEqual([
        'OPSLAGVORM_ZONDER_VERSIE',
        { type: 'Besteld', version: String(versie) },
        `Event type 'Besteld' names a stored form for version ${versie}, which is not an earlier version (1..2); the current version's is 'storedForm'.`,
      ])
    }
  })
})
