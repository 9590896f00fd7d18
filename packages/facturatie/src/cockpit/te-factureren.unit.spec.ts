import { decisionEvents } from '@factuurstroom/eventsourcing'
import { deciderSpec } from '@factuurstroom/eventsourcing/testing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { TeFacturerenRegel } from '../bronnen'
import { profiel } from './cockpit.fixture'
import { geldendeVerzameling, periode, type Verzameling } from './profiel'
import type { TeFacturerenCommand, TeFacturerenEvent, ZetRegelsKlaar } from './te-factureren'
import { teFacturerenDecider } from './te-factureren'

const spec = deciderSpec(teFacturerenDecider)

const regel = (bronId: string, regelId: string, overrides: Partial<TeFacturerenRegel> = {}): TeFacturerenRegel => {
  const id = `abonnement:${bronId}:${regelId}`
  return {
    id,
    bron: 'abonnement',
    integratiesoort: 'abonnementen',
    bronId,
    bronRegelId: regelId,
    verkooprelatie: { nummer: '10032', naam: 'Koninklijke Exhibitions Benelux B.V.' },
    factuurrelatie: { nummer: '10032', naam: 'Koninklijke Exhibitions Benelux B.V.' },
    valuta: 'EUR',
    btwPlicht: 'binnenland',
    datum: '2026-04-01',
    regel: {
      regelId: id,
      omschrijving: 'Abonnement',
      soort: 'omzet',
      bedrag: '10.00',
      btwCode: 'HOOG',
      btwPercentage: '21',
      integratiegroep: 'UREN',
    },
    ...overrides,
  }
}

const apart: Verzameling = { methode: 'apart', periode: 'niet', vastgezetDoorConcepten: false }
const perRelatie: Verzameling = { methode: 'perVerkooprelatie', periode: 'niet', vastgezetDoorConcepten: false }

const zet = (regels: TeFacturerenRegel[], verzameling: Verzameling, runId = 'R1'): ZetRegelsKlaar => ({
  type: 'ZetRegelsKlaar',
  administratie: 'A1',
  runId,
  actie: 'abonnementen',
  factuurdatum: '2026-04-30',
  regels,
  verzamelingen: { '10032': verzameling },
})

/** A line's source-document fields, as a staging part records them once for all its lines. */
const kopVan = ({ id: _i, bronRegelId: _b, regel: _r, ...kop }: TeFacturerenRegel, verzameling: Verzameling) => ({
  ...kop,
  verzameling,
})

const verwijzing = (r: TeFacturerenRegel, bestemming: 'apart' | 'verzamelen', kopNr: number) => ({
  id: r.id,
  bronRegelId: r.bronRegelId,
  regel: r.regel,
  bestemming,
  kopNr,
})

const groep = (factuurId: string, bronId: string, regelIds: string[], runId = 'R1') => ({
  factuurId,
  runId,
  integratiesoort: 'abonnementen' as const,
  bron: 'abonnement' as const,
  bronId,
  factuurdatum: '2026-04-30',
  regelIds,
})

describe('te factureren regels', () => {
  const a1 = regel('AB-1', 'L1')
  const a2 = regel('AB-1', 'L2')
  const b1 = regel('AB-2', 'L1')

  it('R19: lines to invoice apart become one invoice per source document at once, ids fixed at staging', () => {
    spec
      .given([])
      .when(zet([a1, a2, b1], apart))
      .then([
        {
          type: 'TeFacturerenRegelsKlaargezet',
          data: {
            administratie: 'A1',
            runId: 'R1',
            actie: 'abonnementen',
            factuurdatum: '2026-04-30',
            deel: 1,
            laatste: true,
            koppen: [kopVan(a1, apart), kopVan(b1, apart)],
            regels: [verwijzing(a1, 'apart', 0), verwijzing(a2, 'apart', 0), verwijzing(b1, 'apart', 1)],
            facturen: [groep('R1-1', 'AB-1', [a1.id, a2.id]), groep('R1-2', 'AB-2', [b1.id])],
            alKlaargezet: [],
          },
        },
      ])
  })

  it('R19: per regel makes every line its own invoice; collecting lines wait without an invoice', () => {
    const perRegel: Verzameling = { ...apart, methode: 'perRegel' }
    const [event] = decide([], zet([a1, a2], perRegel))
    expect(event?.type === 'TeFacturerenRegelsKlaargezet' && event.data.facturen.map((f) => f.regelIds)).toEqual([
      [a1.id],
      [a2.id],
    ])
    const [wacht] = decide([], zet([a1, a2], perRelatie))
    expect(wacht?.type === 'TeFacturerenRegelsKlaargezet' && wacht.data.facturen).toEqual([])
  })

  it('R16: a subscription that says otherwise is invoiced apart although its relatie collects', () => {
    const eigen = regel('AB-3', 'L1', { verzamelen: false })
    const [event] = decide([], zet([a1, eigen], perRelatie))
    // A part records the invoices to make first, then the waiting lines.
    expect(
      event?.type === 'TeFacturerenRegelsKlaargezet' && event.data.regels.map((r) => [r.id, r.bestemming]),
    ).toEqual([
      [eigen.id, 'apart'],
      [a1.id, 'verzamelen'],
    ])
  })

  it('R21: a line staged before is never staged again; the same run again stages nothing', () => {
    const eerste = decide([], zet([a1], apart))
    const [tweede] = decide(eerste, zet([a1, b1], apart, 'R2'))
    expect(
      tweede?.type === 'TeFacturerenRegelsKlaargezet' && [tweede.data.alKlaargezet, tweede.data.regels.length],
    ).toEqual([[a1.id], 1])
    spec
      .given(eerste)
      .when(zet([a1, b1], apart))
      .then([])
  })

  it('R21: a large run is recorded in parts under 64 KB, at most 16 per decision, each invoice whole in one part; the next decision continues, a third records nothing', () => {
    const lang = 'x'.repeat(200)
    const regels = Array.from({ length: 2_000 }, (_, i) =>
      regel(`AB-${i}`, 'L1', { bronOmschrijving: lang, regel: { ...a1.regel, omschrijving: lang } }),
    )
    const besluiten: TeFacturerenEvent[][] = []
    for (let gegeven: TeFacturerenEvent[] = []; ; ) {
      const besluit = decide(gegeven, zet(regels, apart))
      if (besluit.length === 0) break
      besluiten.push(besluit)
      gegeven = [...gegeven, ...besluit]
    }
    expect(besluiten.length).toBeGreaterThan(1)
    expect(besluiten.slice(0, -1).every((b) => b.length === 16) && (besluiten.at(-1)?.length ?? 0) <= 16).toBe(true)
    const delen = besluiten.flat().flatMap((e) => (e.type === 'TeFacturerenRegelsKlaargezet' ? [e.data] : []))
    expect(delen.map((d) => [d.deel, d.laatste])).toEqual(delen.map((_, i) => [i + 1, i === delen.length - 1]))
    for (const deel of delen) {
      expect(new TextEncoder().encode(JSON.stringify(deel)).length).toBeLessThanOrEqual(64 * 1024)
      const hier = new Set(deel.regels.map((r) => r.id))
      for (const f of deel.facturen) for (const id of f.regelIds) expect(hier.has(id)).toBe(true)
    }
    // Every line once, in order, and the invoice ids an uninterrupted run gives.
    expect(delen.flatMap((d) => d.regels.map((r) => r.id))).toEqual(regels.map((r) => r.id))
    expect(delen.flatMap((d) => d.facturen.map((f) => f.factuurId))).toEqual(regels.map((_, i) => `R1-${i + 1}`))
  })

  it('R19: a large Verzamelfactuur run is recorded in parts under 64 KB, at most 16 per decision, until the part marked laatste', () => {
    const relaties = Array.from({ length: 6_000 }, (_, i) => String(20_000 + i))
    const regels = relaties.map((nummer) =>
      regel(`AB-${nummer}`, 'L1', {
        verkooprelatie: { nummer, naam: 'Relatie' },
        factuurrelatie: { nummer, naam: 'Relatie' },
      }),
    )
    const staging = {
      ...zet(regels, perRelatie),
      verzamelingen: Object.fromEntries(relaties.map((r) => [r, perRelatie])),
    }
    let gegeven: TeFacturerenEvent[] = []
    for (let besluit = decide([], staging); besluit.length > 0; besluit = decide(gegeven, staging))
      gegeven = [...gegeven, ...besluit]
    const verzamel: TeFacturerenCommand = {
      type: 'StelVerzamelfacturenSamen',
      administratie: 'A1',
      runId: 'V1',
      totEnMet: '2026-04-30',
      factuurdatum: '2026-04-30',
    }
    const besluiten: TeFacturerenEvent[][] = []
    for (let besluit = decide(gegeven, verzamel); besluit.length > 0; besluit = decide(gegeven, verzamel)) {
      besluiten.push(besluit)
      gegeven = [...gegeven, ...besluit]
    }
    expect(besluiten.map((b) => b.length > 0 && b.length <= 16)).toEqual(besluiten.map(() => true))
    expect(besluiten.length).toBe(2)
    const delen = besluiten.flat().flatMap((e) => (e.type === 'VerzamelfacturenSamengesteld' ? [e.data] : []))
    expect(delen.map((d) => [d.deel, d.laatste])).toEqual(delen.map((_, i) => [i + 1, i === delen.length - 1]))
    for (const deel of delen)
      expect(new TextEncoder().encode(JSON.stringify(deel)).length).toBeLessThanOrEqual(64 * 1024)
    const facturen = delen.flatMap((d) => d.facturen)
    expect(facturen.map((f) => f.factuurId)).toEqual(relaties.map((_, i) => `V1-${i + 1}`))
    expect(facturen.flatMap((f) => f.regelIds)).toEqual(regels.map((r) => r.id))
  })

  it('R21: marking invoices invoiced releases their lines, several in one decision; again is a no-op; an unknown invoice is refused', () => {
    const eerste = decide([], zet([a1, b1], apart))
    const markeer = {
      type: 'MarkeerGefactureerd' as const,
      administratie: 'A1',
      facturen: [
        { factuurId: 'R1-1', factuurnummer: '26000001' },
        { factuurId: 'R1-2', factuurnummer: '26000002' },
      ],
    }
    const gemarkeerd = (factuurId: string, factuurnummer: string): TeFacturerenEvent => ({
      type: 'TeFacturerenRegelsGefactureerd',
      data: { administratie: 'A1', factuurId, factuurnummer },
    })
    spec
      .given(eerste)
      .when(markeer)
      .then([gemarkeerd('R1-1', '26000001'), gemarkeerd('R1-2', '26000002')])
    spec
      .given([...eerste, gemarkeerd('R1-1', '26000001')])
      .when(markeer)
      .then([gemarkeerd('R1-2', '26000002')])
    spec
      .given([...eerste, gemarkeerd('R1-1', '26000001'), gemarkeerd('R1-2', '26000002')])
      .when(markeer)
      .then([])
    spec
      .given(eerste)
      .when({ ...markeer, facturen: [{ factuurId: 'X', factuurnummer: '26000003' }] })
      .thenFails('FACTUURGROEP_ONBEKEND')
  })

  it('R19: without a verkooprelatieprofiel the line cannot be placed', () => {
    spec
      .given([])
      .when({ ...zet([a1], apart), verzamelingen: {} })
      .thenFails('VERZAMELING_ONBEKEND')
  })

  it('R16: per verkooprelatie with a project on "apart factureren" gives that project its own verzamelfactuur; per conceptdebiteur does not', () => {
    const project = { nummer: 'P1', omschrijving: 'Beurs' }
    const p = regel('AB-4', 'L1', { project, apartFactureren: true })
    const verzamel = (verzameling: Verzameling) => {
      const gegeven = decide([], zet([a1, b1, p], verzameling))
      const [event] = decide(gegeven, {
        type: 'StelVerzamelfacturenSamen',
        administratie: 'A1',
        runId: 'V1',
        totEnMet: '2026-04-30',
        factuurdatum: '2026-04-30',
      })
      return event?.type === 'VerzamelfacturenSamengesteld' ? event.data.facturen.map((f) => f.regelIds) : []
    }
    expect(verzamel(perRelatie)).toEqual([[a1.id, b1.id], [p.id]])
    expect(verzamel({ ...perRelatie, methode: 'perConceptdebiteur' })).toEqual([[a1.id, b1.id, p.id]])
  })

  it('R19: a weekly period collects only weeks that have ended', () => {
    const week: Verzameling = { ...perRelatie, periode: 'week' }
    const ma = regel('AB-1', 'L1', { datum: '2026-04-06' })
    const volgende = regel('AB-1', 'L2', { datum: '2026-04-13' })
    const gegeven = decide([], zet([ma, volgende], week))
    const [event] = decide(gegeven, {
      type: 'StelVerzamelfacturenSamen',
      administratie: 'A1',
      runId: 'V1',
      totEnMet: '2026-04-12',
      factuurdatum: '2026-04-12',
    })
    expect(event?.type === 'VerzamelfacturenSamengesteld' && event.data.facturen).toEqual([
      {
        ...groep('V1-1', 'V1-1', [ma.id], 'V1'),
        integratiesoort: 'verzamelfactuur',
        bron: 'verzamelfactuur',
        factuurdatum: '2026-04-12',
      },
    ])
  })

  it('R16: with concepts on, method and period are fixed; per conceptdebiteur and apart stay', () => {
    expect(
      geldendeVerzameling(profiel('1', { verzamelmethode: 'perProject', verzamelperiode: 'maand' }), true),
    ).toEqual({
      methode: 'perVerkooprelatie',
      periode: 'niet',
      vastgezetDoorConcepten: true,
    })
    expect(
      geldendeVerzameling(profiel('1', { verzamelmethode: 'perConceptdebiteur', verzamelperiode: 'week' }), true)
        .methode,
    ).toBe('perConceptdebiteur')
    expect(
      geldendeVerzameling(profiel('1', { verzamelmethode: 'perProject', verzamelperiode: 'maand' }), false),
    ).toEqual({
      methode: 'perProject',
      periode: 'maand',
      vastgezetDoorConcepten: false,
    })
  })

  it('R19: collecting periods: Monday–Sunday weeks, calendar months, four-week blocks', () => {
    expect(periode('2026-04-08', 'week')).toEqual({ van: '2026-04-06', tot: '2026-04-12' })
    expect(periode('2026-02-14', 'maand')).toEqual({ van: '2026-02-01', tot: '2026-02-28' })
    const blok = periode('2026-04-08', 'vierWeken')
    expect(blok && (Date.parse(blok.tot) - Date.parse(blok.van)) / 86_400_000).toBe(27)
    expect(periode('2026-04-08', 'niet')).toBeUndefined()
  })
})

/** The events a command decides on a history. */
function decide(history: TeFacturerenEvent[], command: TeFacturerenCommand): TeFacturerenEvent[] {
  const besluit = teFacturerenDecider.decide(
    command,
    history.reduce(teFacturerenDecider.evolve, teFacturerenDecider.initialState()),
  )
  if (isLeft(besluit)) throw new Error(besluit.left.message)
  return [...decisionEvents(besluit.right)]
}
