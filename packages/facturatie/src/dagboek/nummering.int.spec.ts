import { type CommandContext, defineEvent, eventRegistry, InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { inrichtingService } from '../inrichting/service'
import { richtWerkvoorbeeldIn } from '../inrichting/werkvoorbeeld.fixture'
import { dagboekStream } from './events'
import { dagboekService } from './service'

/** Stands in for the Factuur aggregate: an invoice is "made" when its own stream records its number. */
const FactuurGemaakt = defineEvent('TestFactuurGemaakt', t.type({ factuurId: t.string, factuurnummer: t.string }))
const factuurRegistry = eventRegistry([FactuurGemaakt])

const ctx = (id: string): CommandContext => ({ commandId: id, occurredAt: '2026-03-31T12:00:00.000Z' })

describe('R27: 16 concurrent workers, 10,000 invoices, two dagboeken', () => {
  it('R27: every number is unique in the omgeving and each series is gapless, through crashes and 4 processes', async () => {
    const store = new InMemoryEventStore()
    await richtWerkvoorbeeldIn(inrichtingService(store), { administratie: 'A1', van: 26_000_000, tot: 26_999_999 })
    // A second dagboek shared by another flow: abonnementen numbers from dagboek 72.
    const opzet = inrichtingService(store)
    await opzet.richtDagboekIn(
      {
        administratie: 'A1',
        dagboek: '72',
        dagboektype: 'verkoop',
        omschrijving: 'Abonnementen',
        reeks: { prefix: 'AB', laatsteFactuurnummer: 500, tot: 999_999 },
      },
      ctx('dagboek-72'),
    )
    const soort = await opzet.richtIntegratiesoortIn(
      {
        administratie: 'A1',
        integratiesoort: 'abonnementen',
        dagboek: '72',
        omschrijvingFinancieel: 'bronNaamFactuurrelatie',
        factuurkortingGebruiken: false,
        betalingskortingGebruiken: false,
        storneren: false,
      },
      ctx('soort-abo'),
    )
    expect(isLeft(soort)).toBe(false)

    // Four "processes" (own caches, own queues) racing on the same store, four workers each.
    const processen = Array.from({ length: 4 }, () => dagboekService(store))
    const totaal = 10_000
    let volgende = 0
    let crashes = 0
    const werker = async (w: number) => {
      const service = processen[w % processen.length]!
      for (;;) {
        const i = volgende++
        if (i >= totaal) return
        const factuurId = `F-${i}`
        const integratiesoort = i % 3 === 0 ? 'abonnementen' : 'automatischeProjectfacturen'
        const vraag = { administratie: 'A1', factuurId, integratiesoort }
        let nummer = await service.kenFactuurnummerToe(vraag, ctx(`nr-${i}`))
        if (i % 97 === 0) {
          // Crash after the number, before the invoice was stored: the retry gets the same number back.
          crashes++
          nummer = await processen[(w + 1) % processen.length]!.kenFactuurnummerToe(vraag, ctx(`nr-${i}-retry`))
          if (isLeft(nummer) || nummer.right.nieuw) throw new Error('a retry must not issue a new number')
        }
        if (isLeft(nummer)) throw new Error(nummer.left.message)
        await store.appendToStream(
          `testfactuur-A1-${factuurId}`,
          [
            factuurRegistry.toNewEvent(
              { type: 'TestFactuurGemaakt', data: { factuurId, factuurnummer: nummer.right.factuurnummer } },
              { occurredAt: '2026-03-31T12:00:00.000Z' },
            ),
          ],
          'no_stream',
        )
      }
    }
    await Promise.all(Array.from({ length: 16 }, (_, w) => werker(w)))
    expect(crashes).toBeGreaterThan(100)

    const gemaakt = new Map<string, string>()
    for (let i = 0; i < totaal; i++) {
      const [event] = await store.readStream(`testfactuur-A1-F-${i}`)
      const data = event?.data as { factuurnummer: string }
      gemaakt.set(`F-${i}`, data.factuurnummer)
    }
    const nummers = [...gemaakt.values()]
    expect(new Set(nummers).size).toBe(totaal)

    const project = nummers
      .filter((n) => !n.startsWith('AB'))
      .map(Number)
      .sort((a, b) => a - b)
    const abo = nummers
      .filter((n) => n.startsWith('AB'))
      .map((n) => Number(n.slice(2)))
      .sort((a, b) => a - b)
    expect(abo.length).toBe(Math.ceil(totaal / 3))
    expect(project).toEqual(Array.from({ length: project.length }, (_, k) => 26_000_001 + k))
    expect(abo).toEqual(Array.from({ length: abo.length }, (_, k) => 501 + k))

    // The dagboek streams agree with the invoices one to one: no number issued to an invoice that was not made.
    for (const [dagboek, aantal] of [
      ['70', project.length],
      ['72', abo.length],
    ] as const) {
      const events = await store.readStream(dagboekStream('A1', dagboek))
      const toegekend = events.filter((e) => e.type === 'FactuurnummerToegekend')
      expect(toegekend.length).toBe(aantal)
      for (const e of toegekend) {
        const data = e.data as { factuurId: string; factuurnummer: string }
        expect(gemaakt.get(data.factuurId)).toBe(data.factuurnummer)
      }
    }
  })
})
