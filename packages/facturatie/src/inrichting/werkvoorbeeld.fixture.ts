import type { CommandContext } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import type { InrichtingResultaat, InrichtingService } from './service'

let teller = 0
export const context = (): CommandContext => ({
  // Its own prefix: the cockpit fixture numbers `cmd-…` too, and a shared id would make a set-up step a no-op.
  commandId: `inrichting-${++teller}`,
  occurredAt: '2026-03-31T12:00:00.000Z',
})

const ok = async (result: Promise<InrichtingResultaat>): Promise<void> => {
  const r = await result
  if (isLeft(r)) throw new Error(`${r.left.code}: ${r.left.message}`)
}

export interface Opzet {
  readonly omgeving?: string
  readonly administratie: string
  /** Verkoop dagboek 70 numbers from here; credit dagboek 71 from `creditVan` when given. */
  readonly van: number
  readonly tot: number
  readonly creditVan?: number
  readonly storneren?: boolean
}

/** The worked example's set-up (DOMAIN.md §3) for one administratie, through the public service. */
export const richtWerkvoorbeeldIn = async (inrichting: InrichtingService, opzet: Opzet): Promise<void> => {
  const administratie = opzet.administratie
  await ok(
    inrichting.richtAdministratieIn(
      {
        administratie,
        omgeving: opzet.omgeving ?? 'O1',
        naam: `Administratie ${administratie}`,
        btwAfrondingsmodus: 'PER_TOTAAL',
        verdichtenPerProjectfase: false,
      },
      context(),
    ),
  )
  await ok(
    inrichting.richtDagboekIn(
      {
        administratie,
        dagboek: '70',
        dagboektype: 'verkoop',
        omschrijving: 'Verkoopboek',
        reeks: { laatsteFactuurnummer: opzet.van, tot: opzet.tot },
      },
      context(),
    ),
  )
  if (opzet.creditVan !== undefined) {
    await ok(
      inrichting.richtDagboekIn(
        {
          administratie,
          dagboek: '71',
          dagboektype: 'verkoop',
          omschrijving: 'Creditnota’s',
          reeks: { prefix: 'CR', laatsteFactuurnummer: opzet.creditVan, tot: opzet.creditVan + 999_999 },
        },
        context(),
      ),
    )
  }
  const rekeningen = [
    { rekening: '1300', omschrijving: 'Debiteuren', functie: 'debiteuren' },
    {
      rekening: '1450',
      omschrijving: 'Gefactureerde voorschotten',
      functie: 'voorschotten',
      integratiegroepen: ['VOORSCHOT'],
    },
    { rekening: '1510', omschrijving: 'Btw hoog', functie: 'btw' },
    { rekening: '8000', omschrijving: 'Omzet uren', functie: 'omzet', integratiegroepen: ['UREN'] },
    { rekening: '8050', omschrijving: 'Doorbelaste kosten', functie: 'omzet', integratiegroepen: ['KOSTEN'] },
  ]
  for (const rekening of rekeningen) {
    await ok(inrichting.richtGrootboekrekeningIn({ administratie, ...rekening }, context()))
  }
  await ok(
    inrichting.richtBtwCodeIn(
      {
        administratie,
        btwPlicht: 'binnenland',
        tariefgroep: 'hoog',
        btwCode: 'HOOG',
        percentage: '21',
        rekening: '1510',
      },
      context(),
    ),
  )
  for (const integratiesoort of ['automatischeProjectfacturen', 'abonnementen']) {
    await ok(
      inrichting.richtIntegratiesoortIn(
        {
          administratie,
          integratiesoort,
          dagboek: '70',
          ...(opzet.creditVan !== undefined ? { creditDagboek: '71' } : {}),
          omschrijvingFinancieel: 'bronNummerNaamFactuurrelatie',
          factuurkortingGebruiken: false,
          betalingskortingGebruiken: true,
          storneren: opzet.storneren ?? false,
        },
        context(),
      ),
    )
  }
}
