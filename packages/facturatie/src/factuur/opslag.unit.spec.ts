import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import { uitTabel } from '../gedeeld/tabel-opslag'
import { berekenBtw } from '../geld'
import { werkvoorbeeldOpdracht } from '../journalisering/werkvoorbeeld.fixture'
import type { Regelherkomst } from './commands'
import { factuurInDelen } from './delen'
import { type FactuurEventVan, factuurRegistry } from './events'
import { groteHerkomst, groteOpdracht } from './grote-factuur.fixture'

type Aangemaakt = FactuurEventVan<'FactuurAangemaakt'>['data']

const metadata = { commandId: 'c', occurredAt: '2026-04-01T09:00:00.000Z' }
const project = { nummer: 'P2026-017', omschrijving: 'Beursstand Jaarbeurs' }

const regel = (regelId: string, extra: Partial<Factuurregel> = {}): Factuurregel => ({
  regelId,
  omschrijving: 'Advies',
  soort: 'omzet',
  bedrag: '100.00',
  btwCode: 'HOOG',
  btwPercentage: '21',
  integratiegroep: 'UREN',
  ...extra,
})

/** An invoice of `opdracht` whose lines came from staged lines of `bron:bronId` (as the cockpit makes them). */
const aangemaakt = (
  opdracht: Factuuropdracht,
  herkomst: (regelId: string, i: number) => Regelherkomst = (regelId) => ({
    bron: opdracht.bron,
    bronId: opdracht.bronId,
    bronRegelId: regelId.slice(`${opdracht.bron}:${opdracht.bronId}:`.length),
    teFacturerenRegelId: regelId,
  }),
): Aangemaakt => {
  const btw = berekenBtw(
    opdracht.regels.map((r) => ({ bedrag: r.bedrag, btwCode: r.btwCode, percentage: r.btwPercentage })),
    'PER_TOTAAL',
  )
  return {
    administratie: opdracht.administratie,
    factuurId: 'F-1',
    bron: opdracht.bron,
    bronId: opdracht.bronId,
    integratiesoort: 'automatischeProjectfacturen',
    opdracht,
    regels: opdracht.regels.map((r, i) => ({
      regelId: r.regelId,
      status: 'Afgehandeld',
      herkomst: herkomst(r.regelId, i),
    })),
    btw: { ...btw, perCode: [...btw.perCode] },
    verstrekkingen: [{ rapport: 'factuur', wijze: 'print' }],
  }
}

const opgeslagen = (data: Aangemaakt) =>
  JSON.parse(JSON.stringify(factuurRegistry.toNewEvent({ type: 'FactuurAangemaakt', data }, metadata)))

/** The lines a stored table holds (the table form itself is specified in gedeeld/tabel-opslag.unit.spec.ts). */
const rijen = (tabel: unknown) => uitTabel(tabel, 'regels') as Record<string, unknown>[]

/** Stored (as JSON), read back: exactly the data it was made from. */
const rondgang = (data: Aangemaakt) => {
  const gelezen = factuurRegistry.decodeOrThrow(opgeslagen(data))
  expect(gelezen).toStrictEqual({ type: 'FactuurAangemaakt', data })
}

const concept = (regels: Factuurregel[], extra: Partial<Factuuropdracht> = {}) =>
  werkvoorbeeldOpdracht({ bronId: 'K1', project, regels, ...extra })

describe('FactuurAangemaakt as stored (schema version 3)', () => {
  it('leaves out what the event holds twice, and reads back exactly', () => {
    const opdracht = concept([
      regel('concept:K1:werksoort:ADV', { project }),
      regel('concept:K1:werksoort:ONT', { project }),
    ])
    const data = aangemaakt(opdracht)
    // The relatie invoiced is the verkooprelatie itself: the opdracht holds it once.
    const { administratie: _a, bron: _b, bronId: _c, regels: _r, factuurrelatie, ...kop } = opdracht
    expect(factuurrelatie).toEqual(opdracht.verkooprelatie)
    expect(opgeslagen(data)).toEqual({
      eventId: expect.any(String),
      type: 'FactuurAangemaakt',
      schemaVersion: 3,
      data: {
        ...data,
        opdracht: {
          ...kop,
          regels: {
            // Each line's id is `<bron>:<bronId>:` and its source line's id: only the latter is stored; the
            // columns alike on every line are stored once (ordered by name).
            kolommen: ['bedrag', 'btwCode', 'btwPercentage', 'integratiegroep', 'omschrijving', 'soort', 'bronRegelId'],
            vast: ['100.00', 'HOOG', '21', 'UREN', 'Advies', 'omzet'],
            rijen: [['werksoort:ADV'], ['werksoort:ONT']],
          },
        },
        regels: { kolommen: ['status'], vast: ['Afgehandeld'], rijen: [[], []] },
        // The VAT figures are what its lines give under its modus (R33): only the modus and rounding are stored.
        btw: { modus: 'PER_TOTAAL', afronding: 'HALF_UP_CENT', totaalBruto: '242.00' },
      },
      metadata,
    })
    rondgang(data)
  })

  it('keeps a line without a project on an invoice with one (null), and a line with another project', () => {
    const ander = {
      nummer: 'P2026-099',
      omschrijving: 'Stand Hannover Messe',
      fase: { code: 'F1', omschrijving: 'Bouw' },
    }
    const data = aangemaakt(
      concept([
        regel('concept:K1:a'),
        regel('concept:K1:b', { project: ander }),
        regel('concept:K1:c', { project: { ...project, fase: { code: 'F1', omschrijving: 'Bouw' } } }),
        regel('concept:K1:d', { project }),
      ]),
    )
    expect(rijen(opgeslagen(data).data.opdracht.regels).map((r) => r.project)).toEqual([
      null,
      ander,
      { ...project, fase: { code: 'F1', omschrijving: 'Bouw' } },
      undefined,
    ])
    rondgang(data)
  })

  it('keeps a line id of another form, and a line’s own bronRegelId beside its id', () => {
    const eigen = { ...regel('concept:K1:b'), bronRegelId: 'eigen' } as Factuurregel
    const data = aangemaakt(concept([regel('concept:K1:a'), regel('concept:K2:a'), regel('K1:a'), eigen]), () => ({
      bron: 'concept',
      bronId: 'K1',
    }))
    expect(rijen(opgeslagen(data).data.opdracht.regels).map((r) => [r.regelId, r.bronRegelId])).toEqual([
      [undefined, 'a'],
      ['concept:K2:a', undefined],
      ['K1:a', undefined],
      ['concept:K1:b', 'eigen'],
    ])
    rondgang(data)
  })

  it('keeps the lines’ projects of an invoice without one', () => {
    const { project: _, ...zonder } = concept([regel('concept:K1:a', { project }), regel('concept:K1:b')])
    rondgang(aangemaakt(zonder))
  })

  it('keeps a herkomst that differs from what follows from the event and the line', () => {
    const opdracht = concept([
      regel('concept:K1:a'),
      regel('concept:K1:b'),
      regel('concept:K1:c'),
      regel('concept:K1:d'),
      regel('concept:K1:e'),
      regel('los'),
    ])
    const herkomsten: Regelherkomst[] = [
      // Another source: the line's id does not start with it, so its bronRegelId does not follow from the id.
      { bron: 'abonnement', bronId: 'K1', bronRegelId: 'a', teFacturerenRegelId: 'concept:K1:a' },
      // No staged line and no source line: absent although a default exists.
      { bron: 'concept', bronId: 'K1' },
      { bron: 'concept', bronId: 'K2', bronRegelId: 'c', teFacturerenRegelId: 'concept:K1:c' },
      { bron: 'concept', bronId: 'K1', bronRegelId: 'anders', teFacturerenRegelId: 'elders' },
      { bron: 'handmatig', bronId: 'F-1', bronRegelId: 'concept:K1:e' },
      // A line id without the `<bron>:<bronId>:` prefix: no bronRegelId follows from it.
      { bron: 'concept', bronId: 'K1', bronRegelId: 'los', teFacturerenRegelId: 'los' },
    ]
    const data = aangemaakt(opdracht, (_, i) => herkomsten[i] as Regelherkomst)
    expect(rijen(opgeslagen(data).data.regels)).toEqual([
      { status: 'Afgehandeld', herkomst: { bron: 'abonnement', bronRegelId: 'a' } },
      { status: 'Afgehandeld', herkomst: { bronRegelId: null, teFacturerenRegelId: null } },
      { status: 'Afgehandeld', herkomst: { bronId: 'K2', bronRegelId: 'c' } },
      { status: 'Afgehandeld', herkomst: { bronRegelId: 'anders', teFacturerenRegelId: 'elders' } },
      {
        status: 'Afgehandeld',
        herkomst: { bron: 'handmatig', bronId: 'F-1', bronRegelId: 'concept:K1:e', teFacturerenRegelId: null },
      },
      { status: 'Afgehandeld', herkomst: { bronRegelId: 'los' } },
    ])
    rondgang(data)
  })

  it('keeps a line info whose id is not its opdracht line’s, and infos beyond the opdracht’s lines', () => {
    const data = aangemaakt(concept([regel('concept:K1:a')]))
    const anders = { ...data, regels: [{ ...(data.regels[0] as Aangemaakt['regels'][0]), regelId: 'concept:K1:x' }] }
    expect(opgeslagen(anders).data.regels).toEqual([
      {
        regelId: 'concept:K1:x',
        status: 'Afgehandeld',
        herkomst: { teFacturerenRegelId: 'concept:K1:a', bronRegelId: 'a' },
      },
    ])
    rondgang(anders)
    rondgang({
      ...data,
      regels: [
        ...data.regels,
        { regelId: 'concept:K1:z', status: 'Actief', herkomst: { bron: 'concept', bronId: 'K1' } },
      ],
    })
  })

  it('keeps an opdracht whose administratie, bron, bronId or factuurrelatie differ from the event’s', () => {
    const data = aangemaakt(concept([regel('concept:K1:a')]))
    const factuurrelatie = { nummer: '10001', naam: 'Hoofdkantoor B.V.' }
    const anders = { ...data, opdracht: { ...data.opdracht, administratie: 'A2', bronId: 'K9', factuurrelatie } }
    expect(opgeslagen(anders).data.opdracht).toMatchObject({ administratie: 'A2', bronId: 'K9', factuurrelatie })
    expect(opgeslagen(anders).data.opdracht.bron).toBeUndefined()
    rondgang(anders)
  })

  it('keeps the VAT figures whole when its lines do not give its gross total, and reads them back', () => {
    const data = aangemaakt(
      concept([regel('concept:K1:a'), regel('concept:K1:b', { btwCode: 'LAAG', btwPercentage: '9' })]),
    )
    const anders = { ...data, btw: { ...data.btw, totaalBtw: '31.00', totaalBruto: '231.00' } }
    expect(opgeslagen(anders).data.btw).toEqual(anders.btw)
    rondgang(anders)
  })

  it('refuses to read figures left out when the lines no longer give the recorded gross total, naming both', () => {
    const data = aangemaakt(
      concept([regel('concept:K1:a'), regel('concept:K1:b', { btwCode: 'LAAG', btwPercentage: '9' })]),
    )
    const stored = opgeslagen(data).data
    const gelezen = factuurRegistry.decode({
      type: 'FactuurAangemaakt',
      schemaVersion: 3,
      data: { ...stored, btw: { ...stored.btw, totaalBruto: '999.00' } },
    })
    expect(isLeft(gelezen) && gelezen.left.message).toContain(
      'VAT figures no longer follow from the lines: recorded totaalBruto "999.00", computed "230.00"',
    )
  })

  it('reads an invoice without lines, a credit note and a run id as they were', () => {
    rondgang({
      ...aangemaakt(concept([])),
      runId: 'R-1',
      creditnota: { origineelFactuurId: 'F-0', origineelFactuurnummer: '26000001' },
    })
  })

  it('reads each part of a big verzamelfactuur as it was made', () => {
    const opdracht = groteOpdracht()
    const [kop] = factuurInDelen(aangemaakt(opdracht, (_, i) => groteHerkomst(i)))
    expect(kop?.type).toBe('FactuurAangemaakt')
    rondgang(kop?.data as Aangemaakt)
  })

  it('reads a version 2 event (stored in full) as it is', () => {
    const data = aangemaakt(concept([regel('concept:K1:a'), regel('concept:K1:b', { project })]))
    expect(factuurRegistry.decodeOrThrow({ type: 'FactuurAangemaakt', schemaVersion: 2, data })).toStrictEqual({
      type: 'FactuurAangemaakt',
      data,
    })
  })

  it('names the path and value of bad stored data instead of throwing', () => {
    const lees = (data: unknown) => {
      const gelezen = factuurRegistry.decode({ type: 'FactuurAangemaakt', schemaVersion: 3, data })
      return isLeft(gelezen) ? gelezen.left.problems.map((p) => `${p.path}=${JSON.stringify(p.value)}`) : []
    }
    const goed = opgeslagen(aangemaakt(concept([regel('concept:K1:a')]))).data
    expect(lees(null)).toEqual(['0=null', '1=null'])
    expect(lees({ ...goed, regels: [{ status: 'Afgehandeld', herkomst: 5 }] })).toEqual([
      '0.regels.0.herkomst.0=5',
      '0.regels.0.herkomst.1=5',
    ])
    expect(lees({ ...goed, regels: [7] })).toEqual(['0.regels.0=7'])
    expect(lees({ ...goed, opdracht: { ...goed.opdracht, regels: 'geen' } })).toEqual([
      '0.opdracht.0.regels="geen"',
      // Without the opdracht's lines, the line's id cannot follow from them, nor the VAT figures left out.
      '0.regels.0.regelId=undefined',
      '0.btw.perCode=undefined',
      '0.btw.totaalNetto=undefined',
      '0.btw.totaalBtw=undefined',
    ])
    expect(
      lees({ ...goed, opdracht: { ...goed.opdracht, regels: [{ ...goed.opdracht.regels[0], project: 3 }] } }),
    ).toEqual(['0.opdracht.0.regels.0.1.project.0=3', '0.opdracht.0.regels.0.1.project.1=3'])
  })

  it('names the row and column of a bad table in its stored data', () => {
    const regels = [regel('concept:K1:a'), regel('concept:K1:b', { bedrag: '200.00' })]
    const goed = opgeslagen(aangemaakt(concept(regels))).data
    const rij = [...goed.opdracht.regels.rijen[1]]
    rij[1] = ['1.00', '2.00']
    const fout = factuurRegistry.decode({
      type: 'FactuurAangemaakt',
      schemaVersion: 3,
      data: { ...goed, opdracht: { ...goed.opdracht, regels: { ...goed.opdracht.regels, rijen: [rij, rij] } } },
    })
    expect(isLeft(fout) && fout.left.message).toBe(
      `Invalid FactuurAangemaakt: opdracht.regels.rijen.0.1: row 0, column 'bedrag': a list cell is [] (absent) ` +
        'or [value] (got ["1.00","2.00"])',
    )
    const zonderRijen = { ...goed, regels: { kolommen: ['status'] } }
    const gelezen = factuurRegistry.decode({ type: 'FactuurAangemaakt', schemaVersion: 3, data: zonderRijen })
    expect(isLeft(gelezen) && gelezen.left.problems).toEqual([
      { path: 'regels.rijen', value: undefined, message: 'the rows of a table are a list' },
    ])
  })
})
