import { combineRegistries, type Projection } from '@factuurstroom/eventsourcing'
import { type DagboekEvent, dagboekRegistry, type FactuurEvent, factuurRegistry } from './facturatie'

/**
 * The cockpit views this host serves (R22): alle facturen, niet verwerkte facturen and alle factuurregels, with a
 * filter and pages. A linear fold over the log with mutable maps. When the library's views
 * (`packages/facturatie/src/weergaven`: `weergavenProjectie`, `alleFacturen`, `nietVerwerkteFacturen`,
 * `alleFactuurregels`, same filter-and-page shape) are exported, they replace this file.
 */

export interface FactuurRij {
  readonly administratie: string
  readonly factuurId: string
  factuurnummer: string | null
  readonly bron: string
  readonly verkooprelatie: string
  readonly factuurrelatie: string
  readonly factuurrelatieNaam: string
  readonly factuurdatum: string
  readonly totaalNetto: string
  readonly totaalBtw: string
  readonly totaalBruto: string
  volledigVerstrekt: boolean
  gejournaliseerd: boolean
}

export interface FactuurregelRij {
  readonly administratie: string
  readonly factuurId: string
  readonly regelId: string
  readonly omschrijving: string
  readonly bedrag: string
  readonly btwCode: string
  readonly status: 'Actief' | 'Afgehandeld'
}

export interface View {
  readonly facturen: Map<string, FactuurRij>
  readonly regels: FactuurregelRij[]
}

type Event = FactuurEvent | DagboekEvent

export const cockpitProjectie: Projection<View, Event> = {
  name: 'host-http-cockpit',
  registry: combineRegistries<Event>(factuurRegistry, dagboekRegistry),
  initialView: () => ({ facturen: new Map(), regels: [] }),
  evolve: (view, event) => {
    const rij =
      'factuurId' in event.data ? view.facturen.get(`${event.data.administratie}|${event.data.factuurId}`) : undefined
    switch (event.type) {
      case 'FactuurAangemaakt': {
        const d = event.data
        view.facturen.set(`${d.administratie}|${d.factuurId}`, {
          administratie: d.administratie,
          factuurId: d.factuurId,
          factuurnummer: null,
          bron: d.bron,
          verkooprelatie: d.opdracht.verkooprelatie.nummer,
          factuurrelatie: d.opdracht.factuurrelatie.nummer,
          factuurrelatieNaam: d.opdracht.factuurrelatie.naam,
          factuurdatum: d.opdracht.factuurdatum,
          totaalNetto: d.btw.totaalNetto,
          totaalBtw: d.btw.totaalBtw,
          totaalBruto: d.btw.totaalBruto,
          volledigVerstrekt: d.verstrekkingen.length === 0,
          gejournaliseerd: false,
        })
        d.opdracht.regels.forEach((regel, i) => {
          view.regels.push({
            administratie: d.administratie,
            factuurId: d.factuurId,
            regelId: regel.regelId,
            omschrijving: regel.omschrijving,
            bedrag: regel.bedrag,
            btwCode: regel.btwCode,
            status: d.regels[i]?.status ?? 'Afgehandeld',
          })
        })
        return view
      }
      case 'Gefactureerd':
        if (rij) rij.factuurnummer = event.data.factuurnummer
        return view
      case 'FactuurVerstrekt':
        if (rij && event.data.volledigVerstrekt) rij.volledigVerstrekt = true
        return view
      case 'FactuurGejournaliseerd':
        if (rij) rij.gejournaliseerd = true
        return view
      default:
        return view
    }
  },
}

export interface Vraag {
  readonly administratie: string
  readonly relatie?: string
  readonly factuurId?: string
  /** 1-based. */
  readonly pagina: number
  readonly grootte: number
}

export interface Antwoord<Rij> {
  readonly rijen: readonly Rij[]
  readonly totaal: number
  readonly pagina: number
  readonly grootte: number
}

const pagina = <Rij>(rijen: readonly Rij[], vraag: Vraag): Antwoord<Rij> => ({
  rijen: rijen.slice((vraag.pagina - 1) * vraag.grootte, vraag.pagina * vraag.grootte),
  totaal: rijen.length,
  pagina: vraag.pagina,
  grootte: vraag.grootte,
})

const perNummer = (a: FactuurRij, b: FactuurRij) =>
  (a.factuurnummer ?? '').localeCompare(b.factuurnummer ?? '') || a.factuurId.localeCompare(b.factuurId)

const facturen = (view: View, vraag: Vraag) =>
  [...view.facturen.values()]
    .filter((f) => f.administratie === vraag.administratie)
    .filter(
      (f) => vraag.relatie === undefined || f.verkooprelatie === vraag.relatie || f.factuurrelatie === vraag.relatie,
    )
    .sort(perNummer)

export const alleFacturen = (view: View, vraag: Vraag): Antwoord<FactuurRij> => pagina(facturen(view, vraag), vraag)

/** R22: leaves the view only when fully issued by the debiteur's verstrekkingswijze and journalised. */
export const nietVerwerkteFacturen = (view: View, vraag: Vraag): Antwoord<FactuurRij> =>
  pagina(
    facturen(view, vraag).filter((f) => !(f.volledigVerstrekt && f.gejournaliseerd)),
    vraag,
  )

export const alleFactuurregels = (view: View, vraag: Vraag): Antwoord<FactuurregelRij> =>
  pagina(
    view.regels.filter(
      (r) =>
        r.administratie === vraag.administratie && (vraag.factuurId === undefined || r.factuurId === vraag.factuurId),
    ),
    vraag,
  )
