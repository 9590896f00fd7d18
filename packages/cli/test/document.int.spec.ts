import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type EventStore, InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { factuur } from '@factuurstroom/facturatie'
import { afterAll, describe, expect, it } from 'vitest'
import { bedrijfsregelfouten } from '../../documenten/test/bedrijfsregels'
import { pdfPaginas } from '../../documenten/test/pdftekst'
import { binnenlandseOpdracht, creditnotaEvents, factuurEvents } from '../../documenten/test/voorbeelden.fixture'
import { valideerXsd } from '../../documenten/test/xsd'
import { main } from '../src'

const metadata = { commandId: 'fixture', occurredAt: '2026-04-01T09:00:00.000Z' }
const schrijf = async (store: InMemoryEventStore, factuurId: string, events: factuur.FactuurEvent[]) => {
  await store.appendToStream(
    factuur.factuurStreamId('A1', factuurId),
    events.map((e) => factuur.factuurRegistry.toNewEvent(e, metadata)),
    'any',
  )
}

const cli = async (store: InMemoryEventStore, argv: string[]) => {
  const uit: string[] = []
  const fout: string[] = []
  const code = await main(argv, {
    stdout: (t) => uit.push(t),
    stderr: (t) => fout.push(t),
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

describe('factuurstroom document <factuurnummer>', async () => {
  const store = new InMemoryEventStore()
  await schrijf(store, 'F-26000001', factuurEvents(binnenlandseOpdracht(), '26000001'))
  await schrijf(store, 'F-26900001', creditnotaEvents())
  const map = await mkdtemp(join(tmpdir(), 'document-'))
  afterAll(() => rm(map, { recursive: true, force: true }))

  it('writes the PDF and the UBL of an invoice from its events', async () => {
    const pdf = join(map, 'f.pdf')
    const ubl = join(map, 'f.xml')
    const r = await cli(store, ['document', '26000001', '--pdf', pdf, '--ubl', ubl])
    expect([r.code, r.fout]).toEqual([0, ''])
    expect(r.uit).toMatch(/^ubl: .*f\.xml \(\d+ bytes\)\npdf: .*f\.pdf \(\d+ bytes\)$/)
    const xml = await readFile(ubl, 'utf8')
    expect(await valideerXsd(xml)).toEqual({ valid: true, fouten: [] })
    expect(bedrijfsregelfouten(xml)).toEqual([])
    expect((await pdfPaginas(await readFile(pdf))).join('\n')).toContain('Totaal incl. btw (EUR) 1.061,10')
  })

  it('a credit note by its number, only the UBL', async () => {
    const ubl = join(map, 'c.xml')
    const r = await cli(store, ['document', '26900001', '--ubl', ubl])
    expect(r.code).toBe(0)
    expect(await readFile(ubl, 'utf8')).toContain('<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>')
  })

  it('an unknown number exits 2 with a clear message', async () => {
    const r = await cli(store, ['document', '99999999', '--pdf', join(map, 'x.pdf')])
    expect([r.code, r.fout]).toEqual([2, 'No invoice with number 99999999 in this log.\n'])
  })
})
