import { maakCockpit } from '../cockpit/cockpit.fixture'
import { conceptService } from '../concept'
import {
  btwCodes,
  nacalculatie,
  projectBeurs,
  projectInstellingen,
  relatie10032,
  relatieInstellingen,
  voorschotfactuur,
} from '../concept/voorbeeld.fixture'
import { factuurIngangen } from './factuuringangen.fixture'
import { ADM, een, type Ingang, twee } from './ingang'

const routering = {
  administratie: ADM,
  verkooprelatie: relatie10032,
  valuta: 'EUR',
  projectInstellingen,
  relatieInstellingen,
}

export const nacalculatieInvoer = () => ({
  ...routering,
  projecten: [projectBeurs],
  regels: nacalculatie.map(({ nacalculatieRegelId: _n, valuta: _v, project, ...regel }) => ({
    ...regel,
    project: project?.nummer ?? projectBeurs.nummer,
  })),
})

const plusRegel = {
  regelId: 'plus-1',
  soort: 'kosten',
  itemcode: 'REIS',
  omschrijving: 'Reiskosten',
  aantal: '2',
  prijs: '12.50',
  btwTariefgroep: 'hoog',
  integratiegroep: 'KOSTEN',
  valuta: 'EUR',
  itemomschrijving: 'Reiskosten',
  eenheid: 'km',
  vrijeVelden: { kostenplaats: 'KP-1', notitie: 'regel 1\nregel 2' },
}

export const factureerInvoer = (conceptId: string, factuurId: string) => ({
  administratie: ADM,
  conceptId,
  factuurId,
  factuurdatum: '2026-03-31',
  projectInstellingen,
  relatieInstellingen,
  btwCodes,
  btwAfrondingsmodus: 'PER_TOTAAL',
  projecten: [{ nummer: projectBeurs.nummer, apartFactureren: false }],
})

/** The worked example's set-up, its concept taken over, and every public entry point with valid arguments. */
export const maakIngangen = async (conceptId: () => string) => {
  const opzet = await maakCockpit({ conceptfacturering: true, administratie: ADM })
  const { cockpit, dagboek, inrichting, store } = opzet
  const concepten = conceptService(store)
  const ref = () => ({ administratie: ADM, conceptId: conceptId() })
  const run = { administratie: ADM, runId: 'R-FUZZ', verstrekkenNaVoltooien: false, journaliserenNaVoltooien: true }
  const abonnementsregel = {
    administratie: ADM,
    regelId: 'L0',
    abonnementId: 'AB-1',
    verkooprelatie: relatie10032,
    valuta: 'EUR',
    btwPlicht: 'binnenland',
    omschrijving: 'Abonnement april',
    bedrag: '10.00',
    btwCode: 'HOOG',
    btwPercentage: '21',
    integratiegroep: 'UREN',
    periode: { van: '2026-04-01', tot: '2026-04-30' },
  }

  const bronRegel = (regelId: string) => ({
    administratie: ADM,
    regelId,
    verkooprelatie: relatie10032,
    valuta: 'EUR',
    btwPlicht: 'binnenland',
    omschrijving: `Regel ${regelId}`,
    bedrag: '10.00',
    btwCode: 'HOOG',
    btwPercentage: '21',
    integratiegroep: 'UREN',
    aantal: '1',
    prijs: '10.00',
  })
  const datum = '2026-04-10'

  const ingangen: Ingang[] = [
    // Concept service
    {
      naam: 'concept.neemNacalculatieOver',
      geldig: () => [nacalculatieInvoer()],
      roep: een(concepten.neemNacalculatieOver),
    },
    {
      naam: 'concept.openHandmatigConcept',
      geldig: () => [{ ...routering, project: projectBeurs, regel: plusRegel }],
      roep: een(concepten.openHandmatigConcept),
    },
    {
      naam: 'concept.voegPlusRegelToe',
      geldig: () => [{ ...ref(), regel: plusRegel }],
      roep: een(concepten.voegPlusRegelToe),
    },
    {
      naam: 'concept.voegVoorschotToe',
      geldig: () => [{ ...routering, project: projectBeurs, voorschotfactuur }],
      roep: een(concepten.voegVoorschotToe),
    },
    {
      naam: 'concept.wijzigVerwerkingsmethode',
      geldig: () => [{ ...ref(), regelIds: ['n4'], verwerking: 'doorschuiven', reden: 'Volgende maand\nna overleg' }],
      roep: een(concepten.wijzigVerwerkingsmethode),
    },
    {
      naam: 'concept.wijzigVerdichteRegelBedrag',
      geldig: () => [
        { ...ref(), verdichteRegelId: 'werksoort:ADV|UREN|hoog', bedrag: '100.00', correctieRegelId: 'corr-1' },
      ],
      roep: een(concepten.wijzigVerdichteRegelBedrag),
    },
    { naam: 'concept.stelFactureerbaar', geldig: () => [ref()], roep: een(concepten.stelFactureerbaar) },
    { naam: 'concept.stelNietFactureerbaar', geldig: () => [ref()], roep: een(concepten.stelNietFactureerbaar) },
    {
      naam: 'concept.stelUit',
      geldig: () => [{ ...ref(), totDatum: '2026-05-01', reden: 'Wacht op akkoord' }],
      roep: een(concepten.stelUit),
    },
    {
      naam: 'concept.boekRegelsOver',
      geldig: () => [{ administratie: ADM, vanConceptId: conceptId(), naarConceptId: 'c-ander', regelIds: ['n1'] }],
      roep: een(concepten.boekRegelsOver),
    },
    {
      naam: 'concept.wijzigBtwPlicht',
      geldig: () => [{ ...ref(), btwPlicht: 'verlegd' }],
      roep: een(concepten.wijzigBtwPlicht),
    },
    {
      naam: 'concept.factureer',
      geldig: () => [factureerInvoer(conceptId(), 'F-FUZZ-1')],
      roep: een(concepten.factureer),
    },
    { naam: 'concept.verwijder', geldig: () => [{ ...ref(), reden: 'Dubbel' }], roep: een(concepten.verwijder) },
    {
      naam: 'concept.richtTellerReeksIn',
      geldig: () => [
        {
          administratie: ADM,
          reeks: 'CONCEPT',
          omschrijving: 'Conceptnummers',
          voorloopgedeelte: 'C26',
          aantalCijfers: 4,
        },
      ],
      roep: een(concepten.richtTellerReeksIn),
    },
    // Cockpit actions and their options
    {
      naam: 'cockpit.factureerAbonnementen',
      geldig: () => [{ ...run, peildatum: '2026-04-30', factuurdatum: '2026-04-30' }, [abonnementsregel]],
      roep: twee(cockpit.factureerAbonnementen),
    },
    {
      naam: 'cockpit.factureerCursussen',
      geldig: () => [
        { ...run, factuurdatum: '2026-04-30' },
        [{ ...bronRegel('CU-1'), cursusId: 'CU-1', inschrijvingId: 'I-1', datum, deelnemer: 'Eva Brouwer' }],
      ],
      roep: twee(cockpit.factureerCursussen),
    },
    {
      naam: 'cockpit.factureerOrdermanagement',
      geldig: () => [
        { administratie: ADM, runId: 'R-FUZZ', factuurdatum: '2026-04-30' },
        [{ ...bronRegel('PB-1'), orderId: 'O-1', pakbonId: 'PB-1', leverdatum: datum }],
      ],
      roep: twee(cockpit.factureerOrdermanagement),
    },
    {
      naam: 'cockpit.factureerNacalculatie',
      geldig: () => [
        { ...run, factuurdatum: '2026-04-30' },
        [
          {
            ...bronRegel('NC-1'),
            nacalculatieId: 'NC-1',
            project: { ...projectBeurs, apartFactureren: false },
            datum,
            goedgekeurd: true,
            werksoort: 'ADV',
          },
        ],
      ],
      roep: twee(cockpit.factureerNacalculatie),
    },
    {
      naam: 'cockpit.factureerTermijnen',
      geldig: () => [
        { ...run, factuurdatum: '2026-04-30' },
        [{ ...bronRegel('T-1'), termijnId: 'T-1', project: projectBeurs, datum, gereedGemeld: true }],
      ],
      roep: twee(cockpit.factureerTermijnen),
    },
    {
      naam: 'cockpit.factureerTeFacturerenRegels',
      geldig: () => [{ administratie: ADM, journaliserenNaVoltooien: true }],
      roep: een(cockpit.factureerTeFacturerenRegels),
    },
    {
      naam: 'cockpit.maakVerzamelfactuur',
      geldig: () => [{ ...run, totEnMet: '2026-04-30', factuurdatum: '2026-04-30', verkooprelaties: ['10032'] }],
      roep: een(cockpit.maakVerzamelfactuur),
    },
    {
      naam: 'cockpit.verstrek',
      geldig: () => [{ administratie: ADM, factuurId: 'F-FUZZ-1', rapporten: ['factuur'] }],
      roep: een(cockpit.verstrek),
    },
    {
      naam: 'cockpit.journaliseer',
      geldig: () => [{ administratie: ADM, factuurId: 'F-FUZZ-1', boekdatum: '2026-03-31' }],
      roep: een(cockpit.journaliseer),
    },
    {
      naam: 'cockpit.crediteer',
      geldig: () => [
        {
          administratie: ADM,
          factuurId: 'F-FUZZ-1',
          creditFactuurId: 'CF-FUZZ-1',
          factuurdatum: '2026-04-30',
          regels: [{ regelId: 'werksoort:ADV|UREN|hoog', bedrag: '10.00' }],
          journaliserenNaVoltooien: true,
        },
      ],
      roep: een(cockpit.crediteer),
    },
    {
      naam: 'cockpit.raadpleegJournaalpost',
      geldig: () => [{ administratie: ADM, factuurId: 'F-FUZZ-1' }],
      roep: (args, context) => cockpit.raadpleegJournaalpost(args[0], context),
    },
    // Dagboek
    {
      naam: 'dagboek.kenFactuurnummerToe',
      geldig: () => [{ administratie: ADM, factuurId: 'F-DAG-1', integratiesoort: 'abonnementen' }],
      roep: een(dagboek.kenFactuurnummerToe),
    },
    {
      naam: 'dagboek.boekHandmatigNummer',
      geldig: () => [{ administratie: ADM, dagboek: '70', boekingId: 'B-1', volgnummer: 999_999 }],
      roep: een(dagboek.boekHandmatigNummer),
    },
    // Inrichting
    {
      naam: 'inrichting.richtAdministratieIn',
      geldig: () => [
        {
          administratie: 'ADM02',
          omgeving: 'O1',
          naam: 'Administratie 2',
          btwAfrondingsmodus: 'PER_REGEL',
          verdichtenPerProjectfase: true,
        },
      ],
      roep: een(inrichting.richtAdministratieIn),
    },
    {
      naam: 'inrichting.richtDagboekIn',
      geldig: () => [
        {
          administratie: ADM,
          dagboek: '72',
          dagboektype: 'verkoop',
          omschrijving: 'Tweede verkoopboek',
          reeks: { prefix: 'V2', laatsteFactuurnummer: 0, tot: 999_999 },
        },
      ],
      roep: een(inrichting.richtDagboekIn),
    },
    {
      naam: 'inrichting.richtGrootboekrekeningIn',
      geldig: () => [{ administratie: ADM, rekening: '8100', omschrijving: 'Omzet overig', functie: 'omzet' }],
      roep: een(inrichting.richtGrootboekrekeningIn),
    },
    {
      naam: 'inrichting.richtBtwCodeIn',
      geldig: () => [
        {
          administratie: ADM,
          btwPlicht: 'binnenland',
          tariefgroep: 'laag',
          btwCode: 'LAAG',
          percentage: '9',
          rekening: '1510',
        },
      ],
      roep: een(inrichting.richtBtwCodeIn),
    },
    {
      naam: 'inrichting.richtIntegratiesoortIn',
      geldig: () => [
        {
          administratie: ADM,
          integratiesoort: 'cursussen',
          dagboek: '70',
          creditDagboek: '71',
          omschrijvingFinancieel: 'bronNummerNaamFactuurrelatie',
          factuurkortingGebruiken: false,
          betalingskortingGebruiken: false,
          storneren: false,
        },
      ],
      roep: een(inrichting.richtIntegratiesoortIn),
    },
    ...(await factuurIngangen(opzet)),
  ]
  return { ...opzet, concepten, ingangen }
}
