import { decisionEvents } from '@factuurstroom/eventsourcing'
import { deciderSpec } from '@factuurstroom/eventsourcing/testing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import { berekenBtw } from '../geld'
import { maakJournaalpost } from '../journalisering'
import { invoerVoor, werkvoorbeeldInrichting, werkvoorbeeldOpdracht } from '../journalisering/werkvoorbeeld.fixture'
import type { FactuurCommand, MaakFactuur } from './commands'
import type { FactuurEvent, FactuurEventVan } from './events'
import { factuurDecider } from './index'

const spec = deciderSpec(factuurDecider)
const verstrekkingen = [
  { rapport: 'factuur', wijze: 'emailPdf' as const },
  { rapport: 'specificatie', wijze: 'print' as const },
]

const maak = (overrides: Partial<MaakFactuur> = {}): MaakFactuur => ({
  type: 'MaakFactuur',
  administratie: 'A1',
  factuurId: 'F-1',
  integratiesoort: 'automatischeProjectfacturen',
  opdracht: werkvoorbeeldOpdracht(),
  btwAfrondingsmodus: 'PER_TOTAAL',
  verstrekkingen,
  factuurrelatieGeblokkeerd: false,
  ...overrides,
})

const aangemaakt = (opdracht: Factuuropdracht = werkvoorbeeldOpdracht()): FactuurEventVan<'FactuurAangemaakt'> => ({
  type: 'FactuurAangemaakt',
  data: {
    administratie: 'A1',
    factuurId: 'F-1',
    bron: opdracht.bron,
    bronId: opdracht.bronId,
    integratiesoort: 'automatischeProjectfacturen',
    opdracht,
    regels: opdracht.regels.map((r) => ({
      regelId: r.regelId,
      status: opdracht.bron === 'handmatig' ? ('Actief' as const) : ('Afgehandeld' as const),
      herkomst: { bron: opdracht.bron, bronId: opdracht.bronId },
    })),
    btw: btwVoor(opdracht),
    verstrekkingen,
  },
})

const btwVoor = (opdracht: Factuuropdracht) => {
  const b = berekenBtw(
    opdracht.regels.map((r) => ({ bedrag: r.bedrag, btwCode: r.btwCode, percentage: r.btwPercentage })),
    'PER_TOTAAL',
  )
  return { ...b, perCode: [...b.perCode] }
}

/** The events a command decides on a history (for checks beyond the exact list). */
const eventsVan = (command: FactuurCommand, history: readonly FactuurEvent[] = []): FactuurEvent[] => {
  const decision = factuurDecider.decide(command, history.reduce(factuurDecider.evolve, factuurDecider.initialState()))
  if (isLeft(decision)) throw new Error(decision.left.code)
  return [...decisionEvents(decision.right)]
}

const gefactureerd: FactuurEventVan<'Gefactureerd'> = {
  type: 'Gefactureerd',
  data: {
    administratie: 'A1',
    factuurId: 'F-1',
    factuurnummer: '26000001',
    dagboek: '70',
  },
}

const geboekt = (opdracht: Factuuropdracht) => {
  const resultaat = maakJournaalpost(invoerVoor(opdracht), werkvoorbeeldInrichting())
  if (isLeft(resultaat)) throw new Error(resultaat.left.message)
  return resultaat.right
}

const journaliseer = () => ({
  type: 'JournaliseerFactuur' as const,
  administratie: 'A1',
  factuurId: 'F-1',
  dagboek: '70',
  boekdatum: '2026-04-02',
})

const handmatigeRegel: Factuurregel = {
  regelId: 'H1',
  omschrijving: 'Extra advies',
  soort: 'omzet',
  bedrag: '100.00',
  btwCode: 'HOOG',
  btwPercentage: '21',
  integratiegroep: 'UREN',
}
const handmatig = werkvoorbeeldOpdracht({ bron: 'handmatig', bronId: 'H-1', regels: [handmatigeRegel] })
const btwHandmatig = (netto: string, btw: string, bruto: string) => ({
  modus: 'PER_TOTAAL' as const,
  afronding: 'HALF_UP_CENT' as const,
  perCode: [{ btwCode: 'HOOG', percentage: '21', grondslag: netto, btw }],
  totaalNetto: netto,
  totaalBtw: btw,
  totaalBruto: bruto,
})

describe('Factuur', () => {
  it('R33: an invoice records VAT per rate under the administratie rounding mode (worked example 807.07)', () => {
    spec.given([]).when(maak()).then([aangemaakt()])
  })

  it('R33: PER_REGEL rounds each line, PER_TOTAAL the total per rate; the mode is recorded', () => {
    const regels: Factuurregel[] = ['a', 'b', 'c'].map((regelId) => ({ ...handmatigeRegel, regelId, bedrag: '0.10' }))
    const opdracht = werkvoorbeeldOpdracht({ regels })
    const [perRegel] = eventsVan(maak({ opdracht, btwAfrondingsmodus: 'PER_REGEL' }))
    const [perTotaal] = eventsVan(maak({ opdracht }))
    // 3 × round(0.021) = 0.06 against round(0.063) = 0.06; with 0.05 lines: 3 × 0.01 against round(0.0315) = 0.03
    expect(perRegel?.type === 'FactuurAangemaakt' && perRegel.data.btw.modus).toBe('PER_REGEL')
    expect(perTotaal?.type === 'FactuurAangemaakt' && perTotaal.data.btw.modus).toBe('PER_TOTAAL')
    const klein = werkvoorbeeldOpdracht({ regels: regels.map((r) => ({ ...r, bedrag: '0.07' })) })
    const [r] = eventsVan(maak({ opdracht: klein, btwAfrondingsmodus: 'PER_REGEL' }))
    const [t] = eventsVan(maak({ opdracht: klein }))
    expect(r?.type === 'FactuurAangemaakt' && r.data.btw.totaalBtw).toBe('0.03')
    expect(t?.type === 'FactuurAangemaakt' && t.data.btw.totaalBtw).toBe('0.04')
  })

  it('R27: Gefactureerd records the number from the integratie-dagboek; the same number again is a no-op', () => {
    const nummer = {
      type: 'RegistreerFactuurnummer' as const,
      administratie: 'A1',
      factuurId: 'F-1',
      factuurnummer: '26000001',
      dagboek: '70',
    }
    spec.given([aangemaakt()]).when(nummer).then([gefactureerd])
    spec.given([aangemaakt(), gefactureerd]).when(nummer).then([])
    spec
      .given([aangemaakt(), gefactureerd])
      .when({ ...nummer, factuurnummer: '26000002' })
      .thenFails('FACTUURNUMMER_AL_TOEGEKEND')
  })

  it('R23: a generated line is Afgehandeld and can never be edited', () => {
    const fout = spec
      .given([aangemaakt()])
      .when({
        type: 'WijzigFactuurregel',
        administratie: 'A1',
        factuurId: 'F-1',
        regel: { ...(werkvoorbeeldOpdracht().regels[0] as Factuurregel), bedrag: '1.00' },
      })
      .thenFails('FACTUURREGEL_AFGEHANDELD')
    expect(fout.message).toContain('R23')
  })

  it('R23: a manual line is Actief and editable while the invoice is active, with VAT recomputed', () => {
    spec
      .given([aangemaakt(handmatig)])
      .when({
        type: 'WijzigFactuurregel',
        administratie: 'A1',
        factuurId: 'F-1',
        regel: { ...handmatigeRegel, bedrag: '200.00' },
      })
      .then([
        {
          type: 'FactuurregelGewijzigd',
          data: {
            administratie: 'A1',
            factuurId: 'F-1',
            regel: { ...handmatigeRegel, bedrag: '200.00' },
            btw: btwHandmatig('200.00', '42.00', '242.00'),
          },
        },
      ])
  })

  it('R23: a manual line added to an active invoice is Actief', () => {
    const extra = { ...handmatigeRegel, regelId: 'H2', bedrag: '50.00' }
    spec
      .given([aangemaakt(handmatig)])
      .when({ type: 'VoegFactuurregelToe', administratie: 'A1', factuurId: 'F-1', regel: extra })
      .then([
        {
          type: 'FactuurregelToegevoegd',
          data: {
            administratie: 'A1',
            factuurId: 'F-1',
            regel: extra,
            status: 'Actief',
            herkomst: { bron: 'handmatig', bronId: 'F-1', bronRegelId: 'H2' },
            btw: btwHandmatig('150.00', '31.50', '181.50'),
          },
        },
      ])
  })

  it('R23: once issued the invoice is no longer active, so even manual lines are fixed', () => {
    const verstrekt: FactuurEvent = {
      type: 'FactuurVerstrekt',
      data: {
        administratie: 'A1',
        factuurId: 'F-1',
        factuurnummer: '26000001',
        rapport: 'factuur',
        wijze: 'emailPdf',
        tijdstip: '2026-04-01T09:00:00.000Z',
        volledigVerstrekt: false,
      },
    }
    spec
      .given([aangemaakt(handmatig), gefactureerd, verstrekt])
      .when({
        type: 'WijzigFactuurregel',
        administratie: 'A1',
        factuurId: 'F-1',
        regel: { ...handmatigeRegel, bedrag: '1.00' },
      })
      .thenFails('FACTUUR_NIET_ACTIEF')
  })

  it('R22: verstrekken per report type; fully issued only when every report is out', () => {
    const tijdstip = '2026-04-01T09:00:00.000Z'
    const basis = { administratie: 'A1', factuurId: 'F-1', factuurnummer: '26000001', tijdstip }
    spec
      .given([aangemaakt(), gefactureerd])
      .when({ type: 'VerstrekFactuur', administratie: 'A1', factuurId: 'F-1', tijdstip, rapporten: ['factuur'] })
      .then([
        {
          type: 'FactuurVerstrekt',
          data: { ...basis, rapport: 'factuur', wijze: 'emailPdf', volledigVerstrekt: false },
        },
      ])
    spec
      .given([aangemaakt(), gefactureerd])
      .when({ type: 'VerstrekFactuur', administratie: 'A1', factuurId: 'F-1', tijdstip })
      .then([
        {
          type: 'FactuurVerstrekt',
          data: { ...basis, rapport: 'factuur', wijze: 'emailPdf', volledigVerstrekt: false },
        },
        {
          type: 'FactuurVerstrekt',
          data: { ...basis, rapport: 'specificatie', wijze: 'print', volledigVerstrekt: true },
        },
      ])
    spec
      .given([aangemaakt()])
      .when({ type: 'VerstrekFactuur', administratie: 'A1', factuurId: 'F-1', tijdstip })
      .thenFails('FACTUUR_NIET_GEFACTUREERD')
    spec
      .given([aangemaakt(), gefactureerd])
      .when({ type: 'VerstrekFactuur', administratie: 'A1', factuurId: 'F-1', tijdstip, rapporten: ['aanmaning'] })
      .thenFails('RAPPORT_ONBEKEND')
  })

  it('R22/R30: journalising is independent of issuing and records where and when the dagboek booked it', () => {
    const command = journaliseer()
    spec
      .given([aangemaakt(), gefactureerd])
      .when(command)
      .then([
        {
          type: 'FactuurGejournaliseerd',
          data: { administratie: 'A1', factuurId: 'F-1', dagboek: '70', boekdatum: '2026-04-02' },
        },
      ])
    expect(geboekt(werkvoorbeeldOpdracht()).journaalpost.totaalDebet).toBe('1807.07')
  })

  it('R30: journalising twice is refused; a journalised invoice is frozen', () => {
    const gejournaliseerd = eventsVan(journaliseer(), [aangemaakt(handmatig), gefactureerd])
    spec
      .given([aangemaakt(handmatig), gefactureerd, ...gejournaliseerd])
      .when(journaliseer())
      .thenFails('FACTUUR_AL_GEJOURNALISEERD')
    spec
      .given([aangemaakt(handmatig), gefactureerd, ...gejournaliseerd])
      .when({
        type: 'WijzigFactuurregel',
        administratie: 'A1',
        factuurId: 'F-1',
        regel: { ...handmatigeRegel, bedrag: '1.00' },
      })
      .thenFails('FACTUUR_BEVROREN')
  })

  it('R26: journalising before the invoice has a number, or in another dagboek than numbered it, is refused', () => {
    spec.given([aangemaakt()]).when(journaliseer()).thenFails('FACTUUR_NIET_GEFACTUREERD')
    spec
      .given([aangemaakt(), gefactureerd])
      .when({ ...journaliseer(), dagboek: '71' })
      .thenFails('DAGBOEK_AFWIJKEND')
  })

  it('R31: a credit is reserved on the original; crediting beyond it is refused, a retry is a no-op', () => {
    const credit = {
      type: 'RegistreerCreditering' as const,
      administratie: 'A1',
      factuurId: 'F-1',
      creditFactuurId: 'CF-1',
      regels: [{ regelId: 'ONT', bedrag: '400.00' }],
    }
    const gecrediteerd: FactuurEvent = {
      type: 'FactuurGecrediteerd',
      data: {
        administratie: 'A1',
        factuurId: 'F-1',
        factuurnummer: '26000001',
        creditFactuurId: 'CF-1',
        regels: [{ regelId: 'ONT', bedrag: '400.00' }],
      },
    }
    spec.given([aangemaakt(), gefactureerd]).when(credit).then([gecrediteerd])
    spec.given([aangemaakt(), gefactureerd, gecrediteerd]).when(credit).then([])
    spec
      .given([aangemaakt(), gefactureerd, gecrediteerd])
      .when({ ...credit, creditFactuurId: 'CF-2' })
      .thenFails('CREDITERING_TE_HOOG')
    spec
      .given([aangemaakt(), gefactureerd, gecrediteerd])
      .when({ ...credit, creditFactuurId: 'CF-2', regels: [{ regelId: 'ONT', bedrag: '95.00' }] })
      .then([
        {
          type: 'FactuurGecrediteerd',
          data: { ...gecrediteerd.data, creditFactuurId: 'CF-2', regels: [{ regelId: 'ONT', bedrag: '95.00' }] },
        },
      ])
    spec
      .given([aangemaakt(), gefactureerd])
      .when({ ...credit, regels: [{ regelId: 'VOORSCHOT', bedrag: '1000.00' }] })
      .thenFails('CREDITERING_TE_HOOG')
  })

  it('R31: crediting a credit note beyond its amount is refused', () => {
    const creditnota = werkvoorbeeldOpdracht({ regels: [{ ...handmatigeRegel, bedrag: '-100.00' }] })
    const ev = aangemaakt(creditnota)
    const given = [ev, { ...gefactureerd, data: { ...gefactureerd.data } }]
    spec
      .given(given)
      .when({
        type: 'RegistreerCreditering',
        administratie: 'A1',
        factuurId: 'F-1',
        creditFactuurId: 'CF-9',
        regels: [{ regelId: 'H1', bedrag: '-100.01' }],
      })
      .thenFails('CREDITERING_TE_HOOG')
  })

  it('bad input: a blocked relatie, two valuta, a duplicate line, an invoice made twice', () => {
    spec
      .given([])
      .when(maak({ factuurrelatieGeblokkeerd: true }))
      .thenFails('RELATIE_GEBLOKKEERD')
    const tweeValuta = werkvoorbeeldOpdracht({
      regels: [handmatigeRegel, { ...handmatigeRegel, regelId: 'H2', valuta: 'USD' }],
    })
    spec
      .given([])
      .when(maak({ opdracht: tweeValuta }))
      .thenFails('FACTUUR_MEERDERE_VALUTA')
    spec
      .given([])
      .when(maak({ opdracht: werkvoorbeeldOpdracht({ regels: [handmatigeRegel, handmatigeRegel] }) }))
      .thenFails('FACTUURREGEL_DUBBEL')
    spec
      .given([])
      .when(maak({ opdracht: werkvoorbeeldOpdracht({ regels: [] }) }))
      .thenFails('FACTUUR_ZONDER_REGELS')
    spec
      .given([])
      .when(maak({ verstrekkingen: [] }))
      .thenFails('GEEN_VERSTREKKINGSWIJZE')
    spec.given([aangemaakt()]).when(maak()).thenFails('FACTUUR_BESTAAT_AL')
  })
})
