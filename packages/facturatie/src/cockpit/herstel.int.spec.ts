import {
  type DomainEvent,
  type EventRegistry,
  type EventStore,
  InMemoryEventStore,
  readAllEvents,
} from '@factuurstroom/eventsourcing'
import { isLeft, isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { factuurRegistry } from '../factuur/events'
import { abonnementsregels, CrashendeStore, ctx, maakCockpit, profiel, richtIntegratiesoortIn } from './cockpit.fixture'
import { teFacturerenRegistry } from './te-factureren/events'

const opties = { administratie: 'A1', runId: 'RUN-2026-04', peildatum: '2026-04-01', factuurdatum: '2026-04-01' }

const registries: Record<string, EventRegistry<DomainEvent> | undefined> = {
  FactuurAangemaakt: factuurRegistry,
  TeFacturerenRegelsKlaargezet: teFacturerenRegistry,
}

/** What must be the same however a run was interrupted: invoices, their numbers and lines, numbers consumed. */
const eindtoestand = async (store: EventStore) => {
  const facturen = new Map<string, { nummer?: string; regels: string[] }>()
  let nummersToegekend = 0
  let teFactureren = 0
  const groepen = new Map<string, number>()
  for await (const opgeslagen of readAllEvents(store)) {
    // Both are stored compactly (lists as tables): their registries read them back as domain data.
    const event = registries[opgeslagen.type]?.decodeOrThrow(opgeslagen) ?? opgeslagen
    const data = event.data as {
      factuurId: string
      factuurnummer: string
      opdracht: { regels: { regelId: string }[] }
      facturen: { factuurId: string; regelIds: string[] }[]
    }
    if (event.type === 'FactuurAangemaakt')
      facturen.set(data.factuurId, { regels: data.opdracht.regels.map((r) => r.regelId) })
    if (event.type === 'Gefactureerd') facturen.get(data.factuurId)!.nummer = data.factuurnummer
    if (event.type === 'FactuurnummerToegekend') nummersToegekend++
    if (event.type === 'TeFacturerenRegelsKlaargezet' || event.type === 'VerzamelfacturenSamengesteld')
      for (const f of data.facturen) groepen.set(f.factuurId, f.regelIds.length)
    if (event.type === 'TeFacturerenRegelsKlaargezet')
      teFactureren += (event.data as { regels: unknown[] }).regels.length
    if (event.type === 'TeFacturerenRegelsGefactureerd') teFactureren -= groepen.get(data.factuurId) ?? 0
  }
  return { facturen: [...facturen.entries()].sort(([a], [b]) => a.localeCompare(b)), nummersToegekend, teFactureren }
}

describe('R21: factureren te factureren regels after a run stopped half way', () => {
  // With appendToStreams, each invoice is created and numbered in one append.
  it.each([
    ['one stream per append', false, 1 + 6 * 3 + 1],
    ['several streams per append', true, 1 + 6 + 1],
  ])(
    'R21: a crash after k appends, for every k, ends exactly like an uninterrupted run (%s)',
    async (_, meerstroom, appends) => {
      const regels = abonnementsregels(3, 2, 2)
      const ongestoord = await maakCockpit()
      const r = await ongestoord.cockpit.factureerAbonnementen(opties, regels, ctx())
      expect(isRight(r) && r.right.facturen.length).toBe(6)
      const verwacht = await eindtoestand(ongestoord.store)
      expect(verwacht.nummersToegekend).toBe(6)
      expect(verwacht.teFactureren).toBe(0)
      expect(verwacht.facturen.map(([, f]) => f.nummer)).toEqual([
        '26000001',
        '26000002',
        '26000003',
        '26000004',
        '26000005',
        '26000006',
      ])

      // Every k until the run needs no more than k appends.
      let k = 1
      for (; ; k++) {
        const store = new CrashendeStore(new InMemoryEventStore(), meerstroom)
        const { cockpit } = await maakCockpit({ store })
        store.crashNa(k)
        const uitkomst = await cockpit.factureerAbonnementen(opties, regels, ctx()).then(
          () => 'voltooid',
          (error: Error) => error.message,
        )
        store.herstel()
        if (uitkomst === 'voltooid') break
        expect(uitkomst).toBe('crash')
        const hersteld = await cockpit.factureerTeFacturerenRegels({ administratie: 'A1' }, ctx())
        expect(isRight(hersteld)).toBe(true)
        expect(await eindtoestand(store), `crash after ${k} appends`).toEqual(verwacht)
        // Handing the same lines in again (a new run) invoices nothing twice.
        const opnieuw = await cockpit.factureerAbonnementen({ ...opties, runId: 'RUN-2' }, regels, ctx())
        expect(isRight(opnieuw) && opnieuw.right.alKlaargezet.length).toBe(12)
        expect(await eindtoestand(store)).toEqual(verwacht)
      }
      // The run's appends: its staging, per invoice create, number and "gefactureerd", and one batch of marks.
      expect(k).toBe(appends)
    },
  )

  it('R21: a run staged in several appends that stops between them continues where it stopped: every line staged once', async () => {
    const regels = abonnementsregels(10, 30, 10)
    const verzamelend = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [
        `${10000 + i}`,
        profiel(`${10000 + i}`, { verzamelmethode: 'perVerkooprelatie' }),
      ]),
    )
    const staging = async (store: EventStore) => {
      const delen: [number, boolean][] = []
      for await (const event of readAllEvents(store))
        if (event.type === 'TeFacturerenRegelsKlaargezet') {
          const d = event.data as { deel: number; laatste: boolean }
          delen.push([d.deel, d.laatste])
        }
      return delen
    }
    const ongestoord = await maakCockpit({ profielen: { ...verzamelend } })
    const r = await ongestoord.cockpit.factureerAbonnementen(opties, regels, ctx())
    expect(isRight(r) && r.right.wachtend).toBe(3_000)
    const wachtend = (await ongestoord.cockpit.teFacturerenRegels('A1')).wachtend.map((w) => w.id)
    const verwacht = await staging(ongestoord.store)
    // More than 16 parts: two appends; the crash comes after the first.
    expect(verwacht.length).toBeGreaterThan(16)
    expect(verwacht.length).toBeLessThanOrEqual(32)

    const store = new CrashendeStore(new InMemoryEventStore())
    const { cockpit } = await maakCockpit({ store, profielen: { ...verzamelend } })
    store.crashNa(1)
    await expect(cockpit.factureerAbonnementen(opties, regels, ctx())).rejects.toThrow('crash')
    store.herstel()
    const opnieuw = await cockpit.factureerAbonnementen(opties, regels, ctx())
    expect(isRight(opnieuw) && opnieuw.right.alKlaargezet).toEqual([])
    expect((await cockpit.teFacturerenRegels('A1')).wachtend.map((w) => w.id)).toEqual(wachtend)
    expect(await staging(store), 'crash after the first append').toEqual(verwacht)
  })

  it('R21: a blocked relatie stops the run; after unblocking, the staged lines are invoiced with the same numbers', async () => {
    const regels = abonnementsregels(3, 2, 2)
    const ongestoord = await maakCockpit()
    await ongestoord.cockpit.factureerAbonnementen(opties, regels, ctx())
    const verwacht = await eindtoestand(ongestoord.store)

    const { store, cockpit, profielen } = await maakCockpit({
      profielen: { '10001': profiel('10001', { geblokkeerd: true }) },
    })
    const geblokkeerd = await cockpit.factureerAbonnementen(opties, regels, ctx())
    expect(isLeft(geblokkeerd) && geblokkeerd.left.code).toBe('RELATIE_GEBLOKKEERD')
    const half = await eindtoestand(store)
    expect(half.facturen.filter(([, f]) => f.nummer).length).toBe(2)
    expect((await cockpit.teFacturerenRegels('A1')).facturen.length).toBe(4)

    profielen['10001'] = profiel('10001')
    const hersteld = await cockpit.factureerTeFacturerenRegels({ administratie: 'A1' }, ctx())
    expect(isRight(hersteld) && hersteld.right.facturen.length).toBe(4)
    expect(await eindtoestand(store)).toEqual(verwacht)
  })

  it('R21/R26: a missing integratiesoort stops the run without consuming a number; once set up, recovery finishes', async () => {
    const { store, cockpit, inrichting } = await maakCockpit({ integratiesoorten: [] })
    const inschrijvingen = abonnementsregels(2, 1, 1).map(({ abonnementId, periode, ...r }) => ({
      ...r,
      cursusId: 'CUR-1',
      inschrijvingId: abonnementId,
      datum: periode.van,
    }))
    const mislukt = await cockpit.factureerCursussen(
      { administratie: 'A1', runId: 'CUR-RUN', factuurdatum: '2026-04-01' },
      inschrijvingen,
      ctx(),
    )
    expect(isLeft(mislukt)).toBe(true)
    expect((await eindtoestand(store)).nummersToegekend).toBe(0)
    await richtIntegratiesoortIn(inrichting, 'cursussen')
    const hersteld = await cockpit.factureerTeFacturerenRegels({ administratie: 'A1' }, ctx())
    expect(isRight(hersteld) && hersteld.right.facturen.map((f) => f.factuurnummer)).toEqual(['26000001', '26000002'])
  })

  it('R21: two processes recovering the same staged lines at once still make each invoice once', async () => {
    const regels = abonnementsregels(4, 2, 1)
    const ongestoord = await maakCockpit()
    await ongestoord.cockpit.factureerAbonnementen(opties, regels, ctx())
    const verwacht = await eindtoestand(ongestoord.store)

    const { store, cockpit, profielen, maakTweede } = await maakCockpit({
      profielen: { '10000': profiel('10000', { geblokkeerd: true }) },
    })
    const geblokkeerd = await cockpit.factureerAbonnementen(opties, regels, ctx())
    expect(isLeft(geblokkeerd) && geblokkeerd.left.code).toBe('RELATIE_GEBLOKKEERD')
    profielen['10000'] = profiel('10000')
    const tweede = maakTweede()
    const [a, b] = await Promise.all([
      cockpit.factureerTeFacturerenRegels({ administratie: 'A1' }, ctx()),
      tweede.factureerTeFacturerenRegels({ administratie: 'A1' }, ctx()),
    ])
    expect([isRight(a), isRight(b)]).toEqual([true, true])
    expect(await eindtoestand(store)).toEqual(verwacht)
  })
})
