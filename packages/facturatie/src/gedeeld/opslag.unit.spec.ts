import { describe, expect, it } from 'vitest'
import { metStandaarden, zonderStandaarden } from './opslag'

const project = { nummer: 'P-1', omschrijving: 'Beursstand' }
const zelfdeInAndereVolgorde = { omschrijving: 'Beursstand', nummer: 'P-1' }
const ander = { nummer: 'P-2', omschrijving: 'Stand Hannover' }

describe('the field rules of the stored forms', () => {
  // Every combination of a field (absent, equal to its standaard, equal in another key order, different) and its
  // standaard (none, present), beside a field without a rule.
  const waarden = [undefined, project, zelfdeInAndereVolgorde, ander]
  const standaarden = [undefined, project]
  const gevallen = waarden.flatMap((waarde) => standaarden.map((standaard) => ({ waarde, standaard })))

  it.each(gevallen)(
    'stores $waarde against standaard $standaard and reads it back exactly',
    ({ waarde, standaard }) => {
      const velden = { regelId: 'R1', ...(waarde === undefined ? {} : { project: waarde }) }
      const opgeslagen = JSON.parse(JSON.stringify(zonderStandaarden(velden, { project: standaard })))
      expect(metStandaarden(opgeslagen, { project: standaard })).toStrictEqual(velden)
    },
  )

  it('leaves out what equals its standaard, says null for what is absent beside one, and keeps the rest', () => {
    expect(zonderStandaarden({ a: 1, p: project }, { p: zelfdeInAndereVolgorde })).toEqual({ a: 1 })
    expect(zonderStandaarden({ a: 1 }, { p: project })).toEqual({ a: 1, p: null })
    expect(zonderStandaarden({ a: 1, p: ander }, { p: project })).toEqual({ a: 1, p: ander })
    expect(zonderStandaarden({ a: 1 }, { p: undefined })).toEqual({ a: 1 })
  })

  it('keeps a null without a standaard for validation to name', () => {
    expect(metStandaarden({ p: null }, { p: undefined })).toEqual({ p: null })
  })
})
