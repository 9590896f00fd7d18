import { DecodeError } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Journaliseringsinvoer } from '../journalisering/invoer'
import { maakJournaalpost } from '../journalisering/maak-journaalpost'
import {
  creditVanWerkvoorbeeld,
  invoerVoor,
  werkvoorbeeldInrichting,
  werkvoorbeeldOpdracht,
} from '../journalisering/werkvoorbeeld.fixture'
import { dagboekRegistry, type GejournaliseerdData } from './events'

const metadata = { occurredAt: '2026-04-02T09:00:00.000Z' }

/** The settings and ids a booking of invoice F-1 in dagboek 70 records, stored as they are. */
const kop = {
  administratie: 'A1',
  dagboek: '70',
  factuurId: 'F-1',
  integratiesoort: 'automatischeProjectfacturen',
  omschrijvingFinancieel: 'bronNummerNaamFactuurrelatie',
  btwAfrondingsmodus: 'PER_TOTAAL',
} as const

const gejournaliseerd = (
  invoer: Journaliseringsinvoer = invoerVoor(werkvoorbeeldOpdracht()),
  inrichting = werkvoorbeeldInrichting(),
): GejournaliseerdData => {
  const gemaakt = maakJournaalpost(invoer, inrichting)
  if (isLeft(gemaakt)) throw new Error(gemaakt.left.code)
  return {
    ...kop,
    factuurnummer: invoer.factuurnummer,
    storneren: inrichting.storneren,
    ...gemaakt.right,
    ...(invoer.creditnota ? { creditnota: invoer.creditnota } : {}),
  }
}

const opgeslagen = (data: GejournaliseerdData) =>
  dagboekRegistry.toNewEvent({ type: 'Gejournaliseerd', data }, metadata).data as Record<string, unknown>

/** Stored, read back and stored again: the domain data comes back equal, the stored form byte for byte. */
const rondgang = (data: GejournaliseerdData) => {
  const stored = opgeslagen(data)
  const terug = dagboekRegistry.decodeOrThrow({ type: 'Gejournaliseerd', schemaVersion: 3, data: stored })
  expect(terug).toEqual({ type: 'Gejournaliseerd', data })
  expect(JSON.stringify(opgeslagen(terug.data as GejournaliseerdData))).toBe(JSON.stringify(stored))
  return stored
}

const betalingskorting = {
  percentage: '2',
  bedrag: '16.14',
  vervaldatum: '2026-04-08',
  afronding: 'HALF_UP_CENT' as const,
}

describe('Gejournaliseerd as stored (version 3): each fact once', () => {
  it('the worked example: the journaalpost without its dagboek, periods and Σ credit, its lines a table; the open item only its due date', () => {
    expect(rondgang(gejournaliseerd())).toEqual({
      ...kop,
      factuurnummer: '26000001',
      storneren: false,
      journaalpost: {
        omschrijving: '[pro] 10032-Koninklijke Exhibitions Benelux B.V.',
        boekdatum: '2026-04-02',
        boekstukdatum: '2026-03-31',
        valuta: 'EUR',
        regels: {
          kolommen: [
            'soort',
            'rekening',
            'zijde',
            'bedrag',
            'integratiegroepen',
            'debiteur',
            'betalingskorting.percentage',
            'betalingskorting.bedrag',
            'betalingskorting.vervaldatum',
            'betalingskorting.afronding',
            'btwCode',
            'btwPercentage',
            'grondslag',
          ],
          rijen: [
            ['debiteur', '1300', 'debet', '807.07', [], '10032', '2', '16.14', '2026-04-08', 'HALF_UP_CENT'],
            ['grootboek', '1450', 'debet', '1000.00', [['VOORSCHOT']]],
            ['grootboek', '8000', 'credit', '1516.00', [['UREN']]],
            ['grootboek', '8050', 'credit', '151.00', [['KOSTEN']]],
            ['btw', '1510', 'credit', '140.07', [], [], [], [], [], [], 'HOOG', '21', '667.00'],
          ],
        },
        totaalDebet: '1807.07',
      },
      openstaandePost: { vervaldatum: '2026-04-30' },
    })
  })

  it('a credit note: the debiteur line is on the credit side, so the open item is its amount negated', () => {
    const data = gejournaliseerd(creditVanWerkvoorbeeld())
    expect(data.openstaandePost.bedrag).toBe('-807.07')
    expect(data.journaalpost.regels.find((r) => r.soort === 'debiteur')).toMatchObject({
      zijde: 'credit',
      bedrag: '807.07',
    })
    const stored = rondgang(data)
    expect(stored.openstaandePost).toEqual({ vervaldatum: '2026-05-15' })
    expect(stored.creditnota).toEqual({ origineelFactuurId: 'F-1', origineelFactuurnummer: '26000001' })
  })

  it('a credit note with storneren: the debiteur line keeps the debet side with a negative amount, the open item’s', () => {
    const data = gejournaliseerd(creditVanWerkvoorbeeld(), werkvoorbeeldInrichting({ storneren: true }))
    expect(data.journaalpost.regels.find((r) => r.soort === 'debiteur')).toMatchObject({
      zijde: 'debet',
      bedrag: '-807.07',
    })
    expect(rondgang(data).openstaandePost).toEqual({ vervaldatum: '2026-05-15' })
  })

  it('several btw lines and a foreign currency', () => {
    const opdracht = werkvoorbeeldOpdracht({
      valuta: 'USD',
      regels: [
        ...werkvoorbeeldOpdracht().regels,
        {
          regelId: 'BOEK',
          omschrijving: 'Boeken',
          soort: 'omzet',
          bedrag: '100.00',
          btwCode: 'LAAG',
          btwPercentage: '9',
          integratiegroep: 'KOSTEN',
        },
      ],
    })
    const inrichting = werkvoorbeeldInrichting({
      btwCodes: { HOOG: { percentage: '21', rekening: '1510' }, LAAG: { percentage: '9', rekening: '1511' } },
    })
    const data = gejournaliseerd(invoerVoor(opdracht), inrichting)
    expect(data.journaalpost.regels.filter((r) => r.soort === 'btw').map((r) => r.rekening)).toEqual(['1510', '1511'])
    const stored = rondgang(data)
    expect((stored.journaalpost as { valuta: string }).valuta).toBe('USD')
    expect(stored.openstaandePost).toEqual({ vervaldatum: '2026-04-30' })
  })

  it('whatever differs from what it repeats is kept, and an absent copy of a present value is null', () => {
    const data = gejournaliseerd()
    const { betalingskorting: _, ...zonderKorting } = data.openstaandePost
    const anders: GejournaliseerdData = {
      ...data,
      journaalpost: { ...data.journaalpost, dagboek: '71', periode: '2026-05', btwPeriode: '2026-02' },
      openstaandePost: {
        ...zonderKorting,
        debiteur: '10033',
        factuurnummer: '26000009',
        factuurdatum: '2026-03-30',
        bedrag: '807.08',
        valuta: 'USD',
      },
    }
    const stored = rondgang(anders)
    expect(stored.journaalpost).toMatchObject({ dagboek: '71', periode: '2026-05', btwPeriode: '2026-02' })
    expect(stored.openstaandePost).toEqual({
      vervaldatum: '2026-04-30',
      factuurnummer: '26000009',
      valuta: 'USD',
      factuurdatum: '2026-03-30',
      debiteur: '10033',
      bedrag: '807.08',
      betalingskorting: null,
    })
  })

  it('a journaalpost without a debiteur line, of one line each side, keeps its open item whole', () => {
    const data = gejournaliseerd()
    const regels = [
      { soort: 'grootboek' as const, rekening: '8000', zijde: 'debet' as const, bedrag: '10.00' },
      { soort: 'grootboek' as const, rekening: '8050', zijde: 'credit' as const, bedrag: '10.00' },
    ]
    const open = { ...data.openstaandePost, betalingskorting }
    const stored = rondgang({
      ...data,
      journaalpost: { ...data.journaalpost, regels, totaalDebet: '10.00', totaalCredit: '10.00' },
      openstaandePost: open,
    })
    expect(stored.openstaandePost).toEqual({
      vervaldatum: '2026-04-30',
      debiteur: '10032',
      bedrag: '807.07',
      betalingskorting,
    })
    expect((stored.journaalpost as { regels: unknown }).regels).toEqual({
      // Columns alike on every line are stored once (`vast`, ordered by name), before the others.
      kolommen: ['bedrag', 'soort', 'rekening', 'zijde'],
      rijen: [
        ['8000', 'debet'],
        ['8050', 'credit'],
      ],
      vast: ['10.00', 'grootboek'],
    })
  })

  it('a version 2 event (stored whole) reads as it was; a bad stored table is a DecodeError naming its path', () => {
    const data = gejournaliseerd()
    expect(dagboekRegistry.decodeOrThrow({ type: 'Gejournaliseerd', schemaVersion: 2, data })).toEqual({
      type: 'Gejournaliseerd',
      data,
    })
    const stored = opgeslagen(data)
    const journaalpost = stored.journaalpost as { regels: { kolommen: string[]; rijen: unknown[][] } }
    const kapot = {
      ...journaalpost,
      regels: { ...journaalpost.regels, rijen: [['debiteur', '1300', 'debet', [1, 2]]] },
    }
    const gelezen = dagboekRegistry.decode({
      type: 'Gejournaliseerd',
      schemaVersion: 3,
      data: { ...stored, journaalpost: kapot },
    })
    expect(isLeft(gelezen) && gelezen.left).toBeInstanceOf(DecodeError)
    expect(isLeft(gelezen) && gelezen.left.problems.map((p) => p.path)).toEqual(['journaalpost.regels.rijen.0.3'])
  })
})
