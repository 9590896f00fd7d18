import {
  type EventStore,
  HashChainingEventStore,
  InMemoryEventStore,
  type RecordedEvent,
  readAllEvents,
} from '@factuurstroom/eventsourcing'
import { factuur } from '@factuurstroom/facturatie'
import { describe, expect, it } from 'vitest'
import { bouwScenario } from '../../facturatie/src/weergaven/scenario.fixture'
import { EXIT, main, runAsOf, runReplay, runTrace, runVerify } from '../src'

/** The scenario written through the hash-chaining decorator, as a production store would be. */
const metKetens = async () => {
  const binnen = new InMemoryEventStore()
  await bouwScenario({ store: new HashChainingEventStore(binnen), opDag: () => undefined })
  return binnen
}

const kopie = async (bron: InMemoryEventStore, wijzig: (e: RecordedEvent) => RecordedEvent | undefined) => {
  const doel = new InMemoryEventStore()
  const events: RecordedEvent[] = []
  for await (const e of readAllEvents(bron)) events.push(e)
  for (const e of events) {
    const nieuw = wijzig(e)
    if (nieuw) await doel.appendToStream(nieuw.streamId, [nieuw], 'any')
  }
  return doel
}

const cli = async (store: InMemoryEventStore, argv: string[]) => {
  const uit: string[] = []
  const fout: string[] = []
  const code = await main(argv, {
    stdout: (t) => uit.push(t),
    stderr: (t) => fout.push(t),
    // The CLI closes what it opened; keep the shared store open for the next case.
    openStore: async (): Promise<EventStore> => ({
      appendToStream: (id, events, expected) => store.appendToStream(id, events, expected),
      readStream: (id, options) => store.readStream(id, options),
      readAll: (options) => store.readAll(options),
      subscribeToAll: (handler, options) => store.subscribeToAll(handler, options),
      close: async () => undefined,
    }),
    voortgang: false,
  })
  return { code, uit: uit.join('\n'), fout: fout.join('\n') }
}

describe('audit CLI on an in-memory store', async () => {
  const store = await metKetens()

  it('verify passes on an intact log: numbering, balance, reconciliation, concept lines, hash chains', async () => {
    const r = await runVerify(store)
    expect(r.controles.map((c) => [c.naam, c.problemen.length])).toEqual([
      ['factuurnummers', 0],
      ['journaalposten', 0],
      ['openstaande-posten', 0],
      ['conceptregels', 0],
      ['leesbaarheid', 0],
      ['hashketens', 0],
    ])
    expect(r.controles.find((c) => c.naam === 'factuurnummers')?.gecontroleerd).toBe(2)
    expect(r.controles.find((c) => c.naam === 'conceptregels')?.gecontroleerd).toBe(2)
    expect(r.ok).toBe(true)
    expect((await cli(store, ['verify'])).code).toBe(EXIT.ok)
  })

  it('verify --seal appends a seal, and a later verify checks it', async () => {
    const eigen = await metKetens()
    const r = await runVerify(eigen, { seal: true, sealedAt: '2026-04-05T00:00:00.000Z' })
    expect(r.seal?.eventCount).toBe(r.events)
    const daarna = await runVerify(eigen)
    expect(daarna.ok).toBe(true)
    expect(daarna.controles.find((c) => c.naam === 'hashketens')?.omschrijving).toMatch(/1 seal/)
  })

  it('a tampered log (an invoice amount edited) fails verify with a non-zero exit and names the event', async () => {
    // The forger writes the VAT figures whole, so the event still reads: only the chain and the books catch it.
    const vervalst = await kopie(store, (e) => {
      if (e.type !== 'FactuurAangemaakt' || (e.data as { factuurId: string }).factuurId !== 'F-2') return e
      const { btw } = (factuur.factuurRegistry.decodeOrThrow(e) as { data: { btw: object } }).data
      return { ...e, data: { ...(e.data as object), btw: { ...btw, totaalBruto: '149.50' } } }
    })
    const { code, uit } = await cli(vervalst, ['verify'])
    expect(code).toBe(EXIT.problemen)
    expect(uit).toMatch(/FAIL hashketens/)
    expect(uit).toMatch(/EDITED factuur-A1-F-2@/)
    expect(uit).toMatch(/FAIL openstaande-posten/)
    expect(uit).toMatch(/invoice 26000002: gross 149.50, but its open item is 1149.50/)
    expect(uit).toMatch(/RESULT: \d+ problem\(s\) found/)
  })

  it('a log chained with hex hashes fails verify with one line saying so, not an edit per event', async () => {
    const hex = (e: RecordedEvent) => Buffer.from(e.metadata.hash as string, 'base64url').toString('hex')
    const ouder = await kopie(store, (e) => ({ ...e, metadata: { ...e.metadata, hash: hex(e) } }))
    const r = await runVerify(ouder)
    expect(r.controles.find((c) => c.naam === 'hashketens')?.problemen.map((p) => p.melding)).toEqual([
      `${r.events} hash(es) are hex, first omgeving-O1@0: the log was chained before hashes were stored as base64url, which this version does not verify (chain it again by replaying it into a HashChainingEventStore)`,
    ])
  })

  it('a removed invoice number shows as a gap in its series', async () => {
    const zonder = await kopie(store, (e) =>
      e.type === 'FactuurnummerToegekend' && (e.data as { volgnummer: number }).volgnummer === 26000001 ? undefined : e,
    )
    const r = await runVerify(zonder, { zonderHashketens: true })
    const nummers = r.controles.find((c) => c.naam === 'factuurnummers')
    expect(nummers?.problemen.map((p) => p.melding)).toContain(
      'series of dagboek A1|70 has a gap: expected 26000001, got 26000002 (1 number(s) missing)',
    )
  })

  it('an unbalanced journaalpost and an unaccounted concept line are reported', async () => {
    const kapot = await kopie(store, (e) => {
      if (e.type === 'Gejournaliseerd' && (e.data as { factuurnummer: string }).factuurnummer === '26000001') {
        // The lines are stored as a table (docs/kernel.md): the first line's bedrag cell is edited.
        const d = e.data as { journaalpost: { regels: { kolommen: string[]; rijen: unknown[][] } } }
        const { kolommen, rijen } = d.journaalpost.regels
        const [eerste = [], ...rest] = rijen
        const bedrag = kolommen.indexOf('bedrag')
        const regels = { kolommen, rijen: [eerste.map((cel, i) => (i === bedrag ? '1834.63' : cel)), ...rest] }
        return { ...e, data: { ...d, journaalpost: { ...d.journaalpost, regels } } }
      }
      if (e.type === 'ConceptGefactureerd' && (e.data as { factuurId: string }).factuurId === 'F-1') {
        return { ...e, data: { ...(e.data as object), doorgeschoven: [] } }
      }
      return e
    })
    const r = await runVerify(kapot, { zonderHashketens: true })
    const melding = (naam: string) => r.controles.find((c) => c.naam === naam)?.problemen.map((p) => p.melding)
    expect(melding('journaalposten')?.[0]).toMatch(
      /journaalpost of 26000001 \(dagboek 70\) is not in balance: debet 1834.63, credit 1834.36/,
    )
    expect(melding('conceptregels')).toEqual(['concept C-1: line n4 was neither invoiced, deferred nor written off'])
    expect(r.ok).toBe(false)
  })

  it('trace follows an invoice number back to the concept lines and their nacalculatie, with positions and dates', async () => {
    const t = await runTrace(store, '26000001')
    expect(t?.factuurId).toBe('F-1')
    expect(t?.journaal?.regels.map((r) => [r.rekening, r.zijde, r.bedrag])).toEqual([
      ['1300', 'debet', '1834.36'],
      ['8000', 'credit', '1516.00'],
      ['1510', 'credit', '318.36'],
    ])
    expect(t?.concepten.map((c) => [c.conceptId, c.gefactureerd?.type])).toEqual([['C-1', 'ConceptGefactureerd']])
    const adv = t?.regels.find((r) => r.omschrijving === 'ADV')
    expect(adv?.conceptregels.map((c) => [c.regelId, c.nacalculatieRegelId, c.toegevoegd?.type])).toEqual([
      ['n1', 'n1', 'ConceptRegelsToegevoegd'],
      ['n2', 'n2', 'ConceptRegelsToegevoegd'],
      [expect.stringMatching(/^afronding/), null, 'AfrondingsregelBerekend'],
    ])
    const { code, uit } = await cli(store, ['trace', '26000001'])
    expect(code).toBe(EXIT.ok)
    expect(uit).toMatch(/concept line n1 .* ← nacalculatie n1; ConceptRegelsToegevoegd at position \d+/)
    expect((await cli(store, ['trace', '99'])).code).toBe(EXIT.problemen)
  })

  it('replay rebuilds every view and reconciles; as-of shows a view at a position', async () => {
    const r = await runReplay(store)
    expect(r.aantallen).toMatchObject({
      facturen: 2,
      nietVerwerkt: 1,
      concepten: 3,
      openstaandePosten: 2,
      journaalposten: 2,
    })
    expect(r.aansluiting.klopt).toBe(true)
    const events: RecordedEvent[] = []
    for await (const e of readAllEvents(store)) events.push(e)
    const eerste = events.find((e) => e.type === 'Gefactureerd')?.globalPosition as bigint
    const asOf = await runAsOf(store, '2026-12-31', 'alle-facturen', { positie: eerste })
    expect(asOf.rijen.map((r) => (r as { factuurnummer: string }).factuurnummer)).toEqual(['26000001'])
    const { code, uit } = await cli(store, ['as-of', '2026-12-31', 'openstaand-per-debiteur'])
    expect(code).toBe(EXIT.ok)
    expect(uit).toMatch(/10032\s+EUR\s+1\s+1834.36/)
    expect((await cli(store, ['as-of', '2026-12-31', 'onbekend'])).code).toBe(EXIT.fout)
  })

  it('R12: as-of says which authorisation it runs under: all relaties for an auditor, or --als <medewerker>', async () => {
    const alle = await cli(store, ['as-of', '2026-12-31', 'alle-facturen'])
    expect(alle.uit).toMatch(/as alle relaties: 2 row\(s\)/)
    const anna = await cli(store, ['as-of', '2026-12-31', 'alle-facturen', '--als', 'anna'])
    expect(anna.code).toBe(EXIT.ok)
    expect(anna.uit).toMatch(/as medewerker anna: 1 row\(s\)/)
    expect(anna.uit).toContain('26000002')
    expect(anna.uit).not.toContain('26000001')
    const posten = await runAsOf(store, '2026-12-31', 'openstaand-per-debiteur', { als: 'piet' })
    expect([posten.autorisatie, posten.rijen.map((r) => (r as { debiteur: string }).debiteur)]).toEqual([
      'medewerker piet',
      ['10032'],
    ])
    const niemand = await runAsOf(store, '2026-12-31', 'journaal-per-periode', { als: 'onbekend' })
    expect(niemand.rijen).toEqual([])
  })

  it('hostile arguments: exit 2 with a message on stderr, never a stack trace, and nothing written', async () => {
    let voor: bigint | undefined
    for await (const e of readAllEvents(store)) voor = e.globalPosition
    const gevallen = [
      ['trace', 'a\u0000b'],
      ['trace', '\u202e26000001'],
      ['trace', "'; DROP TABLE events; --"],
      ['as-of', '2025-02-30', 'facturen'],
      ['as-of', '2026-04-01', '../../etc/passwd'],
      ['as-of', '2026-04-01', 'facturen', '--position', 'abc'],
      ['as-of', '2026-04-01', 'facturen', '--position', '-1'],
      ['as-of', '2026-04-01', 'facturen', '--administratie', 'a/b'],
      ['as-of', '2026-04-01', 'facturen', '--relatie', 'x'.repeat(10_000)],
      ['bestaat-niet'],
    ]
    for (const argv of gevallen) {
      const { code, uit, fout } = await cli(store, argv)
      const wat = argv.join(' ').slice(0, 60)
      expect([code, fout.length > 0], `${wat}: ${uit} ${fout}`).toEqual([EXIT.fout, true])
      expect(fout, wat).not.toMatch(/\n\s+at /)
    }
    let na: bigint | undefined
    for await (const e of readAllEvents(store)) na = e.globalPosition
    expect(na).toBe(voor)
  })
})
