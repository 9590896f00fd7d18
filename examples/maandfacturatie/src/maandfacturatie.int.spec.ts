import { HashChainingEventStore, InMemoryEventStore, readAllEvents } from '@factuurstroom/eventsourcing'
import { decimaal, NUL } from '@factuurstroom/facturatie'
import { beforeAll, describe, expect, it } from 'vitest'
import { bibliotheekweergavenSluiten, controleer } from './controle'
import { genereerMaand } from './genereer'
import { draaiMaand, type Uitkomst } from './maand'
import { nietVerwerkt, totaal } from './weergaven'

/** The main job at a tiny size, in memory: one administratie, a dozen relaties, about a thousand booked lines. */
const maand = genereerMaand({ seed: 'spec', relaties: 12 })
let uitkomst: Uitkomst
let store: HashChainingEventStore

beforeAll(async () => {
  store = new HashChainingEventStore(new InMemoryEventStore())
  uitkomst = await draaiMaand(store, maand)
})

describe('maandfacturatie at a tiny size, in memory', () => {
  it('R30: every journaalpost balances and the whole journal balances (Σ debet = Σ credit)', async () => {
    let posten = 0
    let debet = NUL
    let credit = NUL
    for await (const event of readAllEvents(store)) {
      if (event.type !== 'Gejournaliseerd') continue
      posten++
      const post = (event.data as { journaalpost: { regels: { zijde: string; bedrag: string }[] } }).journaalpost
      const d = totaal(post.regels.filter((r) => r.zijde === 'debet').map((r) => r.bedrag))
      const c = totaal(post.regels.filter((r) => r.zijde === 'credit').map((r) => r.bedrag))
      expect(d.toFixed(2)).toBe(c.toFixed(2))
      debet = debet.plus(d)
      credit = credit.plus(c)
    }
    expect(posten).toBe(uitkomst.weergaven.facturen.size)
    expect(debet.isZero()).toBe(false)
    expect(debet.toFixed(2)).toBe(credit.toFixed(2))
  })

  it('R27: every invoice number is unique and the series is gapless from the dagboek’s laatste factuurnummer', async () => {
    const nummers: number[] = []
    for await (const event of readAllEvents(store)) {
      if (event.type === 'FactuurnummerToegekend') nummers.push((event.data as { volgnummer: number }).volgnummer)
    }
    const start = maand.administraties[0]?.reeks.van as number
    expect(nummers.length).toBe(uitkomst.weergaven.facturen.size)
    expect(new Set(nummers).size).toBe(nummers.length)
    expect(nummers).toEqual(nummers.map((_, i) => start + i + 1))
  })

  it('R21: the blocked relatie stopped the run; after the fix its lines were invoiced exactly once', () => {
    const adm = maand.administraties[0]
    const geblokkeerd = adm?.relaties.find((r) => r.geblokkeerd)
    const blokkade = uitkomst.administraties[0]?.blokkade
    expect(blokkade?.relatie).toBe(geblokkeerd?.nummer)
    expect(blokkade?.melding).toContain('blocked')
    expect(blokkade?.hersteldeFacturen).toBeGreaterThan(0)
    const regels = adm?.nacalculatie.get(geblokkeerd?.nummer as string) ?? []
    expect(regels.length).toBeGreaterThan(0)
    for (const regel of regels) {
      expect(uitkomst.weergaven.gefactureerdeNacalculatie.get(`${adm?.code}|${regel.regelId}`)).toHaveLength(1)
    }
    // Every other booked line too: once, or on no invoice when written off or deferred (R10).
    expect(controleer(uitkomst.weergaven, maand, uitkomst.administraties).filter((c) => !c.ok)).toEqual([])
  })

  it('R22: the views reconcile: lines = invoices, invoices = open items = debiteuren, niet verwerkt = unissued', () => {
    const view = uitkomst.weergaven
    const facturen = [...view.facturen.values()]
    expect(totaal(view.regels.map((r) => r.bedrag)).toFixed(2)).toBe(
      totaal(facturen.map((f) => f.totaalNetto)).toFixed(2),
    )
    const bruto = totaal(facturen.map((f) => f.totaalBruto))
    expect(totaal([...view.openstaand.values()].map((p) => p.bedrag)).toFixed(2)).toBe(bruto.toFixed(2))
    let debiteuren = NUL
    for (const [k, saldo] of view.journaal) if (k.endsWith('|1300')) debiteuren = debiteuren.plus(saldo.debet)
    expect(debiteuren.toFixed(2)).toBe(bruto.toFixed(2))
    // Everything is journalised; only the print batch (tomorrow) keeps invoices in "niet verwerkte facturen".
    const print = new Set(
      maand.administraties[0]?.relaties.filter((r) => r.verstrekking === 'print').map((r) => r.nummer),
    )
    expect(facturen.every((f) => f.gejournaliseerd)).toBe(true)
    expect(
      nietVerwerkt(view)
        .map((f) => f.factuurrelatie)
        .every((r) => print.has(r)),
    ).toBe(true)
    expect(nietVerwerkt(view).length).toBe(facturen.filter((f) => print.has(f.factuurrelatie)).length)
    expect(facturen.some((f) => f.bron === 'verzamelfactuur')).toBe(true)
    // The library's views, which the job prints, say the same and reconcile open items with the journal.
    expect(bibliotheekweergavenSluiten(uitkomst.bibliotheekweergaven, view)).toMatchObject({ ok: true })
    expect(decimaal(bruto).greaterThan(0)).toBe(true)
  })

  it('the same seed gives the same month: a second run appends the same events, numbers and amounts', async () => {
    const opnieuw = new HashChainingEventStore(new InMemoryEventStore())
    await draaiMaand(opnieuw, genereerMaand({ seed: 'spec', relaties: 12 }))
    const inhoud = async (s: HashChainingEventStore) => {
      const events: unknown[] = []
      for await (const e of readAllEvents(s)) events.push([e.streamId, e.type, e.data])
      return events
    }
    expect(await inhoud(opnieuw)).toEqual(await inhoud(store))
  })
})
