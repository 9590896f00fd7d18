import { decisionEvents } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { FactuurregelHerkomst } from '../gedeeld/factuuropdracht'
import { uitTabel } from '../gedeeld/tabel-opslag'
import { conceptDecider } from './decide'
import { type ConceptEventVan, conceptRegistry } from './events'
import { gefactureerdOpslagVersie4 } from './gefactureerd-opslag'
import { factureer, projectBeurs, projectInstellingen, voorbeeldHistorie } from './voorbeeld.fixture'

const { afronding: _afronding, ...zonderAfronding } = projectInstellingen

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

describe('ConceptGefactureerd as stored (schema version 5)', () => {
  it('leaves out the opdracht’s kop, the lines’ project, the herkomst’s line ids and the relatie’s btw-plicht, and reads back exactly', () => {
    const data = voorbeeld()
    const { btwPlicht, ...relatie } = data.relatieInstellingen
    expect(btwPlicht).toBe(data.factuuropdracht.btwPlicht)
    const { administratie: _a, bron: _b, bronId: _c, regels, factuurrelatie, ...kop } = data.factuuropdracht
    expect(factuurrelatie).toEqual(data.factuuropdracht.verkooprelatie)
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
    expect(stored.schemaVersion).toBe(5)
    // Every line invoiced: nothing written off, deferred or made invoiceable, and those empty lists are left out.
    const { afgeboekt, doorgeschoven, factureerbaarGesteld, ...rest } = data
    expect([afgeboekt, doorgeschoven, factureerbaarGesteld]).toEqual([[], [], []])
    expect(stored.data).toEqual({
      ...rest,
      factuuropdracht: {
        ...kop,
        regels: {
          // One rate on every line: its columns are stored once.
          kolommen: [
            'btwCode',
            'btwPercentage',
            'regelId',
            'omschrijving',
            'soort',
            'bedrag',
            'integratiegroep',
            'itemcode',
          ],
          vast: ['HOOG', '21'],
          rijen: regels.map((r) => [
            r.regelId,
            r.omschrijving,
            r.soort,
            r.bedrag,
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
      relatieInstellingen: relatie,
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
    // Another btw-plicht than the invoice's, and settings changed since the concept was opened.
    const verlegd = { ...gewijzigd.relatieInstellingen, btwPlicht: 'verlegd' }
    expect(opgeslagen({ ...gewijzigd, relatieInstellingen: verlegd }).data.relatieInstellingen.btwPlicht).toBe(
      'verlegd',
    )
    rondgang({ ...gewijzigd, relatieInstellingen: verlegd, projectInstellingen: zonderAfronding })
    const afgehandeld = { ...gewijzigd, afgeboekt: [{ regelId: 'n9', reden: 'Coulance' }], doorgeschoven: ['n8'] }
    expect(opgeslagen(afgehandeld).data).toMatchObject({ afgeboekt: afgehandeld.afgeboekt, doorgeschoven: ['n8'] })
    expect(opgeslagen(afgehandeld).data.factureerbaarGesteld).toBeUndefined()
    rondgang(afgehandeld)
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

  it('reads a version 3 event (stored in full) and a version 4 one (stored compactly) as version 5: the net total of their VAT, their settings as recorded', () => {
    const data = voorbeeld()
    const { totaalNetto, ...rest } = data
    const btw = {
      modus: 'PER_TOTAAL',
      afronding: 'HALF_UP_CENT',
      perCode: [{ btwCode: 'HOOG', percentage: '21', grondslag: '667.00', btw: '140.07' }],
      totaalNetto,
      totaalBtw: '140.07',
      totaalBruto: '807.07',
    }
    const versie4 = { ...rest, btw, projectInstellingen }
    const versie5 = { ...rest, projectInstellingen, totaalNetto }
    expect(
      conceptRegistry.decodeOrThrow({ type: 'ConceptGefactureerd', schemaVersion: 3, data: versie4 }),
    ).toStrictEqual({
      type: 'ConceptGefactureerd',
      data: versie5,
    })
    const compact = JSON.parse(JSON.stringify(gefactureerdOpslagVersie4.compact(versie4)))
    expect(compact.herkomst.rijen).toHaveLength(4)
    expect(
      conceptRegistry.decodeOrThrow({ type: 'ConceptGefactureerd', schemaVersion: 4, data: compact }),
    ).toStrictEqual({
      type: 'ConceptGefactureerd',
      data: versie5,
    })
    // Version 4 data that cannot be expanded is named by its path, as version 5 data is.
    const gelezen = conceptRegistry.decode({
      type: 'ConceptGefactureerd',
      schemaVersion: 4,
      data: { ...compact, herkomst: { rijen: [] } },
    })
    expect(isLeft(gelezen) && gelezen.left.problems.map((p) => p.path)).toEqual(['herkomst.kolommen'])
  })

  it('names the path and value of bad stored data instead of throwing', () => {
    const goed = opgeslagen(voorbeeld()).data
    const lees = (data: unknown) => {
      const gelezen = conceptRegistry.decode({ type: 'ConceptGefactureerd', schemaVersion: 5, data })
      return isLeft(gelezen) ? gelezen.left.problems.map((p) => `${p.path}=${JSON.stringify(p.value)}`) : []
    }
    expect(lees({ ...goed, herkomst: [3] })).toEqual(['0.herkomst.0=3'])
    // Without the opdracht's lines, the herkomst's line ids cannot follow from them: each is named, …
    expect(lees({ ...goed, factuuropdracht: 'geen' })).toEqual([
      '0.factuuropdracht.0="geen"',
      '0.factuuropdracht.1="geen"',
      // … nor the ids of their rounding lines, …
      '0.herkomst.0.factuurregelId=undefined',
      '0.herkomst.0.conceptregelIds.2=null',
      '0.herkomst.1.factuurregelId=undefined',
      '0.herkomst.2.factuurregelId=undefined',
      '0.herkomst.2.conceptregelIds.2=null',
      '0.herkomst.3.factuurregelId=undefined',
      // … nor the relatie's btw-plicht, the invoice's.
      '0.relatieInstellingen.0.btwPlicht=undefined',
    ])
    expect(
      lees({ ...goed, herkomst: [{ conceptregelIds: [] }], factuuropdracht: { ...goed.factuuropdracht, regels: [] } }),
    ).toEqual(['0.herkomst.0.factuurregelId=undefined'])
    expect(lees({ ...goed, herkomst: { ...goed.herkomst, kolommen: ['conceptregelIds', 'conceptregelIds'] } })).toEqual(
      ['herkomst.kolommen.1="conceptregelIds"'],
    )
  })
})
