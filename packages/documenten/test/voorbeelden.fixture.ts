import { decisionEvents } from '@factuurstroom/eventsourcing'
import { decimaal, type Factuuropdracht, type Factuurregel, factuur, type Partij } from '@factuurstroom/facturatie'
import { isLeft } from 'fp-ts/lib/Either.js'

export const leverancier: Partij = {
  naam: 'Voorbeeld Advies B.V.',
  adres: { straat: 'Stationsplein 1', postcode: '3511 ED', plaats: 'Utrecht', land: 'NL' },
  btwId: 'NL859123456B01',
  kvk: '30123456',
  iban: 'NL91ABNA0417164300',
  email: 'facturen@voorbeeld-advies.nl',
  peppol: { id: '30123456', schema: '0106' },
}

export const klantNl: Partij = {
  naam: 'Koninklijke Exhibitions Benelux B.V.',
  adres: { straat: 'Jaarbeursplein 6', postcode: '3521 AL', plaats: 'Utrecht', land: 'NL' },
  btwId: 'NL001234567B02',
  kvk: '30054321',
  peppol: { id: '30054321', schema: '0106' },
  factuurEmail: { factuur: 'crediteuren@exhibitions.example' },
}

export const klantBe: Partij = {
  naam: 'Stands & Co BV',
  adres: { straat: 'Meir 12', postcode: '2000', plaats: 'Antwerpen', land: 'BE' },
  btwId: 'BE0123456749',
  identificatie: { id: '0123456749', schema: '0208' },
  peppol: { id: '0123456749', schema: '0208' },
}

const regel = (
  regelId: string,
  omschrijving: string,
  extra: Partial<Factuurregel> & { bedrag: string },
): Factuurregel => ({
  regelId,
  omschrijving,
  soort: 'omzet',
  btwCode: 'HOOG',
  btwPercentage: '21',
  integratiegroep: 'UREN',
  ...extra,
})

/** Two lines at 21 % whose VAT differs by mode (R33: 10.51 per line, 10.50 on the total), one at 9 %, an advance. */
export const binnenlandseOpdracht = (overrides: Partial<Factuuropdracht> = {}): Factuuropdracht => ({
  administratie: 'A1',
  bron: 'handmatig',
  bronId: 'F-1',
  verkooprelatie: { nummer: '10032', naam: klantNl.naam },
  factuurrelatie: { nummer: '10032', naam: klantNl.naam },
  valuta: 'EUR',
  btwPlicht: 'binnenland',
  factuurdatum: '2026-03-31',
  leverdatum: '2026-03-27',
  project: { nummer: 'P2026-017', omschrijving: 'Beursstand Jaarbeurs' },
  betalingsconditie: { termijnDagen: 30 },
  partijen: { leverancier, afnemer: klantNl },
  regels: [
    regel('R1', 'Advies maart', { aantal: '2.5', prijs: '15.00', bedrag: '37.50', eenheid: 'uur', itemcode: 'ADV' }),
    regel('R2', 'Ontwerp', { aantal: '1', prijs: '12.50', bedrag: '12.50', itemcode: 'ONT' }),
    regel('R3', 'Drukwerk standmateriaal', {
      aantal: '1200',
      prijs: '0.8575',
      bedrag: '1029.00',
      btwCode: 'LAAG',
      btwPercentage: '9',
      integratiegroep: 'KOSTEN',
    }),
    regel('R4', 'Afronding', { bedrag: '-0.01', soort: 'afronding' }),
    regel('R5', 'Verrekening voorschot 26000001', {
      bedrag: '-100.00',
      soort: 'voorschotverrekening',
      integratiegroep: 'VOORSCHOT',
    }),
  ],
  ...overrides,
})

export const verlegdeOpdracht = (): Factuuropdracht =>
  binnenlandseOpdracht({
    btwPlicht: 'verlegd',
    regels: [
      regel('R1', 'Onderaanneming montage', {
        aantal: '16',
        prijs: '55.00',
        bedrag: '880.00',
        btwCode: 'VERLEGD',
        btwPercentage: '0',
      }),
    ],
  })

export const intraEuOpdracht = (): Factuuropdracht =>
  binnenlandseOpdracht({
    btwPlicht: 'binnenEu',
    verkooprelatie: { nummer: '40001', naam: klantBe.naam },
    factuurrelatie: { nummer: '40001', naam: klantBe.naam },
    partijen: { leverancier, afnemer: klantBe },
    regels: [
      regel('R1', 'Standbouwpakket', {
        aantal: '3',
        prijs: '1250.00',
        bedrag: '3750.00',
        btwCode: 'ICP',
        btwPercentage: '0',
      }),
    ],
  })

const beslis = (command: factuur.FactuurCommand, history: readonly factuur.FactuurEvent[]): factuur.FactuurEvent[] => {
  const state = history.reduce(factuur.factuurDecider.evolve, factuur.factuurDecider.initialState())
  const decision = factuur.factuurDecider.decide(command, state)
  if (isLeft(decision)) throw new Error(`${decision.left.code}: ${decision.left.message}`)
  return [...history, ...decisionEvents(decision.right)]
}

/** An invoice's events: made and numbered (and for a credit note, referring to its original). */
export const factuurEvents = (
  opdracht: Factuuropdracht,
  factuurnummer: string,
  opties: {
    modus?: 'PER_REGEL' | 'PER_TOTAAL'
    creditnota?: factuur.MaakFactuur['creditnota']
    factuurId?: string
  } = {},
): factuur.FactuurEvent[] => {
  const factuurId = opties.factuurId ?? `F-${factuurnummer}`
  const gemaakt = beslis(
    {
      type: 'MaakFactuur',
      administratie: 'A1',
      factuurId,
      integratiesoort: 'handmatigeProjectfacturen',
      opdracht,
      btwAfrondingsmodus: opties.modus ?? 'PER_TOTAAL',
      verstrekkingen: [
        { rapport: 'factuur', wijze: 'emailPdf' },
        { rapport: 'ubl', wijze: 'ubl' },
      ],
      factuurrelatieGeblokkeerd: false,
      ...(opties.creditnota ? { creditnota: opties.creditnota } : {}),
    },
    [],
  )
  return beslis(
    { type: 'RegistreerFactuurnummer', administratie: 'A1', factuurId, factuurnummer, dagboek: '70' },
    gemaakt,
  )
}

/** The domestic invoice credited in full: its lines negated, referring to number and date of the original. */
export const creditnotaEvents = (): factuur.FactuurEvent[] => {
  const origineel = binnenlandseOpdracht()
  return factuurEvents(
    {
      ...origineel,
      factuurdatum: '2026-04-10',
      regels: origineel.regels.map((r) => ({ ...r, bedrag: decimaal(r.bedrag).negated().toFixed(2) })),
    },
    '26900001',
    {
      creditnota: {
        origineelFactuurId: 'F-26000001',
        origineelFactuurnummer: '26000001',
        origineelFactuurdatum: '2026-03-31',
      },
    },
  )
}
