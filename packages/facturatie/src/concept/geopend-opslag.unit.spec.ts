import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { type ConceptEvent, type ConceptEventVan, conceptRegistry } from './events'
import { geopend, projectInstellingen, relatieInstellingen } from './voorbeeld.fixture'

type Geopend = ConceptEventVan<'ConceptGeopend'>['data']

const metadata = { commandId: 'c', occurredAt: '2026-04-01T09:00:00.000Z' }

const opgeslagen = (event: ConceptEvent) => JSON.parse(JSON.stringify(conceptRegistry.toNewEvent(event, metadata)))

/** Stored (as JSON), read back: exactly the event it was made from; stored again: byte for byte the same. */
const rondgang = (data: Geopend) => {
  const event: ConceptEvent = { type: 'ConceptGeopend', data }
  const stored = opgeslagen(event)
  const gelezen = conceptRegistry.decodeOrThrow(stored)
  expect(gelezen).toStrictEqual(event)
  expect(JSON.stringify(opgeslagen(gelezen).data)).toBe(JSON.stringify(stored.data))
}

const voorbeeld = () => geopend().data as Geopend

describe('ConceptGeopend as stored (schema version 2)', () => {
  it('leaves out what the settings repeat of the event and the switches at their usual value', () => {
    const data = voorbeeld()
    const stored = opgeslagen({ type: 'ConceptGeopend', data })
    expect(stored.schemaVersion).toBe(2)
    expect(stored.data).toEqual({
      administratie: 'ADM01',
      conceptId: 'c-1',
      verkooprelatie: { nummer: '10032', naam: 'Koninklijke Exhibitions Benelux B.V.' },
      valuta: 'EUR',
      btwPlicht: 'binnenland',
      conceptmethode: 'perProject',
      projectInstellingen: {
        verdichting: 'perWerksoort',
        voorschot: { kostensoort: 'VOORSCH', omschrijving: 'Voorschot verrekend', integratiegroep: 'VOORSCHOT' },
        afronding: { methode: { stap: '1', richting: 'omlaag' }, kostensoort: 'AFR' },
      },
      relatieInstellingen: {},
      aanleiding: 'nacalculatie',
      project: { nummer: 'P-2026-014', omschrijving: 'Beursstand Jaarbeurs 2026' },
    })
    rondgang(data)
  })

  it('keeps what differs: another conceptmethode or btw-plicht, each switch the other way', () => {
    const data = voorbeeld()
    const anders: Geopend = {
      ...data,
      conceptmethode: 'perVerkooprelatie',
      projectInstellingen: {
        ...projectInstellingen,
        facturerenOpBasisVanConcepten: false,
        striktMinimum: true,
        striktMaximum: true,
        doorgeschovenRegelsFactureerbaarStellen: true,
        projectenFacturerenAanAlleVerkooprelaties: true,
      },
      relatieInstellingen: { ...relatieInstellingen, btwPlicht: 'verlegd', hoofddeclarant: 'MW1' },
    }
    const stored = opgeslagen({ type: 'ConceptGeopend', data: anders }).data
    expect(stored.projectInstellingen).toEqual({
      facturerenOpBasisVanConcepten: false,
      striktMinimum: true,
      striktMaximum: true,
      conceptmethode: 'perProject',
      verdichting: 'perWerksoort',
      voorschot: projectInstellingen.voorschot,
      doorgeschovenRegelsFactureerbaarStellen: true,
      projectenFacturerenAanAlleVerkooprelaties: true,
      afronding: projectInstellingen.afronding,
    })
    expect(stored.relatieInstellingen).toEqual({ btwPlicht: 'verlegd', hoofddeclarant: 'MW1' })
    rondgang(anders)
    const { afronding: _a, ...zonderAfronding } = projectInstellingen
    rondgang({ ...data, projectInstellingen: { ...zonderAfronding, minimumFactuurbedrag: '100.00' } })
  })

  it('reads a version 1 event (stored in full) as it is', () => {
    const data = voorbeeld()
    expect(conceptRegistry.decodeOrThrow({ type: 'ConceptGeopend', schemaVersion: 1, data })).toStrictEqual({
      type: 'ConceptGeopend',
      data,
    })
  })

  it('names the path and value of bad stored data instead of throwing', () => {
    const goed = opgeslagen({ type: 'ConceptGeopend', data: voorbeeld() }).data
    const lees = (data: unknown) => {
      const gelezen = conceptRegistry.decode({ type: 'ConceptGeopend', schemaVersion: 2, data })
      return isLeft(gelezen) ? gelezen.left.problems.map((p) => `${p.path}=${JSON.stringify(p.value)}`) : []
    }
    expect(lees(goed)).toEqual([])
    // `null` stands for a setting absent although it has a standaard: validation names it.
    expect(lees({ ...goed, projectInstellingen: { ...goed.projectInstellingen, striktMinimum: null } })).toEqual([
      '0.projectInstellingen.0.striktMinimum=undefined',
    ])
    expect(lees({ ...goed, projectInstellingen: 'geen', relatieInstellingen: 3 })).toEqual([
      '0.projectInstellingen.0="geen"',
      '0.projectInstellingen.1="geen"',
      '0.relatieInstellingen.0=3',
      '0.relatieInstellingen.1=3',
    ])
    // Without the concept's own values the settings' copies cannot follow from them.
    const { conceptmethode: _c, btwPlicht: _b, ...zonder } = goed
    expect(lees(zonder)).toEqual([
      '0.btwPlicht=undefined',
      '0.conceptmethode=undefined',
      '0.projectInstellingen.0.conceptmethode=undefined',
      '0.relatieInstellingen.0.btwPlicht=undefined',
    ])
  })
})
