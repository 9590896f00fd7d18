import { describe, expect, it } from 'vitest'
import { controleerAansluiting } from './aansluiting'
import { type Autorisatie, alleRelaties, GeenAutorisatieError } from './autorisatie'
import { conceptenOverzicht } from './concepten'
import { alleFacturen, alleFactuurregels, nietVerwerkteFacturen } from './facturen'
import { journaalPerDagboekEnPeriode, journaalposten, saldiPerRekening } from './journaal'
import { type Bevrager, bouwLekMaand, controleerGeenLek, toewijzingenVolgensLog, WISSELDAG } from './lek.fixture'
import { openstaandePosten, openstaandPerDebiteur, openstaandTotaalPerDebiteur } from './openstaande-posten'
import { herbouwWeergaven, totEnMet } from './replay'
import { DAGEN } from './scenario.fixture'
import type { Weergaven } from './weergaven'

const OOIT = '9999-12-31'

const inGeheugen = (v: Weergaven): Bevrager => ({
  alleFacturen: async (a, vraag) => alleFacturen(v.facturen, a, vraag),
  nietVerwerkteFacturen: async (a, vraag) => nietVerwerkteFacturen(v.facturen, a, vraag),
  alleFactuurregels: async (a, vraag) => alleFactuurregels(v.facturen, a, vraag),
  conceptenOverzicht: async (a, vraag) => conceptenOverzicht(v.concepten, a, vraag),
  journaalposten: async (a, vraag) => journaalposten(v.journaal, a, vraag),
  journaalPerDagboekEnPeriode: async (a) => journaalPerDagboekEnPeriode(v.journaal, a),
  openstaandePosten: async (a) =>
    openstaandePosten(v.openstaandePosten, a, { peildatum: OOIT, sorteer: { kolom: 'factuurnummer' } }).rijen,
  openstaandPerDebiteur: async (a) =>
    openstaandPerDebiteur(v.openstaandePosten, a, { peildatum: OOIT }).map(({ debiteur, aantal, totaal }) => ({
      debiteur,
      aantal,
      totaal,
    })),
})

describe('R12 leak suite in memory: every view, every query option, every moment of a month with several declarants', async () => {
  const { store } = await bouwLekMaand()
  const opMoment = async (moment: string) => {
    const limit = { toRecordedAt: totEnMet(moment) }
    return { v: (await herbouwWeergaven(store, limit)).view, mag: await toewijzingenVolgensLog(store, limit) }
  }

  it('a restricted caller sees exactly the rows of their relaties, counted, paged and totalled over those rows only', async () => {
    let verborgen = 0
    let getoond = 0
    for (const moment of [...DAGEN, WISSELDAG]) {
      const { v, mag } = await opMoment(moment)
      const uitkomst = await controleerGeenLek(inGeheugen(v), mag)
      verborgen += uitkomst.verborgen
      getoond += uitkomst.getoond
    }
    // Not vacuous: restricted callers were both shown and refused rows.
    expect(verborgen).toBeGreaterThan(100)
    expect(getoond).toBeGreaterThan(100)
  })

  it('a change of declarant takes effect from its moment, also as of an earlier date', async () => {
    const facturen = (v: Weergaven, medewerker: string) =>
      alleFacturen(v.facturen, { medewerker }).rijen.map((r) => r.factuurId)
    const debiteuren = (v: Weergaven, medewerker: string) =>
      openstaandePosten(v.openstaandePosten, { medewerker }, { peildatum: OOIT }).rijen.map((r) => r.debiteur)
    const concepten = (v: Weergaven, medewerker: string) =>
      conceptenOverzicht(v.concepten, { medewerker }, { sorteer: { kolom: 'conceptId' } }).rijen.map((r) => r.conceptId)
    const voor = (await opMoment(DAGEN[3])).v
    expect([facturen(voor, 'anna'), facturen(voor, 'piet'), facturen(voor, 'kees')]).toEqual([['F-2'], ['F-1'], []])
    expect([debiteuren(voor, 'anna'), debiteuren(voor, 'piet')]).toEqual([['20001'], ['10032']])
    expect([concepten(voor, 'jan'), concepten(voor, 'anna')]).toEqual([['C-1', 'C-3'], ['C-2']])
    const na = (await opMoment(WISSELDAG)).v
    expect([facturen(na, 'anna'), facturen(na, 'piet'), facturen(na, 'kees')]).toEqual([[], ['F-1', 'F-2'], ['F-2']])
    expect([debiteuren(na, 'anna'), debiteuren(na, 'piet'), debiteuren(na, 'kees')]).toEqual([
      [],
      ['10032', '20001'],
      ['20001'],
    ])
    expect([concepten(na, 'jan'), concepten(na, 'anna'), concepten(na, 'piet')]).toEqual([
      ['C-1'],
      ['C-3'],
      ['C-1', 'C-2'],
    ])
  })

  it('ledger totals and reconciliation for a restricted caller cover only the posts they may see', async () => {
    const { v } = await opMoment(WISSELDAG)
    const kees: Autorisatie = { medewerker: 'kees' }
    expect(saldiPerRekening(v.journaal, kees)).toEqual([
      { administratie: 'A1', rekening: '1300', debet: '1149.50', credit: '0.00', saldo: '1149.50' },
      { administratie: 'A1', rekening: '1510', debet: '0.00', credit: '199.50', saldo: '-199.50' },
      { administratie: 'A1', rekening: '8000', debet: '0.00', credit: '950.00', saldo: '-950.00' },
    ])
    expect(controleerAansluiting(v.journaal, v.openstaandePosten, kees)).toEqual({
      klopt: true,
      totaalJournaal: '1149.50',
      totaalOpenstaand: '1149.50',
      debiteuren: 1,
      verschillen: [],
      zonderOpenstaandePost: [],
      zonderJournaalpost: [],
    })
    expect([...openstaandTotaalPerDebiteur(v.openstaandePosten, kees)]).toEqual([['A1|20001|EUR', '1149.50']])
    expect(controleerAansluiting(v.journaal, v.openstaandePosten, { medewerker: 'onbekend' })).toMatchObject({
      klopt: true,
      totaalJournaal: '0.00',
      debiteuren: 0,
    })
    expect(controleerAansluiting(v.journaal, v.openstaandePosten, alleRelaties).totaalJournaal).toBe('2983.86')
  })

  it('a query without an authorisation (a JavaScript caller) is refused, never answered with every relatie', async () => {
    const { v } = await opMoment(WISSELDAG)
    const geen = undefined as unknown as Autorisatie
    const vragen: (() => unknown)[] = [
      () => alleFacturen(v.facturen, geen),
      () => nietVerwerkteFacturen(v.facturen, geen),
      () => alleFactuurregels(v.facturen, geen),
      () => conceptenOverzicht(v.concepten, geen),
      () => openstaandePosten(v.openstaandePosten, geen, { peildatum: OOIT }),
      () => openstaandPerDebiteur(v.openstaandePosten, geen, { peildatum: OOIT }),
      () => openstaandTotaalPerDebiteur(v.openstaandePosten, geen),
      () => journaalposten(v.journaal, geen),
      () => journaalPerDagboekEnPeriode(v.journaal, geen),
      () => saldiPerRekening(v.journaal, geen),
      () => controleerAansluiting(v.journaal, v.openstaandePosten, geen),
      () => alleFacturen(v.facturen, { medewerker: '' }),
      () => alleFacturen(v.facturen, { alleRelaties: 'ja' } as unknown as Autorisatie),
    ]
    for (const vraag of vragen) expect(vraag).toThrow(GeenAutorisatieError)
  })
})
