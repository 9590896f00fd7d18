import type { RecordedEvent } from '@factuurstroom/eventsourcing'
import type { Factuurbron } from '../gedeeld/factuuropdracht'
import { decimaal } from '../geld'
import { type Autorisatie, type Toewijzingen, volgToewijzing, zichtbaarVoor } from './autorisatie'
import { type Antwoord, bevraag, type Definitie, type Vraag } from './bevraging'
import { herkomstVan, type Weergave, type WeergaveEvent } from './registry'

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

export interface FacturenView {
  readonly facturen: Map<string, FactuurRij>
  readonly regels: Map<string, FactuurregelRij[]>
  /** Per administratie|relatie, the declarant assignment as of the view's position (R12). */
  readonly declaranten: Toewijzingen
}

export const factuurSleutel = (administratie: string, id: string): string => `${administratie}|${id}`

const verwerkt = (rij: FactuurRij): void => {
  rij.status =
    rij.factuurnummer === undefined
      ? 'aangemaakt'
      : rij.volledigVerstrekt && rij.gejournaliseerd
        ? 'verwerkt'
        : 'nietVerwerkt'
}

export const facturenWeergave: Weergave<FacturenView> = {
  naam: 'facturen',
  begin: () => ({ facturen: new Map(), regels: new Map(), declaranten: new Map() }),
  verwerk: (view: FacturenView, event: WeergaveEvent, recorded: RecordedEvent): void => {
    const { positie, vastgelegdOp } = herkomstVan(recorded)
    volgToewijzing(view.declaranten, event)
    switch (event.type) {
      case 'FactuurAangemaakt': {
        const d = event.data
        const o = d.opdracht
        const key = factuurSleutel(d.administratie, d.factuurId)
        const regels = o.regels.map((regel, volgorde): FactuurregelRij => {
          const info = d.regels[volgorde]
          return {
            administratie: d.administratie,
            factuurId: d.factuurId,
            factuurnummer: undefined,
            volgorde,
            regelId: regel.regelId,
            omschrijving: regel.omschrijving,
            soort: regel.soort,
            bedrag: regel.bedrag,
            btwCode: regel.btwCode,
            btwPercentage: regel.btwPercentage,
            integratiegroep: regel.integratiegroep,
            aantal: regel.aantal,
            prijs: regel.prijs,
            itemcode: regel.itemcode,
            project: regel.project?.nummer ?? o.project?.nummer,
            status: info?.status ?? 'Afgehandeld',
            bron: info?.herkomst.bron ?? d.bron,
            bronId: info?.herkomst.bronId ?? d.bronId,
            bronRegelId: info?.herkomst.bronRegelId,
            verkooprelatie: o.verkooprelatie.nummer,
            factuurdatum: o.factuurdatum,
            gecrediteerd: '0.00',
          }
        })
        const teVerstrekken = d.verstrekkingen.map((v) => v.rapport)
        const rij: FactuurRij = {
          administratie: d.administratie,
          factuurId: d.factuurId,
          factuurnummer: undefined,
          dagboek: undefined,
          bron: d.bron,
          bronId: d.bronId,
          integratiesoort: d.integratiesoort,
          soort: d.bron === 'verzamelfactuur' ? 'verzamel' : 'apart',
          verkooprelatie: o.verkooprelatie.nummer,
          verkooprelatieNaam: o.verkooprelatie.naam,
          factuurrelatie: o.factuurrelatie.nummer,
          factuurrelatieNaam: o.factuurrelatie.naam,
          factuurdatum: o.factuurdatum,
          valuta: o.valuta,
          totaalNetto: d.btw.totaalNetto,
          totaalBtw: d.btw.totaalBtw,
          totaalBruto: d.btw.totaalBruto,
          aantalRegels: regels.length,
          teVerstrekken,
          verstrekt: [],
          // Nothing to issue means nothing is outstanding on that side.
          volledigVerstrekt: teVerstrekken.length === 0,
          gejournaliseerd: false,
          boekdatum: undefined,
          gecrediteerd: '0.00',
          creditnotaVan: d.creditnota?.origineelFactuurnummer,
          status: 'aangemaakt',
          aangemaaktOp: vastgelegdOp,
          positie,
        }
        view.facturen.set(key, rij)
        view.regels.set(key, regels)
        return
      }
      case 'FactuurregelToegevoegd':
      case 'FactuurregelGewijzigd': {
        const d = event.data
        const key = factuurSleutel(d.administratie, d.factuurId)
        const rij = view.facturen.get(key)
        const regels = view.regels.get(key)
        if (!rij || !regels) return
        const bestaand = regels.find((r) => r.regelId === d.regel.regelId)
        // What a manual line's edit may change, and what a new line starts with.
        const inhoud = {
          omschrijving: d.regel.omschrijving,
          soort: d.regel.soort,
          bedrag: d.regel.bedrag,
          btwCode: d.regel.btwCode,
          btwPercentage: d.regel.btwPercentage,
          integratiegroep: d.regel.integratiegroep,
          aantal: d.regel.aantal,
          prijs: d.regel.prijs,
          itemcode: d.regel.itemcode,
        }
        if (bestaand) {
          Object.assign(bestaand, inhoud)
        } else if (event.type === 'FactuurregelToegevoegd') {
          regels.push({
            administratie: d.administratie,
            factuurId: d.factuurId,
            factuurnummer: rij.factuurnummer,
            volgorde: regels.length,
            regelId: d.regel.regelId,
            ...inhoud,
            project: d.regel.project?.nummer,
            status: event.data.status,
            bron: event.data.herkomst.bron,
            bronId: event.data.herkomst.bronId,
            bronRegelId: event.data.herkomst.bronRegelId,
            verkooprelatie: rij.verkooprelatie,
            factuurdatum: rij.factuurdatum,
            gecrediteerd: '0.00',
          })
        }
        rij.aantalRegels = regels.length
        rij.totaalNetto = d.btw.totaalNetto
        rij.totaalBtw = d.btw.totaalBtw
        rij.totaalBruto = d.btw.totaalBruto
        rij.positie = positie
        return
      }
      case 'Gefactureerd': {
        const d = event.data
        const key = factuurSleutel(d.administratie, d.factuurId)
        const rij = view.facturen.get(key)
        if (!rij) return
        rij.factuurnummer = d.factuurnummer
        rij.dagboek = d.dagboek
        rij.totaalNetto = d.totaalNetto
        rij.totaalBtw = d.totaalBtw
        rij.totaalBruto = d.totaalBruto
        for (const regel of view.regels.get(key) ?? []) regel.factuurnummer = d.factuurnummer
        rij.positie = positie
        verwerkt(rij)
        return
      }
      case 'FactuurVerstrekt': {
        const rij = view.facturen.get(factuurSleutel(event.data.administratie, event.data.factuurId))
        if (!rij) return
        if (!rij.verstrekt.includes(event.data.rapport)) rij.verstrekt.push(event.data.rapport)
        rij.volledigVerstrekt = rij.volledigVerstrekt || event.data.volledigVerstrekt
        rij.positie = positie
        verwerkt(rij)
        return
      }
      case 'FactuurGejournaliseerd': {
        const rij = view.facturen.get(factuurSleutel(event.data.administratie, event.data.factuurId))
        if (!rij) return
        rij.gejournaliseerd = true
        rij.boekdatum = event.data.boekdatum
        rij.positie = positie
        verwerkt(rij)
        return
      }
      case 'FactuurGecrediteerd': {
        const key = factuurSleutel(event.data.administratie, event.data.factuurId)
        const rij = view.facturen.get(key)
        if (!rij) return
        let totaal = decimaal(rij.gecrediteerd)
        const regels = view.regels.get(key) ?? []
        for (const { regelId, bedrag } of event.data.regels) {
          totaal = totaal.plus(bedrag)
          const regel = regels.find((r) => r.regelId === regelId)
          if (regel) regel.gecrediteerd = decimaal(regel.gecrediteerd).plus(bedrag).toFixed(2)
        }
        rij.gecrediteerd = totaal.toFixed(2)
        rij.positie = positie
        return
      }
      default:
        return
    }
  },
}

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
