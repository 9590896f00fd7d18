import { AggregateCache, type CommandContext, type EventStore, type RetryPolicy } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { TellendeStore, teltStores } from '../cockpit/tellende-store.fixture'
import { conceptService } from './service'
import { conceptStreamId } from './sleutel'
import { nacalculatieInvoer, nacalculatieregel } from './voorbeeld.fixture'

const occurredAt = '2026-01-31T12:00:00.000Z'
const selectie = (commandId: string): CommandContext => ({ commandId, occurredAt })

/** Two concepts, K1 (project Beurs) and K2 (P-2), one per key; the count of appends starts after them. */
const tweeConcepten = async (binnen: EventStore, meerstroom: boolean, retry?: RetryPolicy) => {
  const store = new TellendeStore(binnen, meerstroom)
  let n = 0
  const service = conceptService(store, {
    nieuwId: () => `K${++n}`,
    cache: new AggregateCache(),
    ...(retry ? { retry } : {}),
  })
  const genomen = await service.neemNacalculatieOver(
    nacalculatieInvoer([nacalculatieregel('n1'), nacalculatieregel('n2', { project: 'P-2' })]),
    selectie('nacalculatie-1'),
  )
  if (isLeft(genomen)) throw new Error(genomen.left.message)
  return { store, service, na: await store.telVanaf() }
}

const gesteld = (conceptId: string, commandId: string, oorzaak: string | null = 'selectie-1') => ({
  streamId: conceptStreamId('ADM01', conceptId),
  type: 'ConceptFactureerbaarGesteld',
  data: { administratie: 'ADM01', conceptId },
  commandId,
  causationId: oorzaak ?? undefined,
})

describe.each(teltStores)('stelFactureerbaarAlle (%s)', (_naam, nieuweStore, meerstroom) => {
  it('R11: given two concepts, when the selection is set factureerbaar, then each gets what stelFactureerbaar records, in one append', async () => {
    const { store, service, na } = await tweeConcepten(await nieuweStore(), meerstroom)
    const antwoord = await service.stelFactureerbaarAlle(
      { administratie: 'ADM01', conceptIds: ['K1', 'K2'] },
      selectie('selectie-1'),
    )
    const verwacht = [gesteld('K1', 'selectie-1:K1'), gesteld('K2', 'selectie-1:K2')]
    expect(await store.eventsNa(na)).toEqual(verwacht)
    expect(store.appends).toEqual(meerstroom ? [2] : [1, 1])
    expect(antwoord).toEqual({
      _tag: 'Right',
      right: verwacht.map(({ type, data }) => ({
        conceptId: data.conceptId,
        uitkomst: {
          _tag: 'Right',
          right: {
            concepten: [{ conceptId: data.conceptId, events: [{ type, data }], duplicate: false }],
            warnings: [],
          },
        },
      })),
    })
    expect((await service.laad('ADM01', 'K2')).status).toBe('factureerbaar')

    // The same concepts set one by one under the same command ids: the same events.
    const los = await tweeConcepten(await nieuweStore(), meerstroom)
    for (const id of ['K1', 'K2'])
      await los.service.stelFactureerbaar(
        { administratie: 'ADM01', conceptId: id },
        { ...selectie(`selectie-1:${id}`), causationId: 'selectie-1', correlationId: 'selectie-1' },
      )
    expect(await los.store.eventsNa(los.na)).toEqual(verwacht)
    expect(los.store.appends).toEqual([1, 1])
    await Promise.all([store.close(), los.store.close()])
  })

  it('R11: an unknown concept is refused on its own, one already factureerbaar records nothing; the other is set', async () => {
    const { store, service, na } = await tweeConcepten(await nieuweStore(), meerstroom)
    await service.stelFactureerbaar({ administratie: 'ADM01', conceptId: 'K2' }, selectie('eerder-1'))
    store.appends.length = 0
    const antwoord = await service.stelFactureerbaarAlle(
      { administratie: 'ADM01', conceptIds: ['K9', 'K2', 'K1'] },
      selectie('selectie-1'),
    )
    expect(await store.eventsNa(na)).toEqual([gesteld('K2', 'eerder-1', null), gesteld('K1', 'selectie-1:K1')])
    expect(store.appends).toEqual([1])
    expect(
      isLeft(antwoord)
        ? []
        : antwoord.right.map((a) =>
            isLeft(a.uitkomst) ? a.uitkomst.left.code : a.uitkomst.right.concepten.map((c) => c.events.length),
          ),
    ).toEqual(['CONCEPT_BESTAAT_NIET', [0], [1]])
    await store.close()
  })

  it('R11: the same selection sent again (same command id) is a duplicate per concept and appends nothing', async () => {
    const { store, service, na } = await tweeConcepten(await nieuweStore(), meerstroom)
    const input = { administratie: 'ADM01', conceptIds: ['K1', 'K2'] }
    await service.stelFactureerbaarAlle(input, selectie('selectie-1'))
    store.appends.length = 0
    const opnieuw = await service.stelFactureerbaarAlle(input, selectie('selectie-1'))
    expect(store.appends).toEqual([])
    expect(await store.eventsNa(na)).toEqual([gesteld('K1', 'selectie-1:K1'), gesteld('K2', 'selectie-1:K2')])
    expect(
      isLeft(opnieuw) ? [] : opnieuw.right.map((a) => !isLeft(a.uitkomst) && a.uitkomst.right.concepten[0]?.duplicate),
    ).toEqual([true, true])
    await store.close()
  })

  it('R11: another process setting one concept first makes the append conflict; the selection is decided again', async () => {
    const { store, service, na } = await tweeConcepten(await nieuweStore(), meerstroom)
    const ander = conceptService(store)
    store.ertussen(conceptStreamId('ADM01', 'K1'), () =>
      ander.stelFactureerbaar({ administratie: 'ADM01', conceptId: 'K1' }, selectie('ander-1')),
    )
    const antwoord = await service.stelFactureerbaarAlle(
      { administratie: 'ADM01', conceptIds: ['K1', 'K2'] },
      selectie('selectie-1'),
    )
    // K1 comes first, so even one append after another wrote nothing of the selection before the conflict.
    expect(await store.eventsNa(na)).toEqual([gesteld('K1', 'ander-1', null), gesteld('K2', 'selectie-1:K2')])
    expect(store.appends).toEqual(meerstroom ? [1, 2, 1] : [1, 1, 1])
    expect(
      isLeft(antwoord)
        ? []
        : antwoord.right.map((a) =>
            isLeft(a.uitkomst) ? a.uitkomst.left.code : a.uitkomst.right.concepten[0]?.events.length,
          ),
    ).toEqual([0, 1])
    await store.close()
  })

  it('R11: a concept another process keeps changing makes the selection give up after its retries, naming it', async () => {
    const { store, service, na } = await tweeConcepten(await nieuweStore(), meerstroom, { maxAttempts: 3 })
    const ander = conceptService(store)
    let n = 0
    const wijzig = async (): Promise<void> => {
      const concept = { administratie: 'ADM01', conceptId: 'K1' }
      const context = selectie(`ander-${++n}`)
      await (n % 2 ? ander.stelUit(concept, context) : ander.stelNietFactureerbaar(concept, context))
      store.ertussen(conceptStreamId('ADM01', 'K1'), wijzig)
    }
    store.ertussen(conceptStreamId('ADM01', 'K1'), wijzig)
    await expect(
      service.stelFactureerbaarAlle({ administratie: 'ADM01', conceptIds: ['K1', 'K2'] }, selectie('selectie-1')),
    ).rejects.toMatchObject({
      code: 'CONCURRENCY_RETRIES_EXHAUSTED',
      streamId: conceptStreamId('ADM01', 'K1'),
      attempts: 3,
    })
    expect((await store.eventsNa(na)).map((e) => [e.type, e.commandId])).toEqual([
      ['ConceptUitgesteld', 'ander-1'],
      ['ConceptNietFactureerbaarGesteld', 'ander-2'],
      ['ConceptUitgesteld', 'ander-3'],
    ])
    expect(store.appends).toEqual(meerstroom ? [1, 2, 1, 2, 1, 2] : [1, 1, 1, 1, 1, 1])
    await store.close()
  })

  it('bad input: a concept named twice is a decode error naming field and value; nothing is written', async () => {
    const { store, service, na } = await tweeConcepten(await nieuweStore(), meerstroom)
    const antwoord = await service.stelFactureerbaarAlle(
      { administratie: 'ADM01', conceptIds: ['K1', 'K2', 'K1'] },
      selectie('selectie-1'),
    )
    expect(isLeft(antwoord) && [antwoord.left.code, antwoord.left.message]).toEqual([
      'DECODE_FAILED',
      'Invalid StelFactureerbaarAlle: conceptIds.2: expected each code once: K1 is named before (got "K1")',
    ])
    expect(store.appends).toEqual([])
    expect(await store.eventsNa(na)).toEqual([])
    await store.close()
  })
})
