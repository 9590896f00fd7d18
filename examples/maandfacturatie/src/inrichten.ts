import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft } from 'fp-ts/lib/Either.js'
import type { ConceptService, InrichtingService, Integratiesoort } from './facturatie'
import type { Administratie } from './genereer'
import { administratiepartij } from './partijen'

/** Integratiegroep → grootboekrekening: hours and costs as in the worked example, plus the other flows' revenue. */
export const grootboekrekeningen = [
  { rekening: '1300', omschrijving: 'Debiteuren', functie: 'debiteuren' },
  {
    rekening: '1450',
    omschrijving: 'Gefactureerde voorschotten',
    functie: 'voorschotten',
    integratiegroepen: ['VOORSCHOT'],
  },
  { rekening: '1510', omschrijving: 'Btw hoog', functie: 'btw' },
  { rekening: '1511', omschrijving: 'Btw laag', functie: 'btw' },
  { rekening: '1512', omschrijving: 'Btw verlegd', functie: 'btw' },
  { rekening: '1513', omschrijving: 'Btw leveringen binnen EU', functie: 'btw' },
  { rekening: '8000', omschrijving: 'Omzet uren', functie: 'omzet', integratiegroepen: ['UREN'] },
  { rekening: '8050', omschrijving: 'Doorbelaste kosten', functie: 'omzet', integratiegroepen: ['KOSTEN'] },
  { rekening: '8100', omschrijving: 'Omzet abonnementen', functie: 'omzet', integratiegroepen: ['ABONNEMENT'] },
  { rekening: '8200', omschrijving: 'Omzet cursussen', functie: 'omzet', integratiegroepen: ['CURSUS'] },
] as const

/** The flows this firm invoices (R25); all number from verkoopboek 70, credit notes from 71 (R26, R27). */
export const integratiesoorten: readonly Integratiesoort[] = [
  'automatischeProjectfacturen',
  'handmatigeProjectfacturen',
  'abonnementen',
  'cursussen',
  'verzamelfactuur',
]

type Stap = (naam: string) => CommandContext

const ok = async <R>(wat: string, resultaat: Promise<Either<{ code: string; message: string }, R>>) => {
  const r = await resultaat
  if (isLeft(r)) throw new Error(`Set-up failed at ${wat}: ${r.left.code}: ${r.left.message}`)
}

/** R14: every administratie numbers its concepts CF000001, CF000002, … from this teller reeks. */
export const CONCEPT_REEKS = 'CONCEPT'

export const richtConceptTellerIn = (concepten: ConceptService, adm: Administratie, context: Stap): Promise<void> =>
  ok(
    'concept teller',
    concepten.richtTellerReeksIn(
      {
        administratie: adm.code,
        reeks: CONCEPT_REEKS,
        omschrijving: 'Conceptfacturen',
        voorloopgedeelte: 'CF',
        aantalCijfers: 6,
      },
      context(`teller:${adm.code}:${CONCEPT_REEKS}`),
    ),
  )

/** Sets up one administratie through the public services; each call is idempotent, so a rerun writes nothing new. */
export const richtAdministratieIn = async (
  inrichting: InrichtingService,
  omgeving: string,
  adm: Administratie,
  context: Stap,
): Promise<void> => {
  const a = adm.code
  await ok(
    'administratie',
    inrichting.richtAdministratieIn(
      {
        administratie: a,
        omgeving,
        naam: adm.naam,
        btwAfrondingsmodus: 'PER_TOTAAL',
        verdichtenPerProjectfase: false,
        partij: administratiepartij(adm),
      },
      context(`administratie:${a}`),
    ),
  )
  await ok(
    'verkoopboek',
    inrichting.richtDagboekIn(
      {
        administratie: a,
        dagboek: '70',
        dagboektype: 'verkoop',
        omschrijving: 'Verkoopboek',
        reeks: { laatsteFactuurnummer: adm.reeks.van, tot: adm.reeks.tot },
      },
      context(`dagboek:${a}:70`),
    ),
  )
  await ok(
    'creditboek',
    inrichting.richtDagboekIn(
      {
        administratie: a,
        dagboek: '71',
        dagboektype: 'verkoop',
        omschrijving: 'Creditnota’s',
        reeks: {
          prefix: adm.creditReeks.prefix,
          laatsteFactuurnummer: adm.creditReeks.van,
          tot: adm.creditReeks.tot,
        },
      },
      context(`dagboek:${a}:71`),
    ),
  )
  for (const rekening of grootboekrekeningen) {
    await ok(
      `grootboekrekening ${rekening.rekening}`,
      inrichting.richtGrootboekrekeningIn(
        { administratie: a, ...rekening },
        context(`rekening:${a}:${rekening.rekening}`),
      ),
    )
  }
  for (const { btwPlicht, tariefgroep, btwCode, percentage, rekening } of adm.btwCodes) {
    await ok(
      `btw-code ${btwCode}`,
      inrichting.richtBtwCodeIn(
        { administratie: a, btwPlicht, tariefgroep, btwCode, percentage, rekening },
        context(`btwcode:${a}:${btwCode}`),
      ),
    )
  }
  for (const integratiesoort of integratiesoorten) {
    await ok(
      `integratiesoort ${integratiesoort}`,
      inrichting.richtIntegratiesoortIn(
        {
          administratie: a,
          integratiesoort,
          dagboek: '70',
          creditDagboek: '71',
          omschrijvingFinancieel:
            integratiesoort === 'abonnementen' || integratiesoort === 'cursussen'
              ? 'bronNaamFactuurrelatie'
              : 'bronNummerNaamFactuurrelatie',
          factuurkortingGebruiken: false,
          betalingskortingGebruiken: false,
          storneren: false,
        },
        context(`integratiesoort:${a}:${integratiesoort}`),
      ),
    )
  }
}
