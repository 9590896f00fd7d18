import { type CommandContext, type EventStore, metadataFor } from '@factuurstroom/eventsourcing'
import { isLeft, right } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { dagboekService } from '../../dagboek'
import { factuurDecider, factuurRegistry, factuurStreamId } from '../../factuur'
import { stap } from '../../gedeeld/stap'
import { werkvoorbeeldOpdracht } from '../../journalisering/werkvoorbeeld.fixture'
import { kalePoorten, maakCockpit } from '../cockpit.fixture'
import { TellendeStore, teltStores } from '../tellende-store.fixture'
import { cockpitWiring } from '../wiring'
import { maakEnNummer } from './maak-en-nummer'
import { maakFactuurcommand } from './maak-factuurcommand'

const actie = (commandId: string): CommandContext => ({
  commandId,
  occurredAt: '2026-04-01T09:00:00.000Z',
  actor: 'boekhouder',
})

/** One process's wiring over the store: its own dagboek service and caches. */
const proces = (store: EventStore) => cockpitWiring(store, kalePoorten(store))

/** A set-up store, one process over it, and the command that makes invoice H-1; appends are counted from here. */
const opzet = async (binnen: EventStore, meerstroom: boolean) => {
  const store = new TellendeStore(binnen, meerstroom)
  await maakCockpit({ store })
  const w = proces(store)
  const opdracht = werkvoorbeeldOpdracht({ bron: 'handmatig', bronId: 'H-1' })
  const command = await maakFactuurcommand(w, {
    administratie: 'A1',
    factuurId: 'H-1',
    integratiesoort: 'handmatigeProjectfacturen',
    opdracht,
    herkomst: {},
  })
  if (isLeft(command)) throw new Error(command.left.message)
  return { store, w, command: command.right, na: await store.telVanaf() }
}

describe.each(teltStores)('maakEnNummer (%s)', (_naam, nieuweStore, meerstroom) => {
  it('creates and numbers a new invoice: its creation, the dagboek number and Gefactureerd, each under its own step', async () => {
    const { store, w, command, na } = await opzet(await nieuweStore(), meerstroom)
    expect(await maakEnNummer(w, command, 'A1', 'H-1', actie('hand-1'))).toEqual(
      right({ factuurId: 'H-1', factuurnummer: '26000001' }),
    )
    // One append with appendToStreams; otherwise the creation, then the number, then Gefactureerd.
    expect(store.appends).toEqual(meerstroom ? [3] : [1, 1, 1])
    const gemaakt = factuurDecider.decide(command, factuurDecider.initialState())
    if (isLeft(gemaakt) || !Array.isArray(gemaakt.right)) throw new Error('MaakFactuur refused')
    const [aangemaakt] = gemaakt.right
    const oorzaak = { causationId: 'hand-1' }
    expect(await store.eventsNa(na)).toEqual([
      {
        streamId: factuurStreamId('A1', 'H-1'),
        type: 'FactuurAangemaakt',
        data: factuurRegistry.toNewEvent(aangemaakt, metadataFor(actie('x'))).data,
        commandId: 'maak:A1:H-1',
        ...oorzaak,
      },
      {
        streamId: 'dagboek-A1-70',
        type: 'NummeringGestart',
        data: {
          administratie: 'A1',
          dagboek: '70',
          dagboektype: 'verkoop',
          reeks: { laatsteFactuurnummer: 26000000, tot: 26999999 },
        },
        commandId: 'nummer:A1:H-1',
        ...oorzaak,
      },
      {
        streamId: 'dagboek-A1-70',
        type: 'FactuurnummerToegekend',
        data: {
          administratie: 'A1',
          dagboek: '70',
          factuurId: 'H-1',
          factuurnummer: '26000001',
          herkomst: 'factuur',
          volgnummer: 26000001,
        },
        commandId: 'nummer:A1:H-1',
        ...oorzaak,
      },
      {
        streamId: factuurStreamId('A1', 'H-1'),
        type: 'Gefactureerd',
        data: { administratie: 'A1', factuurId: 'H-1', factuurnummer: '26000001', dagboek: '70' },
        commandId: 'gefactureerd:A1:H-1',
        ...oorzaak,
      },
    ])
    await store.close()
  })

  it('a retry of each step is a duplicate: its command id finds what it wrote, in this process and in the next', async () => {
    const { store, w, command } = await opzet(await nieuweStore(), meerstroom)
    const context = actie('hand-1')
    await maakEnNummer(w, command, 'A1', 'H-1', context)
    const [aangemaakt, gefactureerd] = (await store.readStream(factuurStreamId('A1', 'H-1'))).map((e) =>
      factuurRegistry.decodeOrThrow(e),
    )
    await store.telVanaf()
    const registreer = { type: 'RegistreerFactuurnummer' as const, administratie: 'A1', factuurId: 'H-1' }
    for (const wiring of [w, proces(store)]) {
      const maak = await wiring.factuur(command, stap(context, 'maak:A1:H-1'))
      expect(isLeft(maak) ? maak.left : [maak.right.duplicate, maak.right.events]).toEqual([true, [aangemaakt]])
      const nummer = await wiring.factuur(
        { ...registreer, factuurnummer: '26000001', dagboek: '70' },
        stap(context, 'gefactureerd:A1:H-1'),
      )
      expect(isLeft(nummer) ? nummer.left : [nummer.right.duplicate, nummer.right.events]).toEqual([
        true,
        [gefactureerd],
      ])
      const dagboek = await dagboekService(store).kenFactuurnummerToe(
        { administratie: 'A1', integratiesoort: 'handmatigeProjectfacturen', factuurId: 'H-1' },
        stap(context, 'nummer:A1:H-1'),
      )
      expect(isLeft(dagboek) ? dagboek.left : dagboek.right.factuurnummer).toBe('26000001')
      expect(await maakEnNummer(wiring, command, 'A1', 'H-1', context)).toEqual(
        right({ factuurId: 'H-1', factuurnummer: '26000001' }),
      )
    }
    expect(store.appends).toEqual([])
    await store.close()
  })

  it('another process makes and numbers the same invoice just before the append: the step ends with that number and writes nothing', async () => {
    const { store, w, command, na } = await opzet(await nieuweStore(), meerstroom)
    store.ertussen(factuurStreamId('A1', 'H-1'), () =>
      maakEnNummer(proces(store), command, 'A1', 'H-1', actie('ander')),
    )
    expect(await maakEnNummer(w, command, 'A1', 'H-1', actie('hand-1'))).toEqual(
      right({ factuurId: 'H-1', factuurnummer: '26000001' }),
    )
    const events = await store.eventsNa(na)
    expect(events.map((e) => [e.streamId, e.type, e.commandId, e.causationId])).toEqual([
      [factuurStreamId('A1', 'H-1'), 'FactuurAangemaakt', 'maak:A1:H-1', 'ander'],
      ['dagboek-A1-70', 'NummeringGestart', 'nummer:A1:H-1', 'ander'],
      ['dagboek-A1-70', 'FactuurnummerToegekend', 'nummer:A1:H-1', 'ander'],
      [factuurStreamId('A1', 'H-1'), 'Gefactureerd', 'gefactureerd:A1:H-1', 'ander'],
    ])
    await store.close()
  })
})
