import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { controleer, rapport } from './controle.mjs'

const regels = (aantal, tekst) => Array.from({ length: aantal }, () => tekst).join('\n')
/** A function whose declaration spans `lengte` lines. */
const functie = (naam, lengte) => [`export const ${naam} = () => {`, regels(lengte - 2, '  doe()'), '}'].join('\n')

let root
const boom = (bestanden) => {
  root = mkdtempSync(join(tmpdir(), 'limits-'))
  for (const [pad, tekst] of Object.entries(bestanden)) {
    mkdirSync(dirname(join(root, pad)), { recursive: true })
    writeFileSync(join(root, pad), `${tekst}\n`)
  }
  return root
}
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('limits --check over a tree', () => {
  it('fails on what is over, passes what is excepted or aside, and says so', () => {
    const resultaat = controleer(
      boom({
        'packages/a/src/kort.ts': functie('kort', 100),
        'packages/a/src/lang.ts': ['// a plain comment', functie('lang', 101)].join('\n'),
        'packages/a/src/diep/groot.ts': regels(401, '// regel'),
        'packages/a/src/uitgezonderd.ts': ['/** Documented. */', '// limits: one table', functie('tabel', 120)].join(
          '\n',
        ),
        'packages/a/src/lang.spec.ts': functie('spec', 200),
        'packages/a/src/lang.fixture.ts': functie('fixture', 200),
        'packages/a/test/buiten.ts': functie('buiten', 200),
        'packages/b/README.md': regels(500, 'tekst'),
      }),
    )
    expect(resultaat).toEqual({
      over: [
        { soort: 'file', waar: 'packages/a/src/diep/groot.ts', naam: '', regels: 401 },
        { soort: 'function', waar: 'packages/a/src/lang.ts:2', naam: 'lang', regels: 101 },
      ],
      uitgezonderd: [
        {
          soort: 'function',
          waar: 'packages/a/src/uitgezonderd.ts:3',
          naam: 'tabel',
          regels: 120,
          uitzondering: 'one table',
        },
      ],
    })
    expect(rapport(resultaat)).toEqual({
      regels: [
        'Limits (report only): functions over 100 lines, files over 400 lines in packages/*/src, specs and fixtures aside.',
        '  401  file      packages/a/src/diep/groot.ts',
        '  101  function  packages/a/src/lang.ts:2  lang',
        '2 places over the limits',
        "1 excepted by a '// limits:' comment (at most 3):",
        '  120  function  packages/a/src/uitgezonderd.ts:3  tabel  (one table)',
      ],
      code: 0,
    })
    expect(rapport(resultaat, { check: true }).code).toBe(1)
  })

  it('passes a tree within the limits and fails a fourth exception', () => {
    const binnen = controleer(boom({ 'packages/a/src/kort.ts': functie('kort', 100) }))
    expect(rapport(binnen, { check: true })).toEqual({
      regels: [
        'Limits (check): functions over 100 lines, files over 400 lines in packages/*/src, specs and fixtures aside.',
        '0 places over the limits',
      ],
      code: 0,
    })
    rmSync(root, { recursive: true, force: true })
    const vier = Object.fromEntries(
      [1, 2, 3, 4].map((n) => [`packages/a/src/f${n}.ts`, ['// limits: why', functie(`f${n}`, 101)].join('\n')]),
    )
    const uitkomst = rapport(controleer(boom(vier)), { check: true })
    expect(uitkomst.code).toBe(1)
    expect(uitkomst.regels.at(-1)).toBe('too many exceptions: 4, at most 3')
  })

  it('excepts only the function right below the comment, not one further down', () => {
    const resultaat = controleer(
      boom({ 'packages/a/src/a.ts': ['// limits: why', '', functie('los', 101)].join('\n') }),
    )
    expect(resultaat).toEqual({
      over: [{ soort: 'function', waar: 'packages/a/src/a.ts:3', naam: 'los', regels: 101 }],
      uitgezonderd: [],
    })
  })
})
