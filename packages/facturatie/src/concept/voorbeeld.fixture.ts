/** The worked example of DOMAIN.md §3 as shared spec data: relatie 10032, per project, verdichting per werksoort. */
import type { ConceptCommand, ConceptKopGegevens, NieuweRegel } from './commands'
import { alsRegelset, type ConceptEvent, type ConceptRegel } from './events'
import type { BtwCodeRegel, ProjectInstellingen, VerkooprelatieInstellingen } from './instellingen'

export const ADM = 'ADM01'
export const CONCEPT = 'c-1'
export const relatie10032 = { nummer: '10032', naam: 'Koninklijke Exhibitions Benelux B.V.' }
export const projectBeurs = { nummer: 'P-2026-014', omschrijving: 'Beursstand Jaarbeurs 2026' }

export const projectInstellingen: ProjectInstellingen = {
  facturerenOpBasisVanConcepten: true,
  striktMinimum: false,
  striktMaximum: false,
  conceptmethode: 'perProject',
  verdichting: 'perWerksoort',
  voorschot: { kostensoort: 'VOORSCH', omschrijving: 'Voorschot verrekend', integratiegroep: 'VOORSCHOT' },
  doorgeschovenRegelsFactureerbaarStellen: false,
  projectenFacturerenAanAlleVerkooprelaties: false,
  afronding: { methode: { stap: '1', richting: 'omlaag' }, kostensoort: 'AFR' },
}

export const relatieInstellingen: VerkooprelatieInstellingen = { btwPlicht: 'binnenland' }

export const btwCodes: BtwCodeRegel[] = [
  { btwPlicht: 'binnenland', tariefgroep: 'hoog', btwCode: 'HOOG', percentage: '21' },
  { btwPlicht: 'binnenland', tariefgroep: 'laag', btwCode: 'LAAG', percentage: '9' },
  { btwPlicht: 'verlegd', tariefgroep: 'hoog', btwCode: 'VERLEGD', percentage: '0' },
  { btwPlicht: 'verlegd', tariefgroep: 'laag', btwCode: 'VERLEGD', percentage: '0' },
]

export const kop = (overrides: Partial<ConceptKopGegevens> = {}): ConceptKopGegevens => ({
  verkooprelatie: relatie10032,
  valuta: 'EUR',
  btwPlicht: 'binnenland',
  projectInstellingen,
  relatieInstellingen,
  aanleiding: 'nacalculatie',
  project: projectBeurs,
  ...overrides,
})

const uren = (
  regelId: string,
  werksoort: string,
  naam: string,
  aantal: string,
  prijs: string,
  bedrag: string,
): NieuweRegel => ({
  regelId,
  nacalculatieRegelId: regelId,
  soort: 'uren',
  itemcode: werksoort,
  itemomschrijving: naam,
  omschrijving: `${naam} ${aantal} uur`,
  aantal,
  prijs,
  bedrag,
  btwTariefgroep: 'hoog',
  integratiegroep: 'UREN',
  project: projectBeurs,
  valuta: 'EUR',
})

const kosten = (
  regelId: string,
  kostensoort: string,
  naam: string,
  aantal: string,
  prijs: string,
  bedrag: string,
): NieuweRegel => ({
  regelId,
  nacalculatieRegelId: regelId,
  soort: 'kosten',
  itemcode: kostensoort,
  itemomschrijving: naam,
  omschrijving: naam,
  aantal,
  prijs,
  bedrag,
  btwTariefgroep: 'hoog',
  integratiegroep: 'KOSTEN',
  project: projectBeurs,
  valuta: 'EUR',
})

export const nacalculatie: NieuweRegel[] = [
  uren('n1', 'ADV', 'Advies', '7.50', '95.00', '712.50'),
  uren('n2', 'ADV', 'Advies', '3.25', '95.00', '308.75'),
  uren('n3', 'ONT', 'Ontwerp', '6.00', '82.50', '495.00'),
  kosten('n4', 'REIS', 'Reiskosten', '142', '0.23', '32.66'),
  kosten('n5', 'DRUK', 'Drukwerk', '1', '118.35', '118.35'),
]

/** What the decider makes of a NieuweRegel from nacalculatie under verdichting per werksoort. */
export const alsConceptRegel = ({ valuta: _valuta, ...regel }: NieuweRegel): ConceptRegel => ({
  ...regel,
  herkomst: 'nacalculatie',
  verwerkingsmethode: 'F',
  verdichteRegel:
    regel.soort === 'uren'
      ? { id: `werksoort:${regel.itemcode}|UREN|hoog`, omschrijving: regel.itemomschrijving as string }
      : { id: 'kosten|KOSTEN|hoog', omschrijving: 'Kosten' },
})

export const voorschotfactuur = {
  factuurnummer: '2026000117',
  bron: 'projectfactuur' as const,
  bedrag: '1000.00',
  btwBedrag: '210.00',
  btwCode: 'HOOG',
  btwPercentage: '21',
}

export const voorschotRegel: ConceptRegel = {
  regelId: 'voorschot:2026000117',
  herkomst: 'voorschot',
  verwerkingsmethode: 'V',
  soort: 'kosten',
  itemcode: 'VOORSCH',
  omschrijving: 'Voorschot verrekend',
  bedrag: '1000.00',
  btwTariefgroep: 'HOOG',
  integratiegroep: 'VOORSCHOT',
  project: projectBeurs,
  btw: { btwCode: 'HOOG', percentage: '21' },
  voorschotfactuur,
}

export const geopend = (overrides: Partial<ConceptKopGegevens> = {}, conceptId = CONCEPT): ConceptEvent => {
  const k = kop(overrides)
  return {
    type: 'ConceptGeopend',
    data: {
      administratie: ADM,
      conceptId,
      verkooprelatie: k.verkooprelatie,
      valuta: k.valuta,
      btwPlicht: k.btwPlicht,
      conceptmethode: k.projectInstellingen.conceptmethode,
      projectInstellingen: k.projectInstellingen,
      relatieInstellingen: k.relatieInstellingen,
      aanleiding: k.aanleiding,
      ...(k.project === undefined ? {} : { project: k.project }),
    },
  }
}

/** `ConceptRegelsToegevoegd` of full lines, recorded as the decider records them (exact shape: voorbeeld.unit.spec). */
export const toegevoegd = (regels: ConceptRegel[], conceptId = CONCEPT): ConceptEvent => ({
  type: 'ConceptRegelsToegevoegd',
  data: { administratie: ADM, conceptId, ...alsRegelset(regels) },
})

export const factureerbaar = (conceptId = CONCEPT): ConceptEvent => ({
  type: 'ConceptFactureerbaarGesteld',
  data: { administratie: ADM, conceptId },
})

export const factureer = (
  overrides: Partial<Extract<ConceptCommand, { type: 'FactureerConcept' }>> = {},
): Extract<ConceptCommand, { type: 'FactureerConcept' }> => ({
  type: 'FactureerConcept',
  administratie: ADM,
  conceptId: CONCEPT,
  factuurId: 'f-1',
  factuurdatum: '2026-01-31',
  projectInstellingen,
  relatieInstellingen,
  btwCodes,
  btwAfrondingsmodus: 'PER_TOTAAL',
  projecten: [{ nummer: projectBeurs.nummer, apartFactureren: false }],
  ...overrides,
})

/** The concept of §3, ready to invoice. */
export const voorbeeldHistorie: ConceptEvent[] = [
  geopend(),
  toegevoegd(nacalculatie.map(alsConceptRegel)),
  { type: 'VoorschotRegelToegevoegd', data: { administratie: ADM, conceptId: CONCEPT, regels: [voorschotRegel] } },
  factureerbaar(),
]

/** One nacalculatie line as a host hands it to `neemNacalculatieOver`: an hour of advice on project Beurs. */
export const nacalculatieregel = (regelId: string, overrides: Record<string, unknown> = {}) => ({
  regelId,
  project: projectBeurs.nummer,
  soort: 'uren',
  itemcode: 'ADV',
  itemomschrijving: 'Advies',
  omschrijving: 'Advies',
  aantal: '1.00',
  prijs: '95.00',
  bedrag: '95.00',
  btwTariefgroep: 'hoog',
  integratiegroep: 'UREN',
  ...overrides,
})

/** `neemNacalculatieOver`'s input: relatie 10032's lines on project Beurs or P-2, in euro. */
export const nacalculatieInvoer = (regels: unknown[], overrides: Record<string, unknown> = {}) => ({
  administratie: 'ADM01',
  verkooprelatie: relatie10032,
  valuta: 'EUR',
  projectInstellingen,
  relatieInstellingen,
  projecten: [projectBeurs, { nummer: 'P-2', omschrijving: 'Tweede project' }],
  regels,
  ...overrides,
})
