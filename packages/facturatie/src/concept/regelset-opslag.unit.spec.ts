import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { uitTabel } from '../gedeeld/tabel-opslag'
import type { NieuweRegel } from './commands'
import { type ConceptEvent, type ConceptEventVan, type ConceptRegel, conceptRegistry } from './events'
import { alsConceptRegel, nacalculatie, toegevoegd } from './voorbeeld.fixture'

const rijenVan = (tabel: unknown) => uitTabel(tabel, 'regels') as Record<string, unknown>[]

type Toegevoegd = ConceptEventVan<'ConceptRegelsToegevoegd'>

const metadata = { commandId: 'c', occurredAt: '2026-04-01T09:00:00.000Z' }
const [n1, n2, , n4] = nacalculatie as [NieuweRegel, NieuweRegel, NieuweRegel, NieuweRegel]

const opgeslagen = (event: ConceptEvent) => JSON.parse(JSON.stringify(conceptRegistry.toNewEvent(event, metadata)))

/** Stored (as JSON), read back: exactly the event it was made from. */
const rondgang = (event: ConceptEvent) => {
  expect(conceptRegistry.decodeOrThrow(opgeslagen(event))).toStrictEqual(event)
}

/** A plus-regel: its own id, herkomst and methode, no nacalculatie line, free fields with a dot in a key. */
const plusregel = (): ConceptRegel => {
  const { nacalculatieRegelId: _, verdichteRegel: _v, project: _p, ...regel } = alsConceptRegel(n1)
  return {
    ...regel,
    regelId: 'p1',
    herkomst: 'plusregel',
    verwerkingsmethode: 'P',
    vrijeVelden: { kostenplaats: 'KP1', 'met.punt': 'ja' },
  }
}

describe('ConceptRegelsToegevoegd as stored (schema version 3)', () => {
  it('stores the set’s items, verdichte regels and lines as tables, and reads back exactly', () => {
    const event = toegevoegd([n1, n2, n4].map(alsConceptRegel)) as Toegevoegd
    const stored = opgeslagen(event)
    expect(stored.schemaVersion).toBe(3)
    expect(stored.data).toEqual({
      administratie: 'ADM01',
      conceptId: 'c-1',
      items: {
        // A column alike on every line is stored once.
        kolommen: ['btwTariefgroep', 'soort', 'itemcode', 'itemomschrijving', 'integratiegroep'],
        vast: ['hoog'],
        rijen: [
          ['uren', 'ADV', 'Advies', 'UREN'],
          ['kosten', 'REIS', 'Reiskosten', 'KOSTEN'],
        ],
      },
      // One project: a table of one line would be bigger than the list.
      projecten: [{ nummer: 'P-2026-014', omschrijving: 'Beursstand Jaarbeurs 2026' }],
      verdichteRegels: {
        kolommen: ['id', 'omschrijving'],
        rijen: [
          ['werksoort:ADV|UREN|hoog', 'Advies'],
          ['kosten|KOSTEN|hoog', 'Kosten'],
        ],
      },
      regels: {
        kolommen: ['project', 'item', 'nacalculatieRegelId', 'omschrijving', 'aantal', 'prijs', 'verdichteRegel'],
        vast: [0],
        // Each amount is its quantity times its price: left out.
        rijen: [
          [0, 'n1', 'Advies 7.50 uur', '7.50', '95.00', 0],
          [0, 'n2', 'Advies 3.25 uur', '3.25', '95.00', 0],
          [1, 'n4', 'Reiskosten', '142', '0.23', 1],
        ],
      },
    })
    rondgang(event)
  })

  it('reads lines of every kind, with and without the optional tables, back exactly', () => {
    const zonderVerdichting = ({ verdichteRegel: _v, project: _p, ...regel }: ConceptRegel): ConceptRegel => regel
    const sets = [
      [],
      [alsConceptRegel(n1)],
      [plusregel(), alsConceptRegel(n1)],
      [n1, n2, n4].map(alsConceptRegel).map(zonderVerdichting),
      [
        zonderVerdichting(alsConceptRegel(n1)),
        { ...plusregel(), verdichteRegel: { id: 'plus:p1', omschrijving: 'x' } },
      ],
    ]
    for (const regels of sets) rondgang(toegevoegd(regels))
    // An amount rounded half away from zero is left out; one that differs from quantity times price stays.
    const [r1, r2, r4] = [n1, n2, n4].map(alsConceptRegel) as [ConceptRegel, ConceptRegel, ConceptRegel]
    const bedragen = [
      { ...r1, aantal: '0.75', prijs: '82.50', bedrag: '61.88' },
      { ...r2, aantal: '-0.75', prijs: '82.50', bedrag: '-61.88' },
      { ...r4, aantal: '0', bedrag: '0.00' },
      { ...r1, regelId: 'x', aantal: '2', prijs: '10.00', bedrag: '19.99' },
    ]
    const opgeslagenRegels = rijenVan(opgeslagen(toegevoegd(bedragen)).data.regels)
    expect(opgeslagenRegels.map((r) => r.bedrag)).toEqual([undefined, undefined, undefined, '19.99'])
    rondgang(toegevoegd(bedragen))
    const stored = opgeslagen(toegevoegd([n1, n2].map(alsConceptRegel).map(zonderVerdichting))).data
    expect(Object.keys(stored)).toEqual(['administratie', 'conceptId', 'items', 'regels'])
  })

  it('reads a version 2 event (its lists as lists) as it is', () => {
    const event = toegevoegd([n1, n2, n4].map(alsConceptRegel))
    expect(
      conceptRegistry.decodeOrThrow({ type: 'ConceptRegelsToegevoegd', schemaVersion: 2, data: event.data }),
    ).toStrictEqual(event)
  })

  it('names the path and value of bad stored data instead of throwing', () => {
    const goed = opgeslagen(toegevoegd([n1, n2, n4].map(alsConceptRegel))).data
    const lees = (data: unknown) => {
      const gelezen = conceptRegistry.decode({ type: 'ConceptRegelsToegevoegd', schemaVersion: 3, data })
      return isLeft(gelezen) ? gelezen.left.problems.map((p) => `${p.path}=${JSON.stringify(p.value)}`) : []
    }
    expect(lees(goed)).toEqual([])
    expect(lees({ ...goed, items: { ...goed.items, rijen: 'geen' } })).toEqual(['items.rijen="geen"'])
    expect(lees({ ...goed, regels: { ...goed.regels, rijen: [[0, 'x', [1, 2]]] } })).toEqual(['regels.rijen.0.2=[1,2]'])
    // A table that reads back but names a project beyond the set's: the codec names the line's field.
    const rijen = [goed.regels.rijen[0]]
    expect(lees({ ...goed, regels: { ...goed.regels, vast: [4], rijen } })).toEqual(['regels.0.project=4'])
  })
})
