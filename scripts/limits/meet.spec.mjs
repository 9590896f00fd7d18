import { describe, expect, it } from 'vitest'
import { meetBestand } from './meet.mjs'

const regels = (aantal, tekst) => Array.from({ length: aantal }, () => tekst).join('\n')

describe('limits: sizes over the TypeScript AST', () => {
  it('reports a function of 101 lines with its name and first line, not one of 100', () => {
    const tekst = [
      'export const kort = () => {',
      regels(98, '  doe()'),
      '}',
      'function lang() {',
      regels(99, '  doe()'),
      '}',
      '',
    ].join('\n')
    expect(meetBestand('a.ts', tekst)).toEqual([{ soort: 'function', waar: 'a.ts:101', naam: 'lang', regels: 101 }])
  })

  it('reports a file of 401 lines and names methods, nested arrows and call callbacks', () => {
    const tekst = [
      'class Dienst {',
      '  handel() {',
      '    const binnen = () => {',
      regels(100, '      doe()'),
      '    }',
      '  }',
      '}',
      'describe("x", () => {',
      regels(100, '  doe()'),
      '})',
      regels(193, '// rest'),
      '',
    ].join('\n')
    expect(meetBestand('b.ts', tekst)).toEqual([
      { soort: 'file', waar: 'b.ts', naam: '', regels: 401 },
      { soort: 'function', waar: 'b.ts:2', naam: 'handel', regels: 104 },
      { soort: 'function', waar: 'b.ts:3', naam: 'binnen', regels: 102 },
      { soort: 'function', waar: 'b.ts:107', naam: 'describe callback', regels: 102 },
    ])
  })
})
