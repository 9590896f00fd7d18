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

/** A cockpit without the host's output (as the main job runs it): verstrekken only records the invoice as issued. */
const zonderUitvoer = (store: EventStore) => facturatiecockpit(store, kalePoorten(store))

/** Three manual invoices H-1..H-3, numbered 26000001..26000003; the count of appends starts after them. */
const drieFacturen = async (binnen: EventStore, meerstroom: boolean) => {
  const store = new TellendeStore(binnen, meerstroom)
  await maakCockpit({ store })
  const cockpit = zonderUitvoer(store)
  for (const factuurId of H) {
    const opdracht = werkvoorbeeldOpdracht({ bron: 'handmatig', bronId: factuurId })
    const gemaakt = await cockpit.factureerHandmatig({ administratie: 'A1', factuurId, opdracht }, ctx())
    if (isLeft(gemaakt)) throw new Error(gemaakt.left.message)
  }
  return { store, cockpit, na: await store.telVanaf() }
}

const verstrekt = (factuurId: string, commandId: string, oorzaak: string | null = 'selectie-1') => ({
  streamId: factuurStreamId('A1', factuurId),
  type: 'FactuurVerstrekt',
  data: {
    administratie: 'A1',
    factuurId,
    factuurnummer: `2600000${factuurId.slice(2)}`,
    rapport: 'factuur',
    wijze: 'emailPdf',
    tijdstip,
    volledigVerstrekt: true,
  },
  commandId,
  causationId: oorzaak ?? undefined,
})

const domein = (e: ReturnType<typeof verstrekt>) => ({ type: e.type, data: e.data })

describe.each(teltStores)('verstrekAlle (%s)', (_naam, nieuweStore, meerstroom) => {
  it('R22: given three numbered invoices, when the selection is issued, then each gets what verstrek records, in one append', async () => {
    const { store, cockpit, na } = await drieFacturen(await nieuweStore(), meerstroom)
    const antwoord = await cockpit.verstrekAlle({ administratie: 'A1', factuurIds: [...H] }, selectie('selectie-1'))
    const verwacht = H.map((id) => verstrekt(id, `selectie-1:${id}`))
    expect(await store.eventsNa(na)).toEqual(verwacht)
    expect(store.appends).toEqual(meerstroom ? [3] : [1, 1, 1])
    expect(isLeft(antwoord) ? antwoord.left : antwoord.right.map((a) => [a.factuurId, a.uitkomst])).toEqual(
      H.map((id, i) => [
        id,
        {
          _tag: 'Right',
          right: expect.objectContaining({
            events: [domein(verwacht[i] as ReturnType<typeof verstrekt>)],
            duplicate: false,
          }),
        },
      ]),
    )

    // The same invoices issued one by one under the same command ids: the same events.
    const { store: los, cockpit: enkel, na: losNa } = await drieFacturen(await nieuweStore(), meerstroom)
    for (const id of H)
      await enkel.verstrek(
        { administratie: 'A1', factuurId: id },
        { ...selectie(`selectie-1:${id}`), causationId: 'selectie-1', correlationId: 'selectie-1' },
      )
    expect(await los.eventsNa(losNa)).toEqual(verwacht)
    expect(los.appends).toEqual([1, 1, 1])
    await Promise.all([store.close(), los.close()])
  })

  it('R22: a refused invoice is its own answer; the others are issued', async () => {
    const { store, cockpit, na } = await drieFacturen(await nieuweStore(), meerstroom)
    const antwoord = await cockpit.verstrekAlle(
      { administratie: 'A1', factuurIds: ['H-1', 'H-9', 'H-3'] },
      selectie('selectie-1'),
    )
    expect(await store.eventsNa(na)).toEqual([verstrekt('H-1', 'selectie-1:H-1'), verstrekt('H-3', 'selectie-1:H-3')])
    expect(store.appends).toEqual(meerstroom ? [2] : [1, 1])
    const codes = isLeft(antwoord)
      ? []
      : antwoord.right.map((a) => [a.factuurId, isLeft(a.uitkomst) ? a.uitkomst.left.code : 'ok'])
    expect(codes).toEqual([
      ['H-1', 'ok'],
      ['H-9', 'FACTUUR_ONBEKEND'],
      ['H-3', 'ok'],
    ])
    await store.close()
  })

  it('R22: the same selection sent again (same command id) is a duplicate per invoice and appends nothing', async () => {
    const { store, cockpit, na } = await drieFacturen(await nieuweStore(), meerstroom)
    await cockpit.verstrekAlle({ administratie: 'A1', factuurIds: [...H] }, selectie('selectie-1'))
    store.appends.length = 0
    const opnieuw = await cockpit.verstrekAlle({ administratie: 'A1', factuurIds: [...H] }, selectie('selectie-1'))
    expect(store.appends).toEqual([])
    expect(await store.eventsNa(na)).toEqual(H.map((id) => verstrekt(id, `selectie-1:${id}`)))
    expect(isLeft(opnieuw) ? [] : opnieuw.right.map((a) => !isLeft(a.uitkomst) && a.uitkomst.right.duplicate)).toEqual([
      true,
      true,
      true,
    ])
    await store.close()
  })

  it('R22: another process issuing one invoice first makes the append conflict; the selection is decided again', async () => {
    const { store, cockpit, na } = await drieFacturen(await nieuweStore(), meerstroom)
    const ander = zonderUitvoer(store)
    store.ertussen(factuurStreamId('A1', 'H-2'), () =>
      ander.verstrek({ administratie: 'A1', factuurId: 'H-2' }, selectie('ander-1')),
    )
    const antwoord = await cockpit.verstrekAlle({ administratie: 'A1', factuurIds: [...H] }, selectie('selectie-1'))
    const andere = verstrekt('H-2', 'ander-1', null)
    const uitkomsten = isLeft(antwoord)
      ? []
      : antwoord.right.map((a) =>
          isLeft(a.uitkomst) ? a.uitkomst.left.code : [a.uitkomst.right.events.length, a.uitkomst.right.duplicate],
        )
    if (meerstroom) {
      // All or nothing: the conflict wrote nothing, the retry writes H-1 and H-3; H-2 was issued already.
      expect(await store.eventsNa(na)).toEqual([
        andere,
        verstrekt('H-1', 'selectie-1:H-1'),
        verstrekt('H-3', 'selectie-1:H-3'),
      ])
      expect(store.appends).toEqual([1, 3, 2])
      expect(uitkomsten).toEqual([
        [1, false],
        [0, false],
        [1, false],
      ])
    } else {
      // One after another: H-1 was written before the conflict, and the retry finds it by its command id.
      expect(await store.eventsNa(na)).toEqual([
        verstrekt('H-1', 'selectie-1:H-1'),
        andere,
        verstrekt('H-3', 'selectie-1:H-3'),
      ])
      expect(store.appends).toEqual([1, 1, 1, 1])
      expect(uitkomsten).toEqual([
        [1, true],
        [0, false],
        [1, false],
      ])
    }
    await store.close()
  })

  it('bad input: an invoice named twice or a bad code is a decode error naming field and value; nothing is written', async () => {
    const { store, cockpit, na } = await drieFacturen(await nieuweStore(), meerstroom)
    const twee = await cockpit.verstrekAlle({ administratie: 'A1', factuurIds: ['H-1', 'H-2', 'H-1'] }, selectie('s-1'))
    const fout = await cockpit.verstrekAlle({ administratie: 'A1', factuurIds: ['H-1', 'H 2'] }, selectie('s-2'))
    expect([twee, fout].map((a) => (isLeft(a) ? [a.left.code, a.left.message] : 'Right'))).toEqual([
      [
        'DECODE_FAILED',
        'Invalid VerstrekAlle: 0.factuurIds.2: expected each code once: H-1 is named before (got "H-1")',
      ],
      ['DECODE_FAILED', expect.stringContaining('0.factuurIds.1: expected Code')],
    ])
    expect(isLeft(fout) && fout.left.message).toContain('(got "H 2")')
    expect(store.appends).toEqual([])
    expect(await store.eventsNa(na)).toEqual([])
    await store.close()
  })
})
