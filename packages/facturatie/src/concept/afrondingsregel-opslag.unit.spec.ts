import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { type ConceptEventVan, conceptRegistry } from './events'
import { projectBeurs } from './voorbeeld.fixture'

type Berekend = ConceptEventVan<'AfrondingsregelBerekend'>['data']

const metadata = { commandId: 'c', occurredAt: '2026-04-01T09:00:00.000Z' }
const verdichteRegel = { id: 'werksoort:ADV|UREN|hoog', omschrijving: 'Advies' }

/** A rounding as the decider records it for invoice `f-1`. */
const berekend = (regel: Partial<Berekend['regel']> = {}, vr = verdichteRegel): Berekend => ({
  administratie: 'ADM01',
  conceptId: 'c-1',
  verdichteRegel: vr,
  grondslag: '1021.25',
  methode: { stap: '1', richting: 'omlaag' },
  regel: {
    regelId: `afronding:f-1:${vr.id}`,
    itemcode: 'AFR',
    omschrijving: `Afronding ${vr.omschrijving}`,
    bedrag: '-0.25',
    btwTariefgroep: 'hoog',
    integratiegroep: 'UREN',
    project: projectBeurs,
    ...regel,
  },
})

const opgeslagen = (data: Berekend) =>
  JSON.parse(JSON.stringify(conceptRegistry.toNewEvent({ type: 'AfrondingsregelBerekend', data }, metadata)))

/** Stored (as JSON), read back: exactly the data it was made from. */
const rondgang = (data: Berekend) => {
  expect(conceptRegistry.decodeOrThrow(opgeslagen(data))).toStrictEqual({ type: 'AfrondingsregelBerekend', data })
}

describe('AfrondingsregelBerekend as stored (schema version 3)', () => {
  it('leaves out what the line repeats of the verdichte regel, keeps the invoice of its id, and reads back exactly', () => {
    const data = berekend()
    expect(opgeslagen(data)).toEqual({
      eventId: expect.any(String),
      type: 'AfrondingsregelBerekend',
      schemaVersion: 3,
      data: {
        ...data,
        regel: { factuurId: 'f-1', itemcode: 'AFR', bedrag: '-0.25', project: projectBeurs },
      },
      metadata,
    })
    rondgang(data)
    const { project: _, ...zonderProject } = data.regel
    rondgang({ ...data, regel: zonderProject })
  })

  it('keeps what differs from the verdichte regel, and a line id of another form', () => {
    const data = berekend({
      regelId: 'afronding:f-1:kosten|KOSTEN|hoog',
      omschrijving: 'Afronding',
      btwTariefgroep: 'laag',
      integratiegroep: 'KOSTEN',
    })
    expect(opgeslagen(data).data.regel).toEqual({
      regelId: 'afronding:f-1:kosten|KOSTEN|hoog',
      itemcode: 'AFR',
      omschrijving: 'Afronding',
      bedrag: '-0.25',
      btwTariefgroep: 'laag',
      integratiegroep: 'KOSTEN',
      project: projectBeurs,
    })
    rondgang(data)
    for (const regelId of ['afronding::werksoort:ADV|UREN|hoog', 'f-1:werksoort:ADV|UREN|hoog', 'afronding:f-1:']) {
      expect(opgeslagen(berekend({ regelId })).data.regel.regelId).toBe(regelId)
      rondgang(berekend({ regelId }))
    }
    // A verdichte regel whose id does not end in <integratiegroep>|<btwTariefgroep> gives no standaard for them.
    const plus = berekend({}, { id: 'plus:p1', omschrijving: 'Extra advies' })
    expect(opgeslagen(plus).data.regel).toEqual({
      factuurId: 'f-1',
      itemcode: 'AFR',
      bedrag: '-0.25',
      btwTariefgroep: 'hoog',
      integratiegroep: 'UREN',
      project: projectBeurs,
    })
    rondgang(plus)
    // A factuurId of the line's own (the codec lets extra fields pass) keeps the line id as it is.
    rondgang({ ...data, regel: { ...berekend().regel, factuurId: 'eigen' } as Berekend['regel'] })
  })

  it('reads back every rounding line under verdichte regels of every id form', () => {
    for (const id of ['a|b|c', '|UREN|hoog', 'a||hoog', 'UREN|hoog', '|hoog', 'x', 'project:-|UREN|hoog']) {
      for (const regel of [{}, { btwTariefgroep: 'c' }, { integratiegroep: 'b', btwTariefgroep: 'c' }]) {
        rondgang(berekend(regel, { id, omschrijving: 'Advies' }))
      }
    }
  })

  it('reads a version 2 event (stored in full) as it is', () => {
    const data = berekend()
    expect(conceptRegistry.decodeOrThrow({ type: 'AfrondingsregelBerekend', schemaVersion: 2, data })).toStrictEqual({
      type: 'AfrondingsregelBerekend',
      data,
    })
  })

  it('names the path and value of bad stored data instead of throwing', () => {
    const goed = opgeslagen(berekend()).data
    const lees = (data: unknown) => {
      const gelezen = conceptRegistry.decode({ type: 'AfrondingsregelBerekend', schemaVersion: 3, data })
      return isLeft(gelezen) ? gelezen.left.problems.map((p) => `${p.path}=${JSON.stringify(p.value)}`) : []
    }
    expect(lees(goed)).toEqual([])
    expect(lees({ ...goed, regel: { ...goed.regel, factuurId: 7 } })).toEqual(['regel.factuurId=7'])
    // Without the verdichte regel, nothing of the line follows from it: each missing field is named.
    expect(lees({ ...goed, verdichteRegel: 'geen' })).toEqual([
      'verdichteRegel="geen"',
      'regel.0.regelId=undefined',
      'regel.0.omschrijving=undefined',
      'regel.0.btwTariefgroep=undefined',
      'regel.0.integratiegroep=undefined',
    ])
    // Without the verdichte regel's text, the line's text does not follow: the codec names it.
    const { omschrijving: _, ...zonderTekst } = goed.verdichteRegel
    expect(lees({ ...goed, verdichteRegel: zonderTekst })).toEqual([
      'verdichteRegel.omschrijving=undefined',
      'regel.0.omschrijving=undefined',
    ])
  })
})
