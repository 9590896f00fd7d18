import type { Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import { berekenBtw } from '../geld'
import type { JournaliseringsInrichting } from './inrichting'
import type { Journaliseringsinvoer } from './invoer'

/** DOMAIN.md §3 as test data: relatie 10032, verdichting per werksoort, afronding down, an advance of 1,000.00. */
const regel = (
  regelId: string,
  soort: Factuurregel['soort'],
  bedrag: string,
  integratiegroep: string,
  omschrijving: string,
): Factuurregel => ({ regelId, omschrijving, soort, bedrag, btwCode: 'HOOG', btwPercentage: '21', integratiegroep })

export const relatie10032 = { nummer: '10032', naam: 'Koninklijke Exhibitions Benelux B.V.' }

/** With the afrondingsregels as separate lines; they land with the line they round. */
export const werkvoorbeeldOpdracht = (overrides: Partial<Factuuropdracht> = {}): Factuuropdracht => ({
  administratie: 'A1',
  bron: 'concept',
  bronId: 'C-2026-0001',
  verkooprelatie: relatie10032,
  factuurrelatie: relatie10032,
  valuta: 'EUR',
  btwPlicht: 'binnenland',
  factuurdatum: '2026-03-31',
  project: { nummer: 'P2026-017', omschrijving: 'Beursstand Jaarbeurs' },
  betalingsconditie: { termijnDagen: 30, kortingPercentage: '2', kortingTermijnDagen: 8 },
  regels: [
    regel('ADV', 'omzet', '1021.25', 'UREN', 'Advies'),
    regel('ADV-AFR', 'afronding', '-0.25', 'UREN', 'Afronding advies'),
    regel('ONT', 'omzet', '495.00', 'UREN', 'Ontwerp'),
    regel('KOSTEN', 'omzet', '151.01', 'KOSTEN', 'Reis- en drukkosten'),
    regel('KOSTEN-AFR', 'afronding', '-0.01', 'KOSTEN', 'Afronding kosten'),
    regel('VOORSCHOT', 'voorschotverrekening', '-1000.00', 'VOORSCHOT', 'Verrekening voorschot'),
  ],
  ...overrides,
})

export const invoerVoor = (opdracht: Factuuropdracht, factuurnummer = '26000001'): Journaliseringsinvoer => ({
  opdracht,
  factuurnummer,
  boekdatum: '2026-04-02',
  btw: berekenBtw(
    opdracht.regels.map((r) => ({ bedrag: r.bedrag, btwCode: r.btwCode, percentage: r.btwPercentage })),
    'PER_TOTAAL',
  ),
})

export const werkvoorbeeldInrichting = (
  overrides: Partial<JournaliseringsInrichting> = {},
): JournaliseringsInrichting => ({
  administratie: 'A1',
  integratiesoort: 'automatischeProjectfacturen',
  dagboek: '70',
  bron: '[pro]',
  omschrijvingFinancieel: 'bronNummerNaamFactuurrelatie',
  verdichtenPerProjectfase: false,
  factuurkortingGebruiken: false,
  betalingskortingGebruiken: true,
  storneren: false,
  btwAfrondingsmodus: 'PER_TOTAAL',
  debiteurenrekening: '1300',
  integratiegroepen: { UREN: '8000', KOSTEN: '8050', VOORSCHOT: '1450' },
  btwCodes: { HOOG: { percentage: '21', rekening: '1510' } },
  ...overrides,
})

/** A credit note for the whole worked example: every line negated, referring to the original. */
export const creditVanWerkvoorbeeld = (): Journaliseringsinvoer => {
  const opdracht = werkvoorbeeldOpdracht()
  const credit: Factuuropdracht = {
    ...opdracht,
    factuurdatum: '2026-04-15',
    regels: opdracht.regels.map((r) => ({ ...r, bedrag: negeer(r.bedrag) })),
  }
  return {
    ...invoerVoor(credit, '26000002'),
    boekdatum: '2026-04-15',
    creditnota: { origineelFactuurId: 'F-1', origineelFactuurnummer: '26000001' },
  }
}

const negeer = (bedrag: string): string => (bedrag.startsWith('-') ? bedrag.slice(1) : `-${bedrag}`)
