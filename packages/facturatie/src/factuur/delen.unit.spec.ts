import { decisionEvents } from '@factuurstroom/eventsourcing'
import { deciderSpec } from '@factuurstroom/eventsourcing/testing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { jsonBytes, MAX_DEEL_BYTES } from '../gedeeld/omvang'
import { decimaal } from '../geld'
import { maakJournaalpost } from '../journalisering'
import { invoerVoor, werkvoorbeeldInrichting } from '../journalisering/werkvoorbeeld.fixture'
import type { FactuurCommand } from './commands'
import type { FactuurEvent, FactuurEventVan } from './events'
import {
  alsEenEvent,
  GROTE_FACTUUR_REGELS,
  groteHerkomst,
  groteOpdracht,
  maakGroteFactuur,
} from './grote-factuur.fixture'
import { factuurDecider, huidigeOpdracht } from './index'

const spec = deciderSpec(factuurDecider)
const fold = (events: readonly FactuurEvent[]) => events.reduce(factuurDecider.evolve, factuurDecider.initialState())
const eventsVan = (command: FactuurCommand, history: readonly FactuurEvent[] = []): FactuurEvent[] => {
  const decision = factuurDecider.decide(command, fold(history))
  if (isLeft(decision)) throw new Error(decision.left.code)
  return [...decisionEvents(decision.right)]
}

const opdracht = groteOpdracht()
const regels = opdracht.regels
const infos = regels.map((r, i) => ({ regelId: r.regelId, status: 'Afgehandeld' as const, herkomst: groteHerkomst(i) }))
const btw = {
  modus: 'PER_TOTAAL' as const,
  afronding: 'HALF_UP_CENT' as const,
  perCode: [
    { btwCode: 'HOOG', percentage: '21', grondslag: '180225.00', btw: '37847.25' },
    { btwCode: 'LAAG', percentage: '9', grondslag: '60372.00', btw: '5433.48' },
  ],
  totaalNetto: '240597.00',
  totaalBtw: '43280.73',
  totaalBruto: '283877.73',
}
const aangemaakt = (tot: number): FactuurEventVan<'FactuurAangemaakt'> => ({
  type: 'FactuurAangemaakt',
  data: {
    administratie: 'A1',
    factuurId: 'F-GROOT',
    bron: 'verzamelfactuur',
    bronId: 'V2603-10032',
    integratiesoort: 'automatischeProjectfacturen',
    opdracht: { ...opdracht, regels: regels.slice(0, tot) },
    regels: infos.slice(0, tot),
    btw,
    verstrekkingen: [{ rapport: 'factuur', wijze: 'emailPdf' }],
    runId: 'V2603',
  },
})
const aangevuld = (vanaf: number, tot: number): FactuurEventVan<'FactuurregelsAangevuld'> => ({
  type: 'FactuurregelsAangevuld',
  data: {
    administratie: 'A1',
    factuurId: 'F-GROOT',
    vanaf,
    opdrachtregels: regels.slice(vanaf, tot),
    regels: infos.slice(vanaf, tot),
    project: 'P2026-017',
  },
})
/** The same invoice as one event, as it was recorded before events had a size limit. */
const ongesplitst = aangemaakt(GROTE_FACTUUR_REGELS)
const gesplitst = [aangemaakt(135), aangevuld(135, 272), aangevuld(272, 409), aangevuld(409, 546), aangevuld(546, 600)]

describe('an invoice too big for one event (issue 11: no event over 64 KB)', () => {
  const events = eventsVan(maakGroteFactuur())

  it('is recorded in one decision: FactuurAangemaakt with its first 135 lines, then four FactuurregelsAangevuld', () => {
    spec.given([]).when(maakGroteFactuur()).then(gesplitst)
  })

  it('every event holds at most 48 KB of JSON, and each but the last is full: its next line would not fit', () => {
    expect(events.map((e) => jsonBytes(e.data))).toEqual([49052, 48923, 48860, 48922, 19385])
    expect(events.every((e) => jsonBytes(e.data) <= MAX_DEEL_BYTES)).toBe(true)
    expect(jsonBytes(ongesplitst.data)).toBe(214710)
    const metVolgende = [aangemaakt(136), aangevuld(135, 273), aangevuld(272, 410), aangevuld(409, 547)]
    expect(metVolgende.every((e) => jsonBytes(e.data) > MAX_DEEL_BYTES)).toBe(true)
  })

  it('holds every line exactly once, in order, each with its own origin', () => {
    const lijnen = events.flatMap((e) => (e.type === 'FactuurAangemaakt' ? e.data.opdracht.regels : []))
    const verder = events.flatMap((e) => (e.type === 'FactuurregelsAangevuld' ? e.data.opdrachtregels : []))
    expect([...lijnen, ...verder].map((r) => r.regelId)).toEqual(regels.map((r) => r.regelId))
    const herkomst = events.flatMap((e) =>
      e.type === 'FactuurAangemaakt' || e.type === 'FactuurregelsAangevuld' ? e.data.regels : [],
    )
    expect(herkomst).toEqual(infos)
  })

  it('folds to exactly the state of the same invoice in one event', () => {
    expect(fold(gesplitst)).toEqual(fold([ongesplitst]))
    expect(alsEenEvent(gesplitst)).toEqual([ongesplitst])
  })

  it('the folded state holds what the lines say: 600 lines in order and the VAT over all of them', () => {
    const state = fold(events)
    expect([...state.regels.keys()]).toEqual(regels.map((r) => r.regelId))
    expect(state.regels.get('R600')).toEqual({
      regel: regels[599],
      status: 'Afgehandeld',
      herkomst: groteHerkomst(599),
    })
    const netto = regels.reduce((som, r) => som.plus(r.bedrag), decimaal(0))
    expect(netto.toFixed(2)).toBe('240597.00')
    expect(state.btw).toEqual(btw)
    expect(huidigeOpdracht(state)).toEqual(opdracht)
  })

  it('R23: a manual line on the split invoice recomputes the VAT over all 601 lines', () => {
    const extra = { ...regels[0], regelId: 'H1', bedrag: '100.00' } as (typeof regels)[number]
    const [toegevoegd] = eventsVan(
      { type: 'VoegFactuurregelToe', administratie: 'A1', factuurId: 'F-GROOT', regel: extra },
      events,
    )
    expect(toegevoegd?.type === 'FactuurregelToegevoegd' && toegevoegd.data.btw).toEqual({
      ...btw,
      perCode: [{ btwCode: 'HOOG', percentage: '21', grondslag: '180325.00', btw: '37868.25' }, btw.perCode[1]],
      totaalNetto: '240697.00',
      totaalBtw: '43301.73',
      totaalBruto: '283998.73',
    })
  })

  it('R30: numbered and journalised from its folded state, its journaalpost balances', () => {
    const genummerd = [
      ...events,
      ...eventsVan(
        {
          type: 'RegistreerFactuurnummer',
          administratie: 'A1',
          factuurId: 'F-GROOT',
          factuurnummer: '26000009',
          dagboek: '70',
        },
        events,
      ),
    ]
    const inrichting = werkvoorbeeldInrichting({
      btwCodes: { HOOG: { percentage: '21', rekening: '1510' }, LAAG: { percentage: '9', rekening: '1511' } },
    })
    const post = maakJournaalpost(invoerVoor(huidigeOpdracht(fold(genummerd)), '26000009'), inrichting)
    if (isLeft(post)) throw new Error(post.left.code)
    const som = (zijde: string) =>
      post.right.journaalpost.regels
        .filter((r) => r.zijde === zijde)
        .reduce((s, r) => s.plus(r.bedrag), decimaal(0))
        .toFixed(2)
    expect([som('debet'), som('credit')]).toEqual(['283877.73', '283877.73'])
    const journaliseer = {
      type: 'JournaliseerFactuur' as const,
      administratie: 'A1',
      factuurId: 'F-GROOT',
      dagboek: '70',
      boekdatum: '2026-04-02',
    }
    const [gejournaliseerd] = eventsVan(journaliseer, genummerd)
    expect(gejournaliseerd?.type).toBe('FactuurGejournaliseerd')
    expect(fold([...genummerd, ...(gejournaliseerd ? [gejournaliseerd] : [])]).gejournaliseerd).toBe(true)
  })

  it('an invoice that needs more than 16 events in one append is refused with FACTUUR_TE_GROOT, nothing decided', () => {
    const meer = Array.from(
      { length: 2400 },
      (_, i) => ({ ...regels[i % 600], regelId: `X${i}` }) as (typeof regels)[number],
    )
    const command = maakGroteFactuur()
    const fout = spec
      .given([])
      .when({ ...command, opdracht: { ...command.opdracht, regels: [...regels, ...meer] } })
      .thenFails('FACTUUR_TE_GROOT')
    expect(fout.details).toEqual({ factuurId: 'F-GROOT', aantalRegels: 3000, delen: 22, maxDelen: 16 })
  })
})
