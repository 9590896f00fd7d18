import { decisionEvents } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { FactuurregelHerkomst } from '../gedeeld/factuuropdracht'
import { uitTabel } from '../gedeeld/tabel-opslag'
import { conceptDecider } from './decide'
import { type ConceptEventVan, conceptRegistry } from './events'
import { factureer, projectBeurs, voorbeeldHistorie } from './voorbeeld.fixture'

type Gefactureerd = ConceptEventVan<'ConceptGefactureerd'>['data']

const metadata = { commandId: 'c', occurredAt: '2026-04-01T09:00:00.000Z' }

/** The worked example's hand-over to invoicing, as the decider makes it. */
const voorbeeld = (): Gefactureerd => {
  const state = voorbeeldHistorie.reduce(conceptDecider.evolve, conceptDecider.initialState())
  const besluit = conceptDecider.decide(factureer(), state)
  if (isLeft(besluit)) throw new Error(besluit.left.message)
  const event = decisionEvents(besluit.right).find((e) => e.type === 'ConceptGefactureerd')
  if (event?.type !== 'ConceptGefactureerd') throw new Error('expected ConceptGefactureerd')
  return event.data
}

const opgeslagen = (data: Gefactureerd) =>
  JSON.parse(JSON.stringify(conceptRegistry.toNewEvent({ type: 'ConceptGefactureerd', data }, metadata)))

/** The lines a stored table holds (the table form itself is specified in gedeeld/tabel-opslag.unit.spec.ts). */
const rijen = (tabel: unknown) => uitTabel(tabel, 'regels') as Record<string, unknown>[]

/** Stored (as JSON), read back: exactly the data it was made from. */
const rondgang = (data: Gefactureerd) => {
  expect(conceptRegistry.decodeOrThrow(opgeslagen(data))).toStrictEqual({ type: 'ConceptGefactureerd', data })
}

const metRegels = (data: Gefactureerd, regels: Gefactureerd['factuuropdracht']['regels']): Gefactureerd => ({
  ...data,
  factuuropdracht: { ...data.factuuropdracht, regels },
})

describe('ConceptGefactureerd as stored (schema version 4)', () => {
  it('leaves out the opdracht’s kop, the lines’ project and the herkomst’s line ids, and reads back exactly', () => {
    const data = voorbeeld()
    const { administratie: _a, bron: _b, bronId: _c, regels, ...kop } = data.factuuropdracht
    expect(data.factuuropdracht.project).toEqual(projectBeurs)
    expect(regels.map((r) => r.project)).toEqual([projectBeurs, projectBeurs, projectBeurs, projectBeurs])
    expect(regels.map((r) => r.itemcode)).toEqual(['ADV', 'ONT', undefined, 'VOORSCH'])
    expect(data.herkomst.map((h) => h.conceptregelIds)).toEqual([
      ['n1', 'n2', 'afronding:f-1:werksoort:ADV|UREN|hoog'],
      ['n3'],
      ['n4', 'n5', 'afronding:f-1:kosten|KOSTEN|hoog'],
      ['verrekening:2026000117'],
    ])
    const stored = opgeslagen(data)
    expect(stored.schemaVersion).toBe(4)
    expect(stored.data).toEqual({
      ...data,
      factuuropdracht: {
        ...kop,
        regels: {
          kolommen: [
            'regelId',
            'omschrijving',
            'soort',
            'bedrag',
            'btwCode',
            'btwPercentage',
            'integratiegroep',
            'itemcode',
          ],
          rijen: regels.map((r) => [
            r.regelId,
            r.omschrijving,
            r.soort,
            r.bedrag,
            r.btwCode,
            r.btwPercentage,
            r.integratiegroep,
            // The costs line has no itemcode: an absent cell at the end of a row is left out.
            ...(r.itemcode === undefined ? [] : [r.itemcode]),
          ]),
        },
      },
      // A cell holding a list is wrapped in one (`[]` alone would mean "absent"); the line's rounding line is `null`.
      herkomst: {
        kolommen: ['conceptregelIds'],
        rijen: [[[['n1', 'n2', null]]], [[['n3']]], [[['n4', 'n5', null]]], [[['verrekening:2026000117']]]],
      },
    })
    rondgang(data)
  })

  it('keeps what differs: a line without or with another project, another kop, a herkomst of another line', () => {
    const data = voorbeeld()
    const [a, b, c, d] = data.factuuropdracht.regels as [
      Gefactureerd['factuuropdracht']['regels'][0],
      ...Gefactureerd['factuuropdracht']['regels'],
    ]
    const { project: _, ...zonderProject } = a
    const ander = { nummer: 'P-2026-099', omschrijving: 'Stand Hannover', fase: { code: 'F1', omschrijving: 'Bouw' } }
    const gewijzigd: Gefactureerd = {
      ...metRegels(data, [zonderProject, { ...(b as typeof a), project: ander }, c as typeof a, d as typeof a]),
      herkomst: [
        { factuurregelId: 'anders', conceptregelIds: ['n1', 'afronding:f-1:anders'] },
        // The rounding line of another printed line, or of another invoice, is an id like any other.
        { ...(data.herkomst[1] as FactuurregelHerkomst), conceptregelIds: ['afronding:f-1:werksoort:ADV|UREN|hoog'] },
        { ...(data.herkomst[2] as FactuurregelHerkomst), conceptregelIds: ['afronding:f-2:kosten|KOSTEN|hoog'] },
        ...data.herkomst.slice(3),
      ],
    }
    const stored = opgeslagen({
      ...gewijzigd,
      factuuropdracht: { ...gewijzigd.factuuropdracht, administratie: 'ADM02', bronId: 'c-9' },
    })
    expect(stored.data.factuuropdracht.administratie).toBe('ADM02')
    expect(stored.data.factuuropdracht.bronId).toBe('c-9')
    expect(rijen(stored.data.factuuropdracht.regels).map((r) => r.project)).toEqual([null, ander, undefined, undefined])
    expect(rijen(stored.data.herkomst).slice(0, 3)).toEqual([
      { factuurregelId: 'anders', conceptregelIds: ['n1', 'afronding:f-1:anders'] },
      { conceptregelIds: ['afronding:f-1:werksoort:ADV|UREN|hoog'] },
      { conceptregelIds: ['afronding:f-2:kosten|KOSTEN|hoog'] },
    ])
    rondgang(gewijzigd)
    rondgang({
      ...gewijzigd,
      factuuropdracht: { ...gewijzigd.factuuropdracht, administratie: 'ADM02', bron: 'handmatig' },
    })
  })

  it('keeps the lines’ projects of an invoice without one, and a herkomst beyond the lines', () => {
    const { project: _, ...zonder } = voorbeeld().factuuropdracht
    const data = { ...voorbeeld(), factuuropdracht: zonder }
    expect(rijen(opgeslagen(data).data.factuuropdracht.regels)[0]?.project).toEqual(projectBeurs)
    rondgang(data)
    rondgang({ ...data, herkomst: [...data.herkomst, { factuurregelId: 'extra', conceptregelIds: [] }] })
    rondgang({ ...metRegels(data, []), herkomst: [] })
  })

  it('reads a version 3 event (stored in full) as it is', () => {
    const data = voorbeeld()
    expect(conceptRegistry.decodeOrThrow({ type: 'ConceptGefactureerd', schemaVersion: 3, data })).toStrictEqual({
      type: 'ConceptGefactureerd',
      data,
    })
  })

  it('names the path and value of bad stored data instead of throwing', () => {
    const goed = opgeslagen(voorbeeld()).data
    const lees = (data: unknown) => {
      const gelezen = conceptRegistry.decode({ type: 'ConceptGefactureerd', schemaVersion: 4, data })
      return isLeft(gelezen) ? gelezen.left.problems.map((p) => `${p.path}=${JSON.stringify(p.value)}`) : []
    }
    expect(lees({ ...goed, herkomst: [3] })).toEqual(['herkomst.0=3'])
    // Without the opdracht's lines, the herkomst's line ids cannot follow from them: each is named, …
    expect(lees({ ...goed, factuuropdracht: 'geen' })).toEqual([
      'factuuropdracht.0="geen"',
      'factuuropdracht.1="geen"',
      // … nor the ids of their rounding lines.
      'herkomst.0.factuurregelId=undefined',
      'herkomst.0.conceptregelIds.2=null',
      'herkomst.1.factuurregelId=undefined',
      'herkomst.2.factuurregelId=undefined',
      'herkomst.2.conceptregelIds.2=null',
      'herkomst.3.factuurregelId=undefined',
    ])
    expect(
      lees({ ...goed, herkomst: [{ conceptregelIds: [] }], factuuropdracht: { ...goed.factuuropdracht, regels: [] } }),
    ).toEqual(['herkomst.0.factuurregelId=undefined'])
    expect(lees({ ...goed, herkomst: { ...goed.herkomst, kolommen: ['conceptregelIds', 'conceptregelIds'] } })).toEqual(
      ['herkomst.kolommen.1="conceptregelIds"'],
    )
  })
})
