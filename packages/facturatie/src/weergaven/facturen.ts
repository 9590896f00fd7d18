import { type Autorisatie, zichtbaarVoor } from './autorisatie'
import { type Antwoord, bevraag, type Definitie, type Vraag } from './bevraging'
import { type FacturenView, type FactuurRij, type FactuurregelRij, factuurSleutel } from './facturen-model'
import { verwerkFactuurEvent } from './facturen-verwerking'
import type { Weergave } from './registry'

export { type FacturenView, type FactuurRij, type FactuurregelRij, factuurSleutel } from './facturen-model'

/**
 * The facturen view (`facturen`): every invoice and its lines with issue and journal flags, kept from the log (R22).
 */
export const facturenWeergave: Weergave<FacturenView> = {
  naam: 'facturen',
  begin: () => ({ facturen: new Map(), regels: new Map(), declaranten: new Map() }),
  verwerk: verwerkFactuurEvent,
}

/** The columns of "alle facturen" and "niet verwerkte facturen" a query may sort on. */
export type FactuurKolom =
  | 'factuurnummer'
  | 'factuurdatum'
  | 'verkooprelatie'
  | 'factuurrelatieNaam'
  | 'bron'
  | 'soort'
  | 'totaalNetto'
  | 'totaalBruto'
  | 'status'
  | 'volledigVerstrekt'
  | 'gejournaliseerd'

export const factuurDefinitie: Definitie<FactuurRij, FactuurKolom> = {
  kolommen: {
    factuurnummer: 'tekst',
    factuurdatum: 'datum',
    verkooprelatie: 'tekst',
    factuurrelatieNaam: 'tekst',
    bron: 'tekst',
    soort: 'tekst',
    totaalNetto: 'bedrag',
    totaalBruto: 'bedrag',
    status: 'tekst',
    volledigVerstrekt: 'vlag',
    gejournaliseerd: 'vlag',
  },
  sleutel: (r) => factuurSleutel(r.administratie, r.factuurId),
  administratie: (r) => r.administratie,
  relaties: (r) => [r.verkooprelatie, r.factuurrelatie],
  status: (r) => r.status,
  datum: (r) => r.factuurdatum,
  waarde: (r, kolom) => r[kolom],
}

/** The columns of "alle factuurregels" a query may sort on. */
export type FactuurregelKolom =
  | 'factuurnummer'
  | 'factuurdatum'
  | 'regelId'
  | 'omschrijving'
  | 'bedrag'
  | 'btwCode'
  | 'integratiegroep'
  | 'status'
  | 'bron'

export const factuurregelDefinitie: Definitie<FactuurregelRij, FactuurregelKolom> = {
  kolommen: {
    factuurnummer: 'tekst',
    factuurdatum: 'datum',
    regelId: 'tekst',
    omschrijving: 'tekst',
    bedrag: 'bedrag',
    btwCode: 'tekst',
    integratiegroep: 'tekst',
    status: 'tekst',
    bron: 'tekst',
  },
  sleutel: (r) => `${factuurSleutel(r.administratie, r.factuurId)}|${String(r.volgorde).padStart(6, '0')}`,
  administratie: (r) => r.administratie,
  relaties: (r) => [r.verkooprelatie],
  status: (r) => r.status,
  datum: (r) => r.factuurdatum,
  waarde: (r, kolom) => r[kolom],
}

/** A query (filter, sort, page) on one of the invoice overviews, by its columns. */
export type FactuurVraag<Kolom extends string> = Vraag<Kolom>

const zichtbaar = (view: FacturenView, autorisatie: Autorisatie) => {
  const mag = zichtbaarVoor(view.declaranten, autorisatie)
  return (rij: { administratie: string; verkooprelatie: string }): boolean => mag(rij.administratie, rij.verkooprelatie)
}

/** R22 "alle facturen", of the verkooprelaties `autorisatie` may see (R12). */
export const alleFacturen = (
  view: FacturenView,
  autorisatie: Autorisatie,
  vraag?: FactuurVraag<FactuurKolom>,
): Antwoord<FactuurRij> => bevraag(view.facturen.values(), vraag, factuurDefinitie, zichtbaar(view, autorisatie))

/** R22 "niet verwerkte facturen": not fully issued by the debiteur's verstrekkingswijze, or not journalised. */
export const nietVerwerkteFacturen = (
  view: FacturenView,
  autorisatie: Autorisatie,
  vraag?: FactuurVraag<FactuurKolom>,
): Antwoord<FactuurRij> => {
  const magZienRij = zichtbaar(view, autorisatie)
  return bevraag(view.facturen.values(), vraag, factuurDefinitie, (r) => r.status !== 'verwerkt' && magZienRij(r))
}

function* alleRegels(view: FacturenView): Generator<FactuurregelRij> {
  for (const regels of view.regels.values()) yield* regels
}

/** R22 "alle factuurregels". */
export const alleFactuurregels = (
  view: FacturenView,
  autorisatie: Autorisatie,
  vraag?: FactuurVraag<FactuurregelKolom>,
): Antwoord<FactuurregelRij> => bevraag(alleRegels(view), vraag, factuurregelDefinitie, zichtbaar(view, autorisatie))
