import { DecodeError } from '@factuurstroom/eventsourcing'
import { describe, expect, it } from 'vitest'
import { alsTabel, uitTabel } from './tabel-opslag'

/** Stored as JSON and read back. */
const terug = (lijst: readonly unknown[]) => uitTabel(JSON.parse(JSON.stringify(alsTabel(lijst))), 'regels')

const probleem = (opgeslagen: unknown) => {
  try {
    uitTabel(opgeslagen, 'regels')
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError)
    const [p] = (error as DecodeError).problems
    return `${p?.path}=${JSON.stringify(p?.value)}: ${p?.message}`
  }
  return 'no error'
}

/** Every value a column may hold, absent (`undefined`) included. */
const waarden: unknown[] = [undefined, null, 'tekst', '', 0, 2.5, true, false, [], ['a', 1], [[]], {}, { a: 1 }]

describe('the table form of a stored list of objects', () => {
  it('names each key once and holds one array of cells per line', () => {
    const regels = [
      { regelId: 'a', bedrag: '1.00', project: { nummer: 'P1', omschrijving: 'Stand' } },
      { regelId: 'b', bedrag: '2.00', aantal: '3', project: { nummer: 'P2', omschrijving: 'Beurs' } },
      { regelId: 'c', bedrag: '3.00', project: { nummer: 'P1', omschrijving: 'Stand', fase: { code: 'F1' } } },
    ]
    expect(alsTabel(regels)).toEqual({
      kolommen: ['regelId', 'bedrag', 'project.nummer', 'project.omschrijving', 'project.fase.code', 'aantal'],
      rijen: [
        ['a', '1.00', 'P1', 'Stand'],
        ['b', '2.00', 'P2', 'Beurs', [], '3'],
        ['c', '3.00', 'P1', 'Stand', 'F1'],
      ],
    })
    expect(terug(regels)).toStrictEqual(regels)
  })

  it('marks an absent cell [] and wraps a list value, so neither clashes with a value', () => {
    const regels = [{ a: null, b: [], c: 'x' }, { b: ['y'] }, { a: [null], c: [] }]
    expect(alsTabel(regels)).toEqual({
      kolommen: ['a', 'b', 'c'],
      rijen: [
        [null, [[]], 'x'],
        [[], [['y']]],
        [[[null]], [], [[]]],
      ],
    })
    expect(terug(regels)).toStrictEqual(regels)
  })

  it('round-trips every combination of present, absent and nested values in two columns', () => {
    for (const a of waarden) {
      for (const b of waarden) {
        for (const c of waarden) {
          const regels = [
            { a, genest: { b, c } },
            { a: c, genest: b },
            { genest: { x: { y: a } }, c },
          ].map((regel) => JSON.parse(JSON.stringify(regel)))
          expect(terug(regels)).toStrictEqual(regels)
        }
      }
    }
  })

  it('stores a column with the same text, number, boolean or null on every line once, in vast', () => {
    const regels = [
      { regelId: 'a', soort: 'omzet', bedrag: '1.00', p: { n: 1, m: 'x' }, geboekt: true, leeg: null },
      { regelId: 'b', soort: 'omzet', bedrag: '2.00', p: { n: 1, m: 'y' }, geboekt: true, leeg: null, extra: 0 },
      { leeg: null, regelId: 'c', soort: 'omzet', bedrag: '2.00', p: { n: 1, m: 'z' }, geboekt: true },
    ]
    expect(alsTabel(regels)).toEqual({
      kolommen: ['geboekt', 'leeg', 'p.n', 'soort', 'regelId', 'bedrag', 'p.m', 'extra'],
      vast: [true, null, 1, 'omzet'],
      rijen: [
        ['a', '1.00', 'x'],
        ['b', '2.00', 'y', 0],
        ['c', '2.00', 'z'],
      ],
    })
    expect(terug(regels)).toStrictEqual(regels)
    const allesVast = [
      { a: 'x', b: 2 },
      { b: 2, a: 'x' },
    ]
    expect(alsTabel(allesVast)).toEqual({ kolommen: ['a', 'b'], vast: ['x', 2], rijen: [[], []] })
    expect(terug(allesVast)).toStrictEqual(allesVast)
  })

  it('keeps a column in the rows where a line lacks it, it differs in value or type, or holds a list or object', () => {
    const regels = [
      { ontbreekt: 'x', type: '1', lijst: [], object: {}, genest: { a: [1] } },
      { type: 1, lijst: [], object: {}, genest: { a: [1] } },
    ]
    expect(alsTabel(regels)).toEqual({
      kolommen: ['type', 'lijst', 'object', 'genest.a', 'ontbreekt'],
      rijen: [
        ['1', [[]], {}, [[1]], 'x'],
        [1, [[]], {}, [[1]]],
      ],
    })
    expect(terug(regels)).toStrictEqual(regels)
  })

  it('stores what it reads back exactly as it was stored, constant columns and nested ones included', () => {
    const opnieuw = (lijst: readonly unknown[]) => {
      const opgeslagen = JSON.stringify(alsTabel(lijst))
      expect(JSON.stringify(alsTabel(terug(lijst) as unknown[]))).toBe(opgeslagen)
    }
    for (const a of waarden) {
      for (const b of waarden) {
        opnieuw([
          { id: a, r: { s: 'k', o: b }, z: 1 },
          { id: b, r: { s: 'k', o: a }, z: 1 },
        ])
        opnieuw([
          { b: { x: 'v', y: a }, a: 1 },
          { a: 1, b: { y: b, x: 'v' } },
          { b: { x: 'v' }, a: 1, c: a },
        ])
        opnieuw(
          [
            { a, b, c: 'k' },
            { c: 'k', b: a, a: b },
          ].map((regel) => JSON.parse(JSON.stringify(regel))),
        )
      }
    }
  })

  it('flattens a key only where every line that has it holds a non-empty object', () => {
    expect(alsTabel([{ p: { n: 1 } }, { p: { n: 2, m: 3 } }, {}])).toEqual({
      kolommen: ['p.n', 'p.m'],
      rijen: [[1], [2, 3], []],
    })
    const gemengd = [{ p: { n: 1 } }, { p: null }]
    expect(alsTabel(gemengd)).toEqual({ kolommen: ['p'], rijen: [[{ n: 1 }], [null]] })
    const leeg = [{ p: { n: 1 } }, { p: {} }]
    expect(alsTabel(leeg)).toEqual({ kolommen: ['p'], rijen: [[{ n: 1 }], [{}]] })
    const punt = [{ p: { 'n.m': 1 } }, { p: { n: 2 } }]
    expect(alsTabel(punt)).toEqual({ kolommen: ['p'], rijen: [[{ 'n.m': 1 }], [{ n: 2 }]] })
    for (const regels of [gemengd, leeg, punt]) expect(terug(regels)).toStrictEqual(regels)
  })

  it('keeps a list of fewer than two lines, of other values than objects, or with unfit keys as it is', () => {
    const lijsten = [
      [],
      [{ a: 1 }],
      [{ a: 1 }, 'b'],
      [{ a: 1 }, null],
      [{ 'a.b': 1 }, { a: 2 }],
      JSON.parse('[{"__proto__": 1}, {"a": 2}]'),
    ]
    for (const lijst of lijsten) {
      expect(alsTabel(lijst)).toBe(lijst)
      expect(terug(lijst)).toStrictEqual(lijst)
    }
  })

  it('reads a line without a key an earlier line had, whatever the prototype of an object holds', () => {
    const regels = JSON.parse('[{"constructor": "x", "toString": {"a": 1}}, {"b": 1}]')
    expect(alsTabel(regels)).toEqual({
      kolommen: ['constructor', 'toString.a', 'b'],
      rijen: [
        ['x', 1],
        [[], [], 1],
      ],
    })
    expect(terug(regels)).toStrictEqual(regels)
  })

  it('leaves values of another shape for validation to name', () => {
    for (const waarde of [undefined, null, 'geen', 3, [1, 2]]) expect(uitTabel(waarde, 'regels')).toBe(waarde)
  })

  it('names the path, row and column of a table that cannot have come from a list', () => {
    const tabel = { kolommen: ['a', 'b.c'], rijen: [['x', 1]] }
    expect(probleem({ ...tabel, extra: 1 })).toBe('regels.extra=1: a table has only kolommen, vast and rijen')
    expect(probleem({ ...tabel, kolommen: 'a' })).toBe('regels.kolommen="a": the columns of a table are a list')
    expect(probleem({ ...tabel, kolommen: ['a', 5] })).toBe(
      'regels.kolommen.1=5: column 1 is no column name, or named twice',
    )
    expect(probleem({ ...tabel, kolommen: ['a', 'a'] })).toBe(
      'regels.kolommen.1="a": column 1 is no column name, or named twice',
    )
    for (const kolom of ['', 'b.', '__proto__', 'x.__proto__.y']) {
      expect(probleem({ ...tabel, kolommen: ['a', kolom] })).toBe(
        `regels.kolommen.1=${JSON.stringify(kolom)}: column 1 is no column name, or named twice`,
      )
    }
    expect(probleem({ ...tabel, kolommen: ['b', 'b.c'] })).toBe(
      `regels.kolommen.0="b": column 'b' also has columns inside it`,
    )
    expect(probleem({ ...tabel, rijen: {} })).toBe('regels.rijen={}: the rows of a table are a list')
    for (const vast of [{}, [], ['x', 1, 2]]) {
      expect(probleem({ ...tabel, vast })).toBe(
        `regels.vast=${JSON.stringify(vast)}: the constant values of a table are a list of 1 to 2 cells`,
      )
    }
    expect(probleem({ ...tabel, vast: [['x']] })).toBe(
      'regels.vast.0=["x"]: constant 0 is no text, number, boolean or null',
    )
    expect(probleem({ ...tabel, vast: ['x'] })).toBe('regels.rijen.0=["x",1]: row 0 is not a list of at most 1 cells')
    expect(uitTabel({ ...tabel, vast: ['x'], rijen: [[1], []] }, 'regels')).toStrictEqual([
      { a: 'x', b: { c: 1 } },
      { a: 'x' },
    ])
    expect(probleem({ ...tabel, rijen: [['x'], 'y'] })).toBe(
      'regels.rijen.1="y": row 1 is not a list of at most 2 cells',
    )
    expect(probleem({ ...tabel, rijen: [['x', 1, 2]] })).toBe(
      'regels.rijen.0=["x",1,2]: row 0 is not a list of at most 2 cells',
    )
    expect(
      probleem({
        ...tabel,
        rijen: [
          ['x', 1],
          ['y', [1, 2]],
        ],
      }),
    ).toBe("regels.rijen.1.1=[1,2]: row 1, column 'b.c': a list cell is [] (absent) or [value]")
    expect(probleem(tabel)).toBe('no error')
  })
})
