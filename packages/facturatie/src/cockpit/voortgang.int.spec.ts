import { type CommandContext, type EventStore, readAllEvents } from '@factuurstroom/eventsourcing'
import { isLeft, right } from 'fp-ts/lib/Either.js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { abonnementsregels, maakCockpit, profiel } from './cockpit.fixture'
import type { OpVoortgang, Runvoortgang } from './run/voortgang'

const context: CommandContext = { commandId: 'run-1', occurredAt: '2026-04-30T10:00:00.000Z', actor: 'boekhouder' }
const opties = {
  administratie: 'A1',
  runId: 'R1',
  peildatum: '2026-04-30',
  factuurdatum: '2026-04-30',
  verstrekkenNaVoltooien: true,
  journaliserenNaVoltooien: true,
}

/** A callback that records every report (a copy: the run must not hand out one object it changes later). */
const opnemer = () => {
  const gemeld: Runvoortgang[] = []
  const opVoortgang: OpVoortgang = (v) => {
    gemeld.push({ ...v })
  }
  return { gemeld, opVoortgang }
}

/** The events appended after `vanaf`, without their random event ids and recording times. */
const eventsNa = async (store: EventStore, vanaf: number) => {
  const alle = []
  for await (const e of readAllEvents(store)) alle.push(e)
  return alle
    .slice(vanaf)
    .map(({ streamId, type, schemaVersion, data, metadata }) => ({ streamId, type, schemaVersion, data, metadata }))
}
const aantalEvents = async (store: EventStore) => (await eventsNa(store, 0)).length

afterEach(() => {
  vi.restoreAllMocks()
})

describe('Facturatiecockpit run progress (opVoortgang)', () => {
  it('a run over several invoices reports its phases with growing counts, ending at the totals', async () => {
    const { cockpit } = await maakCockpit()
    const { gemeld, opVoortgang } = opnemer()
    const run = await cockpit.factureerAbonnementen(opties, abonnementsregels(3, 1, 2), context, opVoortgang)
    if (isLeft(run)) throw new Error(run.left.code)
    expect([run.right.klaargezet, run.right.facturen.length]).toEqual([6, 3])
    const gemaakt = { fase: 'factureren', klaargezet: 6, facturen: 3 } as const
    const voltooien = { fase: 'voltooien', klaargezet: 6, facturen: 3, gemaakt: 3 } as const
    expect(gemeld).toEqual([
      { fase: 'klaarzetten', klaargezet: 0, facturen: 0, gemaakt: 0 },
      { fase: 'klaarzetten', klaargezet: 6, facturen: 0, gemaakt: 0 },
      { ...gemaakt, gemaakt: 0 },
      { ...gemaakt, gemaakt: 1 },
      { ...gemaakt, gemaakt: 2 },
      { ...gemaakt, gemaakt: 3 },
      { ...voltooien, verstrekt: 0, gejournaliseerd: 0 },
      { ...voltooien, verstrekt: 1, gejournaliseerd: 1 },
      { ...voltooien, verstrekt: 2, gejournaliseerd: 2 },
      { ...voltooien, verstrekt: 3, gejournaliseerd: 3 },
    ])
  })

  it('a run that stops reports up to where it stopped; the recovery reports the invoices it has left to make', async () => {
    const { cockpit, profielen } = await maakCockpit({
      profielen: { '10001': profiel('10001', { geblokkeerd: true }) },
    })
    const gestopt = opnemer()
    const { verstrekkenNaVoltooien: _, journaliserenNaVoltooien: __, ...zonderNa } = opties
    const run = await cockpit.factureerAbonnementen(zonderNa, abonnementsregels(3, 2, 2), context, gestopt.opVoortgang)
    expect(isLeft(run) && run.left.code).toBe('RELATIE_GEBLOKKEERD')
    expect(gestopt.gemeld.at(-1)).toEqual({ fase: 'factureren', klaargezet: 12, facturen: 6, gemaakt: 2 })

    profielen['10001'] = profiel('10001')
    const herstel = opnemer()
    const hersteld = await cockpit.factureerTeFacturerenRegels(
      { administratie: 'A1', journaliserenNaVoltooien: true },
      { ...context, commandId: 'herstel-1' },
      herstel.opVoortgang,
    )
    expect(isLeft(hersteld)).toBe(false)
    const voltooien = { fase: 'voltooien', klaargezet: 0, facturen: 4, gemaakt: 4 } as const
    expect(herstel.gemeld).toEqual([
      ...[0, 1, 2, 3, 4].map((gemaakt) => ({ fase: 'factureren', klaargezet: 0, facturen: 4, gemaakt })),
      ...[0, 1, 2, 3, 4].map((gejournaliseerd) => ({ ...voltooien, gejournaliseerd })),
    ])
  })

  it('the Verzamelfactuur reports composing, then making its invoices', async () => {
    const { cockpit } = await maakCockpit({
      profielen: { '10000': profiel('10000', { verzamelmethode: 'perVerkooprelatie', verzamelperiode: 'maand' }) },
    })
    const { verstrekkenNaVoltooien: _, journaliserenNaVoltooien: __, ...zonderNa } = opties
    await cockpit.factureerAbonnementen(zonderNa, abonnementsregels(1, 2, 1), context)
    const { gemeld, opVoortgang } = opnemer()
    const verzameld = await cockpit.maakVerzamelfactuur(
      { administratie: 'A1', runId: 'V1', totEnMet: '2026-04-30', factuurdatum: '2026-04-30' },
      { ...context, commandId: 'verzamel-1' },
      opVoortgang,
    )
    expect(!isLeft(verzameld) && verzameld.right.facturen.length).toBe(1)
    expect(gemeld).toEqual([
      { fase: 'verzamelen', klaargezet: 0, facturen: 0, gemaakt: 0 },
      { fase: 'factureren', klaargezet: 0, facturen: 1, gemaakt: 0 },
      { fase: 'factureren', klaargezet: 0, facturen: 1, gemaakt: 1 },
    ])
  })

  it('factureren concepten reports its concepts phase before it asks the concepts port', async () => {
    const volgorde: string[] = []
    const { cockpit } = await maakCockpit({
      conceptfacturering: true,
      concepten: {
        factureer: async () => {
          volgorde.push('concepten-poort')
          return right([])
        },
        overdrachten: async () => right([]),
      },
    })
    const run = await cockpit.factureerConcepten(
      { administratie: 'A1', runId: 'C1', factuurdatum: '2026-04-30' },
      context,
      (v) => {
        volgorde.push(`${v.fase} ${v.klaargezet}/${v.facturen}/${v.gemaakt}`)
      },
    )
    expect(isLeft(run)).toBe(false)
    expect(volgorde).toEqual(['concepten 0/0/0', 'concepten-poort', 'klaarzetten 0/0/0', 'factureren 0/0/0'])
  })

  it.each([
    [
      'throws',
      () => {
        throw new Error('scherm weg')
      },
    ],
    ['rejects', async () => Promise.reject(new Error('scherm weg'))],
  ])(
    'a progress callback that %s is warned about once and dropped; the run writes and returns the same',
    async (_, fout) => {
      const regels = abonnementsregels(3, 1, 2)
      const zonder = await maakCockpit()
      const vanafZonder = await aantalEvents(zonder.store)
      const verwacht = await zonder.cockpit.factureerAbonnementen(opties, regels, context)

      const waarschuwing = vi.spyOn(console, 'warn').mockImplementation(() => {})
      const met = await maakCockpit()
      const vanafMet = await aantalEvents(met.store)
      const opVoortgang = vi.fn(fout)
      const uitkomst = await met.cockpit.factureerAbonnementen(opties, regels, context, opVoortgang)

      expect(uitkomst).toEqual(verwacht)
      expect(await eventsNa(met.store, vanafMet)).toEqual(await eventsNa(zonder.store, vanafZonder))
      expect(opVoortgang).toHaveBeenCalledTimes(1)
      expect(waarschuwing).toHaveBeenCalledTimes(1)
      expect(waarschuwing).toHaveBeenCalledWith(
        'Facturatiecockpit: the progress callback failed; the run goes on without it.',
        new Error('scherm weg'),
      )
    },
  )
})
