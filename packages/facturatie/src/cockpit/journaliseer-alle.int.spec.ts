import type { CommandContext, EventStore } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { factuurStreamId } from '../factuur'
import { werkvoorbeeldOpdracht } from '../journalisering/werkvoorbeeld.fixture'
import { ctx, kalePoorten, maakCockpit } from './cockpit.fixture'
import { facturatiecockpit } from './service'
import { TellendeStore, teltStores } from './tellende-store.fixture'

const tijdstip = '2026-04-01T09:00:00.000Z'
const selectie = (commandId: string): CommandContext => ({ commandId, occurredAt: tijdstip, actor: 'boekhouder' })
const H = ['H-1', 'H-2', 'H-3'] as const

/** Three manual invoices H-1..H-3, numbered 26000001..26000003; the count of appends starts after them. */
const drieFacturen = async (binnen: EventStore, meerstroom: boolean) => {
  const store = new TellendeStore(binnen, meerstroom)
  await maakCockpit({ store })
  const cockpit = facturatiecockpit(store, kalePoorten(store))
  for (const factuurId of H) {
    const opdracht = werkvoorbeeldOpdracht({ bron: 'handmatig', bronId: factuurId })
    const gemaakt = await cockpit.factureerHandmatig({ administratie: 'A1', factuurId, opdracht }, ctx())
    if (isLeft(gemaakt)) throw new Error(gemaakt.left.message)
  }
  return { store, cockpit, na: await store.telVanaf() }
}

/** Each invoice's answer: its code when refused, else its events' types and whether it was a duplicate. */
const antwoorden = (antwoord: Awaited<ReturnType<ReturnType<typeof facturatiecockpit>['journaliseerAlle']>>) =>
  isLeft(antwoord)
    ? antwoord.left.code
    : antwoord.right.map(({ factuurId, uitkomst }) => {
        if (isLeft(uitkomst)) return [factuurId, uitkomst.left.code]
        const { events, duplicate } = uitkomst.right as { events: { type: string }[]; duplicate: boolean }
        return [factuurId, events.map((e) => e.type), duplicate]
      })

const dagboek = 'dagboek-A1-70'
/** The journalising of one invoice as the events list shows it: the dagboek's post, then the invoice's. */
const geboekt = (factuurId: string, oorzaak: string) => [
  { streamId: dagboek, type: 'Gejournaliseerd', commandId: `journaliseer:A1:${factuurId}`, causationId: oorzaak },
  {
    streamId: factuurStreamId('A1', factuurId),
    type: 'FactuurGejournaliseerd',
    commandId: oorzaak,
    causationId: oorzaak.split(':')[0],
  },
]
const kort = (events: { streamId: string; type: string; commandId?: string; causationId?: string }[]) =>
  events.map(({ streamId, type, commandId, causationId }) => ({ streamId, type, commandId, causationId }))

describe.each(teltStores)('journaliseerAlle (%s)', (_naam, nieuweStore, meerstroom) => {
  it('R30: given three numbered invoices, when the selection is journalised, then each gets what journaliseer records, in one append', async () => {
    const { store, cockpit, na } = await drieFacturen(await nieuweStore(), meerstroom)
    const antwoord = await cockpit.journaliseerAlle({ administratie: 'A1', factuurIds: [...H] }, selectie('sel-1'))
    const events = await store.eventsNa(na)
    expect(kort(events)).toEqual(H.flatMap((id) => geboekt(id, `sel-1:${id}`)))
    expect(store.appends).toEqual(meerstroom ? [6] : [1, 1, 1, 1, 1, 1])
    expect(antwoorden(antwoord)).toEqual(H.map((id) => [id, ['FactuurGejournaliseerd'], false]))

    // The same invoices journalised one by one under the same command ids: the same events, data and all.
    const { store: los, cockpit: enkel, na: losNa } = await drieFacturen(await nieuweStore(), meerstroom)
    for (const id of H)
      await enkel.journaliseer(
        { administratie: 'A1', factuurId: id },
        { ...selectie(`sel-1:${id}`), causationId: 'sel-1', correlationId: 'sel-1' },
      )
    expect(await los.eventsNa(losNa)).toEqual(events)
    expect(los.appends).toEqual(meerstroom ? [2, 2, 2] : [1, 1, 1, 1, 1, 1])
    await Promise.all([store.close(), los.close()])
  })

  it('R30: an invoice journalised already or unknown is its own answer; the others are journalised', async () => {
    const { store, cockpit, na } = await drieFacturen(await nieuweStore(), meerstroom)
    await cockpit.journaliseer({ administratie: 'A1', factuurId: 'H-2' }, selectie('eerder'))
    store.appends.length = 0
    const antwoord = await cockpit.journaliseerAlle(
      { administratie: 'A1', factuurIds: ['H-1', 'H-2', 'H-9', 'H-3'] },
      selectie('sel-1'),
    )
    expect(kort(await store.eventsNa(na))).toEqual([
      { ...geboekt('H-2', 'eerder')[0], commandId: 'journaliseer:A1:H-2', causationId: 'eerder' },
      { ...geboekt('H-2', 'eerder')[1], commandId: 'eerder', causationId: undefined },
      ...geboekt('H-1', 'sel-1:H-1'),
      ...geboekt('H-3', 'sel-1:H-3'),
    ])
    expect(store.appends).toEqual(meerstroom ? [4] : [1, 1, 1, 1])
    expect(antwoorden(antwoord)).toEqual([
      ['H-1', ['FactuurGejournaliseerd'], false],
      ['H-2', 'FACTUUR_AL_GEJOURNALISEERD'],
      ['H-9', 'FACTUUR_ONBEKEND'],
      ['H-3', ['FactuurGejournaliseerd'], false],
    ])
    await store.close()
  })

  it('R30: the same selection sent again (same command id) is answered as journaliseer answers a retry; nothing is appended', async () => {
    const { store, cockpit, na } = await drieFacturen(await nieuweStore(), meerstroom)
    await cockpit.journaliseerAlle({ administratie: 'A1', factuurIds: [...H] }, selectie('sel-1'))
    store.appends.length = 0
    const opnieuw = await cockpit.journaliseerAlle({ administratie: 'A1', factuurIds: [...H] }, selectie('sel-1'))
    const enkel = await cockpit.journaliseer({ administratie: 'A1', factuurId: 'H-1' }, selectie('sel-1:H-1'))
    expect(store.appends).toEqual([])
    expect(kort(await store.eventsNa(na))).toEqual(H.flatMap((id) => geboekt(id, `sel-1:${id}`)))
    expect(antwoorden(opnieuw)).toEqual(H.map((id) => [id, 'FACTUUR_AL_GEJOURNALISEERD']))
    expect(isLeft(enkel) && enkel.left.code).toBe('FACTUUR_AL_GEJOURNALISEERD')
    await store.close()
  })

  it('R30: another process journalising one invoice first makes the append conflict; the selection is decided again', async () => {
    const { store, cockpit, na } = await drieFacturen(await nieuweStore(), meerstroom)
    const ander = facturatiecockpit(store, kalePoorten(store))
    store.ertussen(dagboek, () => ander.journaliseer({ administratie: 'A1', factuurId: 'H-2' }, selectie('ander')))
    const antwoord = await cockpit.journaliseerAlle({ administratie: 'A1', factuurIds: [...H] }, selectie('sel-1'))
    const andere = [
      { ...geboekt('H-2', 'ander')[0], causationId: 'ander' },
      { ...geboekt('H-2', 'ander')[1], causationId: undefined },
    ]
    // All or nothing: the conflict wrote nothing; the retry journalises H-1 and H-3, and H-2 is refused. One by one,
    // the other process goes first on H-1's dagboek append, which then decides on the new tail.
    expect(kort(await store.eventsNa(na))).toEqual([
      ...andere,
      ...geboekt('H-1', 'sel-1:H-1'),
      ...geboekt('H-3', 'sel-1:H-3'),
    ])
    if (meerstroom) expect(store.appends).toEqual([2, 6, 4])
    expect(antwoorden(antwoord)).toEqual([
      ['H-1', ['FactuurGejournaliseerd'], false],
      ['H-2', 'FACTUUR_AL_GEJOURNALISEERD'],
      ['H-3', ['FactuurGejournaliseerd'], false],
    ])
    await store.close()
  })

  it('bad input: an invoice named twice or a bad date is a decode error naming field and value; nothing is written', async () => {
    const { store, cockpit, na } = await drieFacturen(await nieuweStore(), meerstroom)
    const twee = await cockpit.journaliseerAlle(
      { administratie: 'A1', factuurIds: ['H-1', 'H-2', 'H-1'] },
      selectie('s-1'),
    )
    const fout = await cockpit.journaliseerAlle(
      { administratie: 'A1', factuurIds: ['H-1'], boekdatum: '2026-13-01' },
      selectie('s-2'),
    )
    expect([twee, fout].map((a) => (isLeft(a) ? [a.left.code, a.left.message] : 'Right'))).toEqual([
      [
        'DECODE_FAILED',
        'Invalid JournaliseerAlle: 0.factuurIds.2: expected each code once: H-1 is named before (got "H-1")',
      ],
      ['DECODE_FAILED', expect.stringContaining('1.boekdatum')],
    ])
    expect(isLeft(fout) && fout.left.message).toContain('(got "2026-13-01")')
    expect(store.appends).toEqual([])
    expect(await store.eventsNa(na)).toEqual([])
    await store.close()
  })
})
