import type { Factuurbron } from '../gedeeld/factuuropdracht'
import type { Toewijzingen } from './autorisatie'

/** R22 "alle facturen": one row per invoice, separate and collective. */
export interface FactuurRij {
  readonly administratie: string
  readonly factuurId: string
  /** Set once the integratie-dagboek numbered the invoice (Gefactureerd). */
  factuurnummer: string | undefined
  dagboek: string | undefined
  readonly bron: Factuurbron
  readonly bronId: string
  readonly integratiesoort: string
  /** `verzamel` for a verzamelfactuur (R19), `apart` otherwise. */
  readonly soort: 'apart' | 'verzamel'
  readonly verkooprelatie: string
  readonly verkooprelatieNaam: string
  readonly factuurrelatie: string
  readonly factuurrelatieNaam: string
  readonly factuurdatum: string
  readonly valuta: string
  totaalNetto: string
  totaalBtw: string
  totaalBruto: string
  aantalRegels: number
  /** The reports the factuurrelatie's verstrekkingswijze asks for, and those issued so far (R22). */
  readonly teVerstrekken: readonly string[]
  readonly verstrekt: string[]
  volledigVerstrekt: boolean
  gejournaliseerd: boolean
  boekdatum: string | undefined
  /** Credited so far against this invoice (R31), in its own sign. */
  gecrediteerd: string
  /** For a credit note: the invoice it credits. */
  readonly creditnotaVan: string | undefined
  /** `aangemaakt` (no number yet), `nietVerwerkt` (numbered; not fully issued or not journalised), `verwerkt`. */
  status: 'aangemaakt' | 'nietVerwerkt' | 'verwerkt'
  readonly aangemaaktOp: string
  /** Global position of the last event that changed the row. */
  positie: string
}

/** R22 "alle factuurregels": one row per invoice line, with its invoice's key columns. */
export interface FactuurregelRij {
  readonly administratie: string
  readonly factuurId: string
  factuurnummer: string | undefined
  readonly volgorde: number
  readonly regelId: string
  omschrijving: string
  soort: string
  bedrag: string
  btwCode: string
  btwPercentage: string
  integratiegroep: string
  aantal: string | undefined
  prijs: string | undefined
  itemcode: string | undefined
  project: string | undefined
  /** R23: Actief (manual, editable while the invoice is active) or Afgehandeld (generated). */
  readonly status: 'Actief' | 'Afgehandeld'
  readonly bron: Factuurbron
  readonly bronId: string
  readonly bronRegelId: string | undefined
  readonly verkooprelatie: string
  readonly factuurdatum: string
  gecrediteerd: string
}

/**
 * The state of the facturen view: invoices and their lines, both by `factuurSleutel`, and the declarant assignments.
 */
export interface FacturenView {
  readonly facturen: Map<string, FactuurRij>
  readonly regels: Map<string, FactuurregelRij[]>
  /** Per administratie|relatie, the declarant assignment as of the view's position (R12). */
  readonly declaranten: Toewijzingen
}

export const factuurSleutel = (administratie: string, id: string): string => `${administratie}|${id}`
