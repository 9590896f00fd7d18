import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft } from 'fp-ts/lib/Either.js'
import type {
  BtwCodeRegel,
  InrichtingService,
  ProjectInstellingen,
  VerkooprelatieInstellingen,
  Verkooprelatieprofiel,
  weergaven,
} from './facturatie'

/**
 * The host's own master data: what the library never stores itself but receives in commands (settings in force,
 * btw-code table, relatie profiles) and what the host decides (who may call what). A real host reads these from its
 * own database; here they are a value the host is started with.
 */
export interface Relatie {
  readonly naam: string
  readonly instellingen: VerkooprelatieInstellingen
  readonly profiel: Verkooprelatieprofiel
}

export interface Administratie {
  readonly naam: string
  readonly omgeving: string
  readonly reeks: { readonly van: number; readonly tot: number }
  readonly projectInstellingen: ProjectInstellingen
  readonly btwCodes: readonly (BtwCodeRegel & { rekening: string })[]
  /** Grootboekrekeningen with what each is for; revenue accounts name their integratiegroepen. */
  readonly rekeningen: readonly {
    rekening: string
    omschrijving: string
    functie: 'omzet' | 'voorschotten' | 'debiteuren' | 'btw'
    integratiegroepen?: string[]
  }[]
  readonly relaties: Readonly<Record<string, Relatie>>
}

export interface Gebruiker {
  readonly actor: string
  /** R12: which relaties' concepts and invoices the user sees: all, or those where they are (hoofd)declarant. */
  readonly zicht: weergaven.Autorisatie
  /** R24: the "Journaalpost" action is authorised for this user. */
  readonly magJournaalpostRaadplegen: boolean
}

export interface Stamgegevens {
  readonly administraties: Readonly<Record<string, Administratie>>
  /** Bearer token → user. */
  readonly gebruikers: Readonly<Record<string, Gebruiker>>
}

const ok = async <R>(wat: string, r: Promise<Either<{ code: string; message: string }, R>>) => {
  const uitkomst = await r
  if (isLeft(uitkomst)) throw new Error(`set-up ${wat}: ${uitkomst.left.code}: ${uitkomst.left.message}`)
}

/** Sets up every administratie (idempotent: a restart writes nothing new). */
export const richtIn = async (
  inrichting: InrichtingService,
  stamgegevens: Stamgegevens,
  context: (id: string) => CommandContext,
): Promise<void> => {
  for (const [administratie, adm] of Object.entries(stamgegevens.administraties)) {
    await ok(
      'administratie',
      inrichting.richtAdministratieIn(
        {
          administratie,
          omgeving: adm.omgeving,
          naam: adm.naam,
          btwAfrondingsmodus: 'PER_TOTAAL',
          verdichtenPerProjectfase: false,
        },
        context(`inrichting:${administratie}`),
      ),
    )
    await ok(
      'dagboek',
      inrichting.richtDagboekIn(
        {
          administratie,
          dagboek: '70',
          dagboektype: 'verkoop',
          omschrijving: 'Verkoopboek',
          reeks: { laatsteFactuurnummer: adm.reeks.van, tot: adm.reeks.tot },
        },
        context(`inrichting:${administratie}:70`),
      ),
    )
    for (const rekening of adm.rekeningen) {
      await ok(
        `rekening ${rekening.rekening}`,
        inrichting.richtGrootboekrekeningIn(
          { administratie, ...rekening },
          context(`inrichting:${administratie}:${rekening.rekening}`),
        ),
      )
    }
    for (const { btwPlicht, tariefgroep, btwCode, percentage, rekening } of adm.btwCodes) {
      await ok(
        `btw-code ${btwCode}`,
        inrichting.richtBtwCodeIn(
          { administratie, btwPlicht, tariefgroep, btwCode, percentage, rekening },
          context(`inrichting:${administratie}:${btwCode}`),
        ),
      )
    }
    await ok(
      'integratiesoort',
      inrichting.richtIntegratiesoortIn(
        {
          administratie,
          integratiesoort: 'automatischeProjectfacturen',
          dagboek: '70',
          omschrijvingFinancieel: 'bronNummerNaamFactuurrelatie',
          factuurkortingGebruiken: false,
          betalingskortingGebruiken: false,
          storneren: false,
        },
        context(`inrichting:${administratie}:automatischeProjectfacturen`),
      ),
    )
  }
}

/** The worked example of DOMAIN.md §3 as a host's master data: relatie 10032, verdichting per werksoort. */
export const werkvoorbeeld: Stamgegevens = {
  administraties: {
    A1: {
      naam: 'Voorbeeld Advies B.V.',
      omgeving: 'O1',
      reeks: { van: 26_000_000, tot: 26_999_999 },
      projectInstellingen: {
        facturerenOpBasisVanConcepten: true,
        striktMinimum: false,
        striktMaximum: false,
        conceptmethode: 'perProject',
        verdichting: 'perWerksoort',
        voorschot: { kostensoort: 'VOORSCH', omschrijving: 'Voorschot verrekend', integratiegroep: 'VOORSCHOT' },
        doorgeschovenRegelsFactureerbaarStellen: false,
        projectenFacturerenAanAlleVerkooprelaties: false,
        afronding: { methode: { stap: '1', richting: 'omlaag' }, kostensoort: 'AFR' },
      },
      btwCodes: [{ btwPlicht: 'binnenland', tariefgroep: 'hoog', btwCode: 'HOOG', percentage: '21', rekening: '1510' }],
      rekeningen: [
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
      ],
      relaties: {
        '10032': {
          naam: 'Koninklijke Exhibitions Benelux B.V.',
          instellingen: { btwPlicht: 'binnenland', hoofddeclarant: 'MW001' },
          profiel: {
            relatie: '10032',
            geblokkeerd: false,
            verzamelmethode: 'apart',
            verzamelperiode: 'niet',
            verstrekkingen: [{ rapport: 'factuur', wijze: 'emailPdf' }],
          },
        },
      },
    },
  },
  gebruikers: {
    'token-boekhouder': { actor: 'boekhouder', zicht: { alleRelaties: true }, magJournaalpostRaadplegen: true },
    'token-declarant': { actor: 'MW001', zicht: { medewerker: 'MW001' }, magJournaalpostRaadplegen: false },
    'token-verkoper': { actor: 'verkoper', zicht: { medewerker: 'MW002' }, magJournaalpostRaadplegen: false },
  },
}
