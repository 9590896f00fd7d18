import { deciderSpec } from '@factuurstroom/eventsourcing/testing'
import { isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Factuuropdracht } from '../gedeeld/factuuropdracht'
import type { Partij } from '../gedeeld/partij'
import { partij10032, partijA1, partijenWerkvoorbeeld } from '../gedeeld/partij.fixture'
import { berekenBtw } from '../geld'
import { werkvoorbeeldOpdracht } from '../journalisering/werkvoorbeeld.fixture'
import type { MaakFactuur } from './commands'
import type { FactuurEventVan } from './events'
import { factuurDecider, factuurRegistry } from './index'

const spec = deciderSpec(factuurDecider)
const verstrekkingen = [{ rapport: 'factuur', wijze: 'ubl' as const }]

const maak = (opdracht: Factuuropdracht): MaakFactuur => ({
  type: 'MaakFactuur',
  administratie: 'A1',
  factuurId: 'F-1',
  integratiesoort: 'automatischeProjectfacturen',
  opdracht,
  btwAfrondingsmodus: 'PER_TOTAAL',
  verstrekkingen,
  factuurrelatieGeblokkeerd: false,
})

const aangemaakt = (opdracht: Factuuropdracht): FactuurEventVan<'FactuurAangemaakt'> => {
  const btw = berekenBtw(
    opdracht.regels.map((r) => ({ bedrag: r.bedrag, btwCode: r.btwCode, percentage: r.btwPercentage })),
    'PER_TOTAAL',
  )
  return {
    type: 'FactuurAangemaakt',
    data: {
      administratie: 'A1',
      factuurId: 'F-1',
      bron: opdracht.bron,
      bronId: opdracht.bronId,
      integratiesoort: 'automatischeProjectfacturen',
      opdracht,
      regels: opdracht.regels.map((r) => ({
        regelId: r.regelId,
        status: 'Afgehandeld' as const,
        herkomst: { bron: opdracht.bron, bronId: opdracht.bronId },
      })),
      btw: { ...btw, perCode: [...btw.perCode] },
      verstrekkingen,
    },
  }
}

const zonder = (partij: Partij, veld: keyof Partij): Partij => {
  const { [veld]: _, ...rest } = partij
  return rest as Partij
}

describe('R32 — an invoice carries both parties and every legally required item', () => {
  it('R32: both parties are recorded in FactuurAangemaakt as they stood at invoicing', () => {
    const opdracht = werkvoorbeeldOpdracht({ partijen: partijenWerkvoorbeeld })
    spec
      .given([])
      .when(maak(opdracht))
      .then([aangemaakt(opdracht)])
  })

  it("R32: btw verlegd without the customer's btw-id is refused naming the relatie and the field", () => {
    const opdracht = werkvoorbeeldOpdracht({
      btwPlicht: 'verlegd',
      partijen: { leverancier: partijA1, afnemer: zonder(partij10032, 'btwId') },
    })
    const fout = spec.given([]).when(maak(opdracht)).thenFails('R32_GEGEVEN_ONTBREEKT')
    expect(fout.details).toEqual({ factuurId: 'F-1', relatie: '10032', veld: 'btwId' })
    expect(fout.message).toContain('btw verlegd')
  })

  it("R32: an intra-EU supply without the customer's btw-id is refused", () => {
    const opdracht = werkvoorbeeldOpdracht({
      btwPlicht: 'binnenEu',
      partijen: { leverancier: partijA1, afnemer: zonder(partij10032, 'btwId') },
    })
    const fout = spec.given([]).when(maak(opdracht)).thenFails('R32_GEGEVEN_ONTBREEKT')
    expect(fout.details).toEqual({ factuurId: 'F-1', relatie: '10032', veld: 'btwId' })
  })

  it("R32: the supplier's own btw-id and KvK number are required on every invoice", () => {
    const zonderBtw = werkvoorbeeldOpdracht({
      partijen: { leverancier: zonder(partijA1, 'btwId'), afnemer: partij10032 },
    })
    expect(spec.given([]).when(maak(zonderBtw)).thenFails('R32_GEGEVEN_ONTBREEKT').details).toEqual({
      factuurId: 'F-1',
      relatie: 'A1',
      veld: 'btwId',
    })
    const zonderKvk = werkvoorbeeldOpdracht({
      partijen: { leverancier: zonder(partijA1, 'kvk'), afnemer: partij10032 },
    })
    expect(spec.given([]).when(maak(zonderKvk)).thenFails('R32_GEGEVEN_ONTBREEKT').details).toEqual({
      factuurId: 'F-1',
      relatie: 'A1',
      veld: 'kvk',
    })
  })

  it('R32: a domestic customer without btw-id is fine (private persons and small businesses have none)', () => {
    const opdracht = werkvoorbeeldOpdracht({
      partijen: { leverancier: partijA1, afnemer: zonder(partij10032, 'btwId') },
    })
    spec
      .given([])
      .when(maak(opdracht))
      .then([aangemaakt(opdracht)])
  })

  it('R32: FactuurAangemaakt is written as schema version 3 (version 2 with parties, stored compactly); a version 1 event (without parties) still reads as it was', () => {
    const zonder = aangemaakt(werkvoorbeeldOpdracht())
    const met = aangemaakt(werkvoorbeeldOpdracht({ partijen: partijenWerkvoorbeeld }))
    expect(
      factuurRegistry.toNewEvent(met, { commandId: 'c', occurredAt: '2026-04-01T09:00:00.000Z' }).schemaVersion,
    ).toBe(3)
    const gelezen = factuurRegistry.decode({ type: 'FactuurAangemaakt', schemaVersion: 1, data: zonder.data })
    expect(isRight(gelezen) && gelezen.right).toEqual(zonder)
  })
})
