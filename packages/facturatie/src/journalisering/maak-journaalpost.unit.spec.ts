import { isLeft, isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Factuuropdracht } from '../gedeeld/factuuropdracht'
import type { JournaliseringsFout } from './errors'
import type { JournaliseringsInrichting } from './inrichting'
import type { Journaliseringsinvoer } from './invoer'
import { Journaalpost } from './journaalpost'
import { controleerBalans, type Journalisering, maakJournaalpost } from './maak-journaalpost'
import {
  creditVanWerkvoorbeeld,
  invoerVoor,
  werkvoorbeeldInrichting,
  werkvoorbeeldOpdracht,
} from './werkvoorbeeld.fixture'

const maak = (invoer: Journaliseringsinvoer, inrichting: JournaliseringsInrichting): Journalisering => {
  const result = maakJournaalpost(invoer, inrichting)
  if (isLeft(result)) throw new Error(`${result.left.code}: ${result.left.message}`)
  return result.right
}

const faalt = (invoer: Journaliseringsinvoer, inrichting: JournaliseringsInrichting): JournaliseringsFout => {
  const result = maakJournaalpost(invoer, inrichting)
  if (isRight(result)) throw new Error('expected an error')
  return result.left
}

const zijden = (journalisering: Journalisering) =>
  journalisering.journaalpost.regels.map((r) => `${r.zijde} ${r.rekening} ${r.bedrag}`)

describe('R30: the worked example of DOMAIN.md §3', () => {
  it('R30: debet 10032 807.07 and 1450 1,000.00; credit 8000 1,516.00, 8050 151.00, 1510 140.07', () => {
    const { journaalpost, openstaandePost } = maak(invoerVoor(werkvoorbeeldOpdracht()), werkvoorbeeldInrichting())
    expect(journaalpost).toStrictEqual({
      omschrijving: '[pro] 10032-Koninklijke Exhibitions Benelux B.V.',
      dagboek: '70',
      boekdatum: '2026-04-02',
      boekstukdatum: '2026-03-31',
      periode: '2026-04',
      btwPeriode: '2026-03',
      valuta: 'EUR',
      regels: [
        {
          soort: 'debiteur',
          rekening: '1300',
          debiteur: '10032',
          zijde: 'debet',
          bedrag: '807.07',
          betalingskorting: { percentage: '2', bedrag: '16.14', vervaldatum: '2026-04-08', afronding: 'HALF_UP_CENT' },
        },
        { soort: 'grootboek', rekening: '1450', integratiegroepen: ['VOORSCHOT'], zijde: 'debet', bedrag: '1000.00' },
        { soort: 'grootboek', rekening: '8000', integratiegroepen: ['UREN'], zijde: 'credit', bedrag: '1516.00' },
        { soort: 'grootboek', rekening: '8050', integratiegroepen: ['KOSTEN'], zijde: 'credit', bedrag: '151.00' },
        {
          soort: 'btw',
          rekening: '1510',
          btwCode: 'HOOG',
          btwPercentage: '21',
          grondslag: '667.00',
          zijde: 'credit',
          bedrag: '140.07',
        },
      ],
      totaalDebet: '1807.07',
      totaalCredit: '1807.07',
    })
    expect(openstaandePost).toStrictEqual({
      debiteur: '10032',
      factuurnummer: '26000001',
      factuurdatum: '2026-03-31',
      vervaldatum: '2026-04-30',
      bedrag: '807.07',
      valuta: 'EUR',
      betalingskorting: { percentage: '2', bedrag: '16.14', vervaldatum: '2026-04-08', afronding: 'HALF_UP_CENT' },
    })
  })

  it('R30: the same totals with the afronding already folded into the verdichte regels', () => {
    const opdracht = werkvoorbeeldOpdracht()
    const samengevoegd: Factuuropdracht = {
      ...opdracht,
      regels: [
        { ...opdracht.regels[0]!, bedrag: '1021.00' },
        opdracht.regels[2]!,
        { ...opdracht.regels[3]!, bedrag: '151.00' },
        opdracht.regels[5]!,
      ],
    }
    expect(zijden(maak(invoerVoor(samengevoegd), werkvoorbeeldInrichting()))).toEqual([
      'debet 1300 807.07',
      'debet 1450 1000.00',
      'credit 8000 1516.00',
      'credit 8050 151.00',
      'credit 1510 140.07',
    ])
  })

  it('R30: boekdatum sets the period, the factuurdatum (boekstukdatum) the VAT period', () => {
    const { journaalpost } = maak(
      { ...invoerVoor(werkvoorbeeldOpdracht()), boekdatum: '2026-05-01' },
      werkvoorbeeldInrichting(),
    )
    expect([journaalpost.periode, journaalpost.btwPeriode, journaalpost.boekstukdatum]).toEqual([
      '2026-05',
      '2026-03',
      '2026-03-31',
    ])
  })

  it('R29: without betalingskorting on the integratiesoort, neither debiteur line nor openstaande post carry one', () => {
    const result = maak(
      invoerVoor(werkvoorbeeldOpdracht()),
      werkvoorbeeldInrichting({ betalingskortingGebruiken: false }),
    )
    expect(result.journaalpost.regels[0]).not.toHaveProperty('betalingskorting')
    expect(result.openstaandePost).not.toHaveProperty('betalingskorting')
    expect(result.openstaandePost.bedrag).toBe('807.07')
  })

  it('R30: without payment terms the openstaande post is due on the factuurdatum', () => {
    const { betalingsconditie: _, ...zonder } = werkvoorbeeldOpdracht()
    expect(maak(invoerVoor(zonder), werkvoorbeeldInrichting()).openstaandePost.vervaldatum).toBe('2026-03-31')
  })

  it('R33: VAT per line is journalised as computed, and a mode other than the administratie’s is refused', () => {
    const opdracht = werkvoorbeeldOpdracht()
    const invoer = invoerVoor(opdracht)
    const perRegel = { ...invoer, btw: { ...invoer.btw, modus: 'PER_REGEL' as const } }
    expect(faalt(perRegel, werkvoorbeeldInrichting()).code).toBe('BTW_AFRONDINGSMODUS_AFWIJKEND')
  })
})

describe('R29: factuurkorting per integratiesoort', () => {
  const metKorting = (): Factuuropdracht => {
    const opdracht = werkvoorbeeldOpdracht()
    return {
      ...opdracht,
      regels: [
        ...opdracht.regels,
        {
          regelId: 'KORTING',
          omschrijving: 'Factuurkorting',
          soort: 'korting',
          bedrag: '-67.00',
          btwCode: 'HOOG',
          btwPercentage: '21',
          integratiegroep: 'KORTING',
        },
      ],
    }
  }

  it('R29: with factuurkorting gebruiken the discount is debited to the kortingen account and VAT follows it', () => {
    const inrichting = werkvoorbeeldInrichting({ factuurkortingGebruiken: true, factuurkortingrekening: '8090' })
    expect(zijden(maak(invoerVoor(metKorting()), inrichting))).toEqual([
      'debet 1300 726.00',
      'debet 1450 1000.00',
      'debet 8090 67.00',
      'credit 8000 1516.00',
      'credit 8050 151.00',
      'credit 1510 126.00',
    ])
  })

  it('R29: a discount line on an integratiesoort without factuurkorting is refused', () => {
    expect(faalt(invoerVoor(metKorting()), werkvoorbeeldInrichting()).code).toBe('FACTUURKORTING_NIET_TOEGESTAAN')
  })

  it('R29: factuurkorting without a kortingen account is refused', () => {
    const inrichting = werkvoorbeeldInrichting({ factuurkortingGebruiken: true })
    expect(faalt(invoerVoor(metKorting()), inrichting).code).toBe('GEEN_KORTINGREKENING')
  })
})

describe('R31: credit notes', () => {
  it('R31: storneren off swaps the sides; the post balances', () => {
    const { journaalpost, openstaandePost } = maak(creditVanWerkvoorbeeld(), werkvoorbeeldInrichting())
    expect(zijden({ journaalpost, openstaandePost })).toEqual([
      'debet 8000 1516.00',
      'debet 8050 151.00',
      'debet 1510 140.07',
      'credit 1300 807.07',
      'credit 1450 1000.00',
    ])
    expect([journaalpost.totaalDebet, journaalpost.totaalCredit]).toEqual(['1807.07', '1807.07'])
    expect(openstaandePost.bedrag).toBe('-807.07')
  })

  it('R31: storneren on keeps the original sides with negative amounts; the post balances', () => {
    const { journaalpost } = maak(creditVanWerkvoorbeeld(), werkvoorbeeldInrichting({ storneren: true }))
    expect(zijden({ journaalpost, openstaandePost: undefined as never })).toEqual([
      'debet 1300 -807.07',
      'debet 1450 -1000.00',
      'credit 8000 -1516.00',
      'credit 8050 -151.00',
      'credit 1510 -140.07',
    ])
    expect([journaalpost.totaalDebet, journaalpost.totaalCredit]).toEqual(['-1807.07', '-1807.07'])
  })
})

describe('R30: an unbalanced journaalpost cannot be produced', () => {
  it('R30: a line whose integratiegroep has no account is refused instead of dropped', () => {
    const fout = faalt(
      invoerVoor(werkvoorbeeldOpdracht()),
      werkvoorbeeldInrichting({ integratiegroepen: { UREN: '8000', VOORSCHOT: '1450' } }),
    )
    expect(fout.code).toBe('INTEGRATIEGROEP_ZONDER_REKENING')
    expect(fout.message).toContain('KOSTEN')
  })

  it('R30: a tampered VAT computation (VAT raised by a cent) is refused', () => {
    const invoer = invoerVoor(werkvoorbeeldOpdracht())
    const getamperd = { ...invoer, btw: { ...invoer.btw, totaalBtw: '140.08', totaalBruto: '807.08' } }
    expect(faalt(getamperd, werkvoorbeeldInrichting()).code).toBe('BTW_BEREKENING_AFWIJKEND')
  })

  it('R30: the VAT computation folded back from the log, its keys in another order, is the same computation', () => {
    const invoer = invoerVoor(werkvoorbeeldOpdracht())
    const perCode = invoer.btw.perCode.map(({ btw, btwCode, grondslag, percentage }) => ({
      btw,
      btwCode,
      grondslag,
      percentage,
    }))
    expect(JSON.stringify(perCode)).not.toBe(JSON.stringify(invoer.btw.perCode))
    const teruggelezen = { ...invoer, btw: { ...invoer.btw, perCode } }
    expect(maak(teruggelezen, werkvoorbeeldInrichting())).toStrictEqual(maak(invoer, werkvoorbeeldInrichting()))
    const ander = {
      ...teruggelezen,
      btw: { ...teruggelezen.btw, perCode: perCode.map((c) => ({ ...c, percentage: '21.0' })) },
    }
    expect(faalt(ander, werkvoorbeeldInrichting()).code).toBe('BTW_BEREKENING_AFWIJKEND')
  })

  it('R30: a btw-code that is not set up, or at another rate, is refused', () => {
    const invoer = invoerVoor(werkvoorbeeldOpdracht())
    expect(faalt(invoer, werkvoorbeeldInrichting({ btwCodes: {} })).code).toBe('BTW_CODE_ONBEKEND')
    const negen = werkvoorbeeldInrichting({ btwCodes: { HOOG: { percentage: '9', rekening: '1510' } } })
    expect(faalt(invoer, negen).code).toBe('BTW_PERCENTAGE_AFWIJKEND')
  })

  it('R30: a tampered journaalpost fails the balance check and the Journaalpost codec', () => {
    const { journaalpost } = maak(invoerVoor(werkvoorbeeldOpdracht()), werkvoorbeeldInrichting())
    const regels = journaalpost.regels.map((r) => (r.rekening === '8050' ? { ...r, bedrag: '150.00' } : r))
    const getamperd = { ...journaalpost, regels }
    expect(controleerBalans(getamperd)?.code).toBe('JOURNAALPOST_NIET_IN_BALANS')
    expect(isLeft(Journaalpost.decode(getamperd))).toBe(true)
    expect(isRight(Journaalpost.decode(journaalpost))).toBe(true)
  })

  it('R30: the set-up of another administratie is refused', () => {
    const fout = faalt(invoerVoor(werkvoorbeeldOpdracht()), werkvoorbeeldInrichting({ administratie: 'A2' }))
    expect(fout.code).toBe('ADMINISTRATIE_AFWIJKEND')
  })
})
