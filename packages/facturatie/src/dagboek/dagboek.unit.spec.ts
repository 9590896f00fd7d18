import { deciderSpec } from '@factuurstroom/eventsourcing/testing'
import { isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { maakJournaalpost } from '../journalisering/maak-journaalpost'
import { invoerVoor, werkvoorbeeldInrichting, werkvoorbeeldOpdracht } from '../journalisering/werkvoorbeeld.fixture'
import type { KenFactuurnummerToe } from './commands'
import { dagboekDecider } from './decider'
import type { DagboekEvent } from './events'

const spec = deciderSpec(dagboekDecider)
const reeks = { laatsteFactuurnummer: 26_000_000, tot: 26_000_002 }
const ken = (factuurId: string): KenFactuurnummerToe => ({
  type: 'KenFactuurnummerToe',
  administratie: 'A1',
  dagboek: '70',
  dagboektype: 'verkoop',
  reeks,
  factuurId,
})
const gestart: DagboekEvent = {
  type: 'NummeringGestart',
  data: { administratie: 'A1', dagboek: '70', dagboektype: 'verkoop', reeks },
}
const toegekend = (
  factuurId: string,
  volgnummer: number,
  herkomst: 'factuur' | 'handmatig' = 'factuur',
): DagboekEvent => ({
  type: 'FactuurnummerToegekend',
  data: { administratie: 'A1', dagboek: '70', factuurId, volgnummer, factuurnummer: String(volgnummer), herkomst },
})

describe('R27: numbering from the dagboek’s laatste factuurnummer', () => {
  it('R27: the first invoice gets laatste factuurnummer + 1 and the stream records its series', () => {
    spec
      .given([])
      .when(ken('F-1'))
      .then([gestart, toegekend('F-1', 26_000_001)])
  })

  it('R27: the next invoice gets the next number, whichever flow asks', () => {
    spec
      .given([gestart, toegekend('F-1', 26_000_001)])
      .when(ken('ABO-9'))
      .then([toegekend('ABO-9', 26_000_002)])
  })

  it('R27: asking again for the same invoice records nothing (its number stays 26000001)', () => {
    spec
      .given([gestart, toegekend('F-1', 26_000_001)])
      .when(ken('F-1'))
      .then([])
  })

  it('R27: a used-up series is refused, nothing issued', () => {
    spec
      .given([gestart, toegekend('F-1', 26_000_001), toegekend('F-2', 26_000_002)])
      .when(ken('F-3'))
      .thenFails('NUMMERREEKS_VOL')
  })

  it('R27: a series other than the one the stream started with is refused', () => {
    spec
      .given([gestart])
      .when({ ...ken('F-1'), reeks: { ...reeks, prefix: 'X' } })
      .thenFails('REEKS_GEWIJZIGD')
  })
})

describe('R27: a manual booking can never reuse an issued number', () => {
  const handmatig = (boekingId: string, volgnummer: number) => ({
    type: 'BoekHandmatigNummer' as const,
    administratie: 'A1',
    dagboek: '70',
    dagboektype: 'verkoop' as const,
    reeks,
    boekingId,
    volgnummer,
  })

  it('R27: a number already issued to an invoice is refused, naming the invoice', () => {
    const fout = spec
      .given([gestart, toegekend('F-1', 26_000_001)])
      .when(handmatig('M-1', 26_000_001))
      .thenFails('NUMMER_AL_UITGEGEVEN')
    expect(fout.details).toEqual({ dagboek: '70', volgnummer: 26_000_001, factuurId: 'F-1' })
  })

  it('R27: the next free number is granted to the booking and consumed from the series', () => {
    spec
      .given([gestart, toegekend('F-1', 26_000_001)])
      .when(handmatig('M-1', 26_000_002))
      .then([toegekend('M-1', 26_000_002, 'handmatig')])
  })

  it('R27: skipping ahead, or a number outside the series, is refused', () => {
    spec.given([gestart]).when(handmatig('M-1', 26_000_002)).thenFails('NUMMER_NIET_AANSLUITEND')
    spec.given([gestart]).when(handmatig('M-1', 26_000_003)).thenFails('NUMMER_BUITEN_REEKS')
    spec.given([gestart]).when(handmatig('M-1', 25_999_999)).thenFails('NUMMER_AL_UITGEGEVEN')
  })
})

describe('R30: journalising in the dagboek that numbered the invoice', () => {
  const invoer = invoerVoor(werkvoorbeeldOpdracht(), '26000001')
  const inrichting = werkvoorbeeldInrichting()
  const journaliseer = {
    type: 'Journaliseer' as const,
    administratie: 'A1',
    dagboek: '70',
    factuurId: 'F-1',
    invoer,
    inrichting,
  }
  const gemaakt = maakJournaalpost(invoer, inrichting)
  if (!isRight(gemaakt)) throw new Error('worked example must journalise')
  const gejournaliseerd: DagboekEvent = {
    type: 'Gejournaliseerd',
    data: {
      administratie: 'A1',
      dagboek: '70',
      factuurId: 'F-1',
      factuurnummer: '26000001',
      integratiesoort: 'automatischeProjectfacturen',
      omschrijvingFinancieel: 'bronNummerNaamFactuurrelatie',
      storneren: false,
      btwAfrondingsmodus: 'PER_TOTAAL',
      journaalpost: gemaakt.right.journaalpost,
      openstaandePost: gemaakt.right.openstaandePost,
    },
  }

  it('R30: the worked example is recorded as one Gejournaliseerd with its journaalpost and openstaande post', () => {
    spec
      .given([gestart, toegekend('F-1', 26_000_001)])
      .when(journaliseer)
      .then([gejournaliseerd])
    expect(gemaakt.right.journaalpost.omschrijving).toBe('[pro] 10032-Koninklijke Exhibitions Benelux B.V.')
    expect(gemaakt.right.openstaandePost.bedrag).toBe('807.07')
  })

  it('R30: a journalised invoice is frozen: journalising it again is refused', () => {
    const fout = spec
      .given([gestart, toegekend('F-1', 26_000_001), gejournaliseerd])
      .when(journaliseer)
      .thenFails('FACTUUR_AL_GEJOURNALISEERD')
    expect(fout.message).toContain('credit note')
  })

  it('R30: an invoice this dagboek did not number, or under another number, is refused', () => {
    spec.given([gestart]).when(journaliseer).thenFails('FACTUURNUMMER_NIET_TOEGEKEND')
    spec
      .given([gestart, toegekend('F-1', 26_000_001)])
      .when({ ...journaliseer, invoer: { ...invoer, factuurnummer: '26000002' } })
      .thenFails('FACTUURNUMMER_AFWIJKEND')
  })

  it('R30: an unbalanceable invoice (a line without account) records nothing', () => {
    spec
      .given([gestart, toegekend('F-1', 26_000_001)])
      .when({ ...journaliseer, inrichting: { ...inrichting, integratiegroepen: { UREN: '8000' } } })
      .thenFails('INTEGRATIEGROEP_ZONDER_REKENING')
  })
})
