import { type EventStore, InMemoryEventStore, type RecordedEvent, readAllEvents } from '@factuurstroom/eventsourcing'
import { describe, expect, it } from 'vitest'
import { controleerAansluiting } from './aansluiting'
import { alleRelaties } from './autorisatie'
import { conceptenOverzicht } from './concepten'
import { alleFacturen, alleFactuurregels, nietVerwerkteFacturen } from './facturen'
import { journaalPerDagboekEnPeriode, journaalposten, saldiPerRekening } from './journaal'
import { openstaandePosten, openstaandPerDebiteur } from './openstaande-posten'
import { herbouwWeergaven } from './replay'
import { bouwScenario } from './scenario.fixture'

const views = async (store: EventStore) => (await herbouwWeergaven(store)).view

describe('cockpit views over the scenario (concepts → cockpit → dagboek)', async () => {
  const { store } = await bouwScenario()
  const v = await views(store)

  it('R22: alle facturen shows both invoices; niet verwerkte facturen only the one not yet issued', () => {
    const alle = alleFacturen(v.facturen, alleRelaties, { sorteer: { kolom: 'factuurnummer' } })
    expect(alle.rijen.map((r) => [r.factuurId, r.factuurnummer, r.totaalBruto, r.status])).toEqual([
      ['F-1', '26000001', '1834.36', 'verwerkt'],
      ['F-2', '26000002', '1149.50', 'nietVerwerkt'],
    ])
    const niet = nietVerwerkteFacturen(v.facturen, alleRelaties)
    expect(niet.rijen.map((r) => [r.factuurId, r.volledigVerstrekt, r.gejournaliseerd])).toEqual([['F-2', false, true]])
    expect(alle.rijen.every((r) => r.soort === 'apart')).toBe(true)
  })

  it('R22: alle factuurregels lists every printed line with its invoice number and R23 status', () => {
    const regels = alleFactuurregels(v.facturen, alleRelaties, {
      filter: { relatie: '10032' },
      sorteer: { kolom: 'bedrag', richting: 'aflopend' },
    })
    expect(regels.rijen.map((r) => [r.factuurnummer, r.omschrijving, r.bedrag, r.status])).toEqual([
      ['26000001', 'ADV', '1021.00', 'Afgehandeld'],
      ['26000001', 'ONT', '495.00', 'Afgehandeld'],
    ])
  })

  it('R12: a caller sees only concepts and invoices of relaties where they are (hoofd)declarant', () => {
    const concepten = (medewerker: string) =>
      conceptenOverzicht(v.concepten, { medewerker }, { sorteer: { kolom: 'conceptId' } }).rijen.map((r) => r.conceptId)
    expect(concepten('jan')).toEqual(['C-1', 'C-3'])
    expect(concepten('piet')).toEqual(['C-1'])
    expect(concepten('anna')).toEqual(['C-2'])
    expect(concepten('onbekend')).toEqual([])
    expect(conceptenOverzicht(v.concepten, { alleRelaties: true }).totaal).toBe(3)
    expect(alleFacturen(v.facturen, { medewerker: 'anna' }).rijen.map((r) => r.factuurId)).toEqual(['F-2'])
    expect(alleFactuurregels(v.facturen, { medewerker: 'piet' }).totaal).toBe(2)
  })

  it('R6, R10, R11: the concepten overview shows status, totals, deferred and written-off amounts and warnings', () => {
    const [c1, c2, c3] = conceptenOverzicht(v.concepten, alleRelaties, { sorteer: { kolom: 'conceptId' } }).rijen
    expect(c1).toMatchObject({
      status: 'nietFactureerbaar',
      aantalRegels: 1,
      totaal: '32.66',
      doorgeschoven: '32.66',
      teFactureren: '0.00',
      gefactureerd: '1516.00',
      facturen: ['F-1'],
      hoofddeclarant: 'jan',
      declarant: 'piet',
    })
    expect(c2).toMatchObject({ status: 'gefactureerd', aantalRegels: 0, gefactureerd: '950.00', waarschuwingen: [] })
    expect(c3).toMatchObject({
      status: 'nietFactureerbaar',
      teFactureren: '82.50',
      waarschuwingen: [{ code: 'FACTUURBEDRAG_ONDER_MINIMUM', grens: '250.00', blokkeert: false }],
    })
    expect(
      conceptenOverzicht(v.concepten, alleRelaties, { metWaarschuwing: true }).rijen.map((r) => r.conceptId),
    ).toEqual(['C-3'])
  })

  it('openstaande posten per debiteur with due date, payment discount and age on a peildatum', () => {
    const posten = openstaandePosten(v.openstaandePosten, alleRelaties, {
      peildatum: '2026-05-10',
      sorteer: { kolom: 'debiteur' },
    })
    expect(posten.rijen.map((r) => [r.debiteur, r.bedrag, r.vervaldatum, r.ouderdomDagen, r.dagenVervallen])).toEqual([
      // No betalingsconditie in the scenario: due on the invoice date.
      ['10032', '1834.36', '2026-04-02', 38, 38],
      ['20001', '1149.50', '2026-04-03', 37, 37],
    ])
    expect(
      openstaandePosten(v.openstaandePosten, alleRelaties, { peildatum: '2026-04-02' }).rijen.map((r) => r.debiteur),
    ).toEqual(['10032'])
    const saldi = openstaandPerDebiteur(v.openstaandePosten, alleRelaties, { peildatum: '2026-05-10' })
    expect(saldi.map((s) => [s.debiteur, s.aantal, s.totaal])).toEqual([
      ['10032', 1, '1834.36'],
      ['20001', 1, '1149.50'],
    ])
  })

  it('R30: journaalposten per dagboek and period balance, and the ledger totals add up', () => {
    const posten = journaalposten(v.journaal, alleRelaties, {
      filter: { dagboek: '70' },
      sorteer: { kolom: 'factuurnummer' },
    })
    expect(posten.rijen.map((r) => [r.factuurnummer, r.totaalDebet, r.totaalCredit])).toEqual([
      ['26000001', '1834.36', '1834.36'],
      ['26000002', '1149.50', '1149.50'],
    ])
    const perPeriode = journaalPerDagboekEnPeriode(v.journaal, alleRelaties)
    expect(perPeriode.map((p) => [p.dagboek, p.aantal, p.debet, p.credit, p.inBalans])).toEqual([
      ['70', 2, '2983.86', '2983.86', true],
    ])
    const saldi = Object.fromEntries(saldiPerRekening(v.journaal, alleRelaties).map((s) => [s.rekening, s.saldo]))
    expect(saldi).toMatchObject({ '1300': '2983.86', '8000': '-2466.00', '1510': '-517.86' })
  })

  it('the journal and the open items reconcile to the cent', () => {
    const a = controleerAansluiting(v.journaal, v.openstaandePosten, alleRelaties)
    expect(a).toMatchObject({ klopt: true, totaalJournaal: '2983.86', totaalOpenstaand: '2983.86', debiteuren: 2 })
  })

  it('reconciliation names the debiteur when an open item disagrees with its journaalpost', async () => {
    const vervalst = new InMemoryEventStore()
    const events: RecordedEvent[] = []
    for await (const e of readAllEvents(store)) events.push(e)
    for (const e of events) {
      const data =
        e.type === 'Gejournaliseerd' && (e.data as { factuurnummer: string }).factuurnummer === '26000002'
          ? {
              ...(e.data as object),
              openstaandePost: { ...(e.data as { openstaandePost: object }).openstaandePost, bedrag: '1149.05' },
            }
          : e.data
      await vervalst.appendToStream(e.streamId, [{ ...e, data }], 'any')
    }
    const w = await views(vervalst)
    const a = controleerAansluiting(w.journaal, w.openstaandePosten, alleRelaties)
    expect(a.klopt).toBe(false)
    expect(a.verschillen).toEqual([
      {
        administratie: 'A1',
        debiteur: '20001',
        valuta: 'EUR',
        journaal: '1149.50',
        openstaand: '1149.05',
        verschil: '0.45',
      },
    ])
  })

  it('queries filter by administratie, relatie, status and date range, sort on a column and page', () => {
    expect(alleFacturen(v.facturen, alleRelaties, { filter: { administratie: 'A2' } }).totaal).toBe(0)
    expect(
      alleFacturen(v.facturen, alleRelaties, { filter: { status: ['nietVerwerkt'] } }).rijen.map((r) => r.factuurId),
    ).toEqual(['F-2'])
    expect(
      alleFacturen(v.facturen, alleRelaties, { filter: { van: '2026-04-03', tot: '2026-04-30' } }).rijen.map(
        (r) => r.factuurId,
      ),
    ).toEqual(['F-2'])
    const pagina2 = alleFacturen(v.facturen, alleRelaties, {
      sorteer: { kolom: 'totaalBruto', richting: 'aflopend' },
      pagina: { nummer: 2, grootte: 1 },
    })
    expect(pagina2).toMatchObject({ totaal: 2, pagina: 2, aantalPaginas: 2 })
    expect(pagina2.rijen.map((r) => r.factuurId)).toEqual(['F-2'])
  })
})
