// The host's own data for the worked example (DOMAIN.md §3): set-up, master data and the month's nacalculatie.
import type { cockpit, concept, inrichting } from '@factuurstroom/facturatie'

export const adm = 'ADM01'
export const relatie = { nummer: '10032', naam: 'Koninklijke Exhibitions Benelux B.V.' }
export const project = { nummer: 'P-2026-014', omschrijving: 'Beursstand Jaarbeurs 2026' }

type Inrichtingsactie = Extract<keyof inrichting.InrichtingService, `richt${string}`>
const rekening = (rekening: string, omschrijving: string, functie: string, integratiegroepen: string[] = []) =>
  ['richtGrootboekrekeningIn', { administratie: adm, rekening, omschrijving, functie, integratiegroepen }] as const

/** Set-up, once per administratie: dagboek 70 numbers the invoices, the accounts and btw-code journalise them. */
export const inrichtingsstappen: readonly (readonly [Inrichtingsactie, object])[] = [
  [
    'richtAdministratieIn',
    {
      administratie: adm,
      omgeving: 'O1',
      naam: 'Demo B.V.',
      btwAfrondingsmodus: 'PER_TOTAAL',
      verdichtenPerProjectfase: false,
    },
  ],
  [
    'richtDagboekIn',
    {
      administratie: adm,
      dagboek: '70',
      dagboektype: 'verkoop',
      omschrijving: 'Verkoopboek',
      reeks: { laatsteFactuurnummer: 26_000_000, tot: 26_999_999 },
    },
  ],
  rekening('1300', 'Debiteuren', 'debiteuren'),
  rekening('1450', 'Gefactureerde voorschotten', 'voorschotten', ['VOORSCHOT']),
  rekening('1510', 'Btw hoog', 'btw'),
  rekening('8000', 'Omzet uren', 'omzet', ['UREN']),
  rekening('8050', 'Doorbelaste kosten', 'omzet', ['KOSTEN']),
  [
    'richtBtwCodeIn',
    {
      administratie: adm,
      btwPlicht: 'binnenland',
      tariefgroep: 'hoog',
      btwCode: 'HOOG',
      percentage: '21',
      rekening: '1510',
    },
  ],
  [
    'richtIntegratiesoortIn',
    {
      administratie: adm,
      integratiesoort: 'automatischeProjectfacturen',
      dagboek: '70',
      omschrijvingFinancieel: 'bronNummerNaamFactuurrelatie',
      factuurkortingGebruiken: false,
      betalingskortingGebruiken: false,
      storneren: false,
    },
  ],
]

/** Master data the host keeps: project settings of the administratie, concept settings per relatie and project. */
export const stamgegevens: concept.Conceptstamgegevens = {
  projectInstellingen: () => ({
    facturerenOpBasisVanConcepten: true,
    striktMinimum: false,
    striktMaximum: false,
    conceptmethode: 'perProject',
    verdichting: 'perWerksoort',
    afronding: { methode: { stap: '1', richting: 'omlaag' }, kostensoort: 'AFR' },
    voorschot: { kostensoort: 'VOORSCH', omschrijving: 'Voorschot verrekend', integratiegroep: 'VOORSCHOT' },
    doorgeschovenRegelsFactureerbaarStellen: false,
    projectenFacturerenAanAlleVerkooprelaties: false,
  }),
  relatieInstellingen: (_adm, nummer) => (nummer === relatie.nummer ? { btwPlicht: 'binnenland' } : undefined),
  apartFactureren: (_adm, nummer) => (nummer === project.nummer ? false : undefined),
}

/** The relatie's profile: invoiced apart, the invoice e-mailed as PDF (R19, R22). */
export const profiel = (nummer: string): cockpit.Verkooprelatieprofiel => ({
  relatie: nummer,
  geblokkeerd: false,
  verzamelmethode: 'apart',
  verzamelperiode: 'niet',
  verstrekkingen: [{ rapport: 'factuur', wijze: 'emailPdf' }],
})

const regel = (
  regelId: string,
  soort: 'uren' | 'kosten',
  item: string,
  aantal: string,
  prijs: string,
  bedrag: string,
) => ({
  regelId,
  soort,
  itemcode: item,
  omschrijving: soort === 'uren' ? `${item} ${aantal} uur` : item,
  aantal,
  prijs,
  bedrag,
  btwTariefgroep: 'hoog',
  integratiegroep: soort === 'uren' ? 'UREN' : 'KOSTEN',
  project: project.nummer,
})

/** The month's billable nacalculatie on project P-2026-014. */
export const nacalculatie = [
  regel('n1', 'uren', 'ADV', '7.50', '95.00', '712.50'),
  regel('n2', 'uren', 'ADV', '3.25', '95.00', '308.75'),
  regel('n3', 'uren', 'ONT', '6.00', '82.50', '495.00'),
  regel('n4', 'kosten', 'REIS', '142', '0.23', '32.66'),
  regel('n5', 'kosten', 'DRUK', '1', '118.35', '118.35'),
]

/** An advance invoiced earlier: 1,000.00 + 210.00 VAT, settled on the concept (R9). */
export const voorschotfactuur = {
  factuurnummer: '2026000117',
  bron: 'projectfactuur',
  bedrag: '1000.00',
  btwBedrag: '210.00',
  btwCode: 'HOOG',
  btwPercentage: '21',
}
