import { combineRegistries, type Projection } from '@factuurstroom/eventsourcing'
import { concept, type Decimaal, decimaal, NUL } from '@factuurstroom/facturatie'
import {
  type ConceptEvent,
  conceptRegistry,
  type DagboekEvent,
  dagboekRegistry,
  type FactuurEvent,
  factuurRegistry,
  type Integratiesoort,
  type OpenstaandePost,
} from './facturatie'

/**
 * The cockpit views this job prints (R22), folded from the global log: niet verwerkte facturen, alle facturen, alle
 * factuurregels, the openstaande posten and the journal per dagboek, period and grootboekrekening. A plain fold with
 * mutable maps (linear), rebuildable by replaying the log. Kept beside the library's views (`weergaven`) on purpose:
 * it is the job's independent second reading, which `bibliotheekweergavenSluiten` checks the library's against, and
 * it traces each nacalculatie line through its concept to its invoices, which the library's views do not.
 */

export interface Factuurrij {
  readonly administratie: string
  readonly factuurId: string
  factuurnummer: string | undefined
  readonly bron: string
  readonly integratiesoort: Integratiesoort
  readonly verkooprelatie: string
  readonly factuurrelatie: string
  readonly naam: string
  readonly factuurdatum: string
  readonly totaalNetto: string
  readonly totaalBtw: string
  readonly totaalBruto: string
  regels: number
  /** R22: issued by every verstrekkingswijze the debiteur asked for. */
  verstrekt: boolean
  gejournaliseerd: boolean
}

export interface Regelrij {
  readonly administratie: string
  readonly factuurId: string
  readonly regelId: string
  readonly omschrijving: string
  readonly bedrag: string
  readonly btwCode: string
  /** R23 */
  readonly status: 'Actief' | 'Afgehandeld'
  readonly bron: string
  readonly bronId: string
}

export interface Rekeningsaldo {
  debet: Decimaal
  credit: Decimaal
}

export interface Nummering {
  readonly administratie: string
  readonly dagboek: string
  readonly volgnummers: number[]
  readonly factuurnummers: string[]
}

export interface Cockpitweergaven {
  readonly facturen: Map<string, Factuurrij>
  readonly regels: Regelrij[]
  readonly openstaand: Map<string, OpenstaandePost & { administratie: string }>
  /** `administratie|dagboek|periode|rekening` → Σ debet and Σ credit. */
  readonly journaal: Map<string, Rekeningsaldo>
  readonly journaalposten: { aantal: number; nietInBalans: string[] }
  /** Per nacalculatie line, the invoices whose lines total it (through the concept): tracing, and "nothing twice". */
  readonly gefactureerdeNacalculatie: Map<string, string[]>
  /** `administratie|concept|conceptregel` → its nacalculatie line, while the line is on a concept. */
  readonly conceptregels: Map<string, string>
  /** `administratie|concept|printed line` → the nacalculatie lines it totals, until the invoice is made. */
  readonly teFactureren: Map<string, string[]>
  /** `administratie|concept` of every concept whose status is factureerbaar (R11): the next run invoices it. */
  readonly factureerbaar: Set<string>
  /** Per administratie and dagboek, the numbers issued in order (R27). */
  readonly nummering: Map<string, Nummering>
}

type Event = FactuurEvent | DagboekEvent | ConceptEvent
const sleutel = (...delen: string[]) => delen.join('|')

type Aangemaakt = Extract<FactuurEvent, { type: 'FactuurAangemaakt' }>['data']

/** An invoice's lines, in order, and the nacalculatie lines its concept lines invoice. */
const voegRegelsToe = (
  view: Cockpitweergaven,
  f: { administratie: string; factuurId: string; bron: string; bronId?: string },
  regels: Aangemaakt['opdracht']['regels'],
  infos: Aangemaakt['regels'],
): void => {
  regels.forEach((regel, i) => {
    const info = infos[i]
    view.regels.push({
      administratie: f.administratie,
      factuurId: f.factuurId,
      regelId: regel.regelId,
      omschrijving: regel.omschrijving,
      bedrag: regel.bedrag,
      btwCode: regel.btwCode,
      status: info?.status ?? 'Afgehandeld',
      bron: info?.herkomst.bron ?? f.bron,
      bronId: info?.herkomst.bronId ?? f.bronId ?? '',
    })
    if (info?.herkomst.bron !== 'concept') return
    const printregel = sleutel(f.administratie, info.herkomst.bronId, info.herkomst.bronRegelId ?? '')
    for (const nacalculatieRegelId of view.teFactureren.get(printregel) ?? []) {
      const k = sleutel(f.administratie, nacalculatieRegelId)
      const facturen = view.gefactureerdeNacalculatie.get(k)
      if (facturen) facturen.push(f.factuurId)
      else view.gefactureerdeNacalculatie.set(k, [f.factuurId])
    }
    view.teFactureren.delete(printregel)
  })
}

export const cockpitweergaven: Projection<Cockpitweergaven, Event> = {
  name: 'maandfacturatie-cockpitweergaven',
  registry: combineRegistries<Event>(factuurRegistry, dagboekRegistry, conceptRegistry),
  initialView: () => ({
    facturen: new Map(),
    regels: [],
    openstaand: new Map(),
    journaal: new Map(),
    journaalposten: { aantal: 0, nietInBalans: [] },
    gefactureerdeNacalculatie: new Map(),
    conceptregels: new Map(),
    teFactureren: new Map(),
    factureerbaar: new Set(),
    nummering: new Map(),
  }),
  evolve: (view, event) => {
    switch (event.type) {
      case 'FactuurAangemaakt': {
        const d = event.data
        view.facturen.set(sleutel(d.administratie, d.factuurId), {
          administratie: d.administratie,
          factuurId: d.factuurId,
          factuurnummer: undefined,
          bron: d.bron,
          integratiesoort: d.integratiesoort,
          verkooprelatie: d.opdracht.verkooprelatie.nummer,
          factuurrelatie: d.opdracht.factuurrelatie.nummer,
          naam: d.opdracht.factuurrelatie.naam,
          factuurdatum: d.opdracht.factuurdatum,
          totaalNetto: d.btw.totaalNetto,
          totaalBtw: d.btw.totaalBtw,
          totaalBruto: d.btw.totaalBruto,
          regels: d.regels.length,
          verstrekt: d.verstrekkingen.length === 0,
          gejournaliseerd: false,
        })
        voegRegelsToe(view, d, d.opdracht.regels, d.regels)
        return view
      }
      case 'FactuurregelsAangevuld': {
        // The next lines of an invoice recorded in parts.
        const d = event.data
        const rij = view.facturen.get(sleutel(d.administratie, d.factuurId))
        if (!rij) return view
        rij.regels += d.regels.length
        voegRegelsToe(view, rij, d.opdrachtregels, d.regels)
        return view
      }
      case 'ConceptFactureerbaarGesteld':
        view.factureerbaar.add(sleutel(event.data.administratie, event.data.conceptId))
        return view
      case 'ConceptNietFactureerbaarGesteld':
      case 'ConceptUitgesteld':
      case 'ConceptZonderFactuurAfgehandeld':
      case 'ConceptVerwijderd':
        view.factureerbaar.delete(sleutel(event.data.administratie, event.data.conceptId))
        return view
      case 'ConceptRegelsToegevoegd':
      case 'ConceptRegelsOvergenomen':
        // Lines moved in make the concept 'gewijzigd' (R11): no longer factureerbaar.
        if (event.type === 'ConceptRegelsOvergenomen')
          view.factureerbaar.delete(sleutel(event.data.administratie, event.data.conceptId))
        for (const r of event.data.regels) {
          if (r.nacalculatieRegelId === undefined) continue
          view.conceptregels.set(
            sleutel(event.data.administratie, event.data.conceptId, concept.regelIdVan(r)),
            r.nacalculatieRegelId,
          )
        }
        return view
      case 'ConceptGefactureerd': {
        const { administratie, conceptId } = event.data
        view.factureerbaar.delete(sleutel(administratie, conceptId))
        for (const h of event.data.herkomst) {
          const nacalculatie: string[] = []
          for (const regelId of h.conceptregelIds) {
            const k = sleutel(administratie, conceptId, regelId)
            const id = view.conceptregels.get(k)
            if (id === undefined) continue
            nacalculatie.push(id)
            view.conceptregels.delete(k)
          }
          view.teFactureren.set(sleutel(administratie, conceptId, h.factuurregelId), nacalculatie)
        }
        return view
      }
      case 'Gefactureerd': {
        const rij = view.facturen.get(sleutel(event.data.administratie, event.data.factuurId))
        if (rij) rij.factuurnummer = event.data.factuurnummer
        return view
      }
      case 'FactuurVerstrekt': {
        const rij = view.facturen.get(sleutel(event.data.administratie, event.data.factuurId))
        if (rij && event.data.volledigVerstrekt) rij.verstrekt = true
        return view
      }
      case 'FactuurGejournaliseerd': {
        const rij = view.facturen.get(sleutel(event.data.administratie, event.data.factuurId))
        if (rij) rij.gejournaliseerd = true
        return view
      }
      case 'FactuurnummerToegekend': {
        const d = event.data
        const k = `${d.administratie}|${d.dagboek}`
        const nummering = view.nummering.get(k) ?? {
          administratie: d.administratie,
          dagboek: d.dagboek,
          volgnummers: [],
          factuurnummers: [],
        }
        nummering.volgnummers.push(d.volgnummer)
        nummering.factuurnummers.push(d.factuurnummer)
        view.nummering.set(k, nummering)
        return view
      }
      case 'Gejournaliseerd': {
        const { administratie, journaalpost, openstaandePost, factuurnummer } = event.data
        let debet = NUL
        let credit = NUL
        for (const regel of journaalpost.regels) {
          const k = `${administratie}|${journaalpost.dagboek}|${journaalpost.periode}|${regel.rekening}`
          const saldo = view.journaal.get(k) ?? { debet: NUL, credit: NUL }
          if (regel.zijde === 'debet') {
            saldo.debet = saldo.debet.plus(regel.bedrag)
            debet = debet.plus(regel.bedrag)
          } else {
            saldo.credit = saldo.credit.plus(regel.bedrag)
            credit = credit.plus(regel.bedrag)
          }
          view.journaal.set(k, saldo)
        }
        view.journaalposten.aantal++
        if (!debet.equals(credit)) view.journaalposten.nietInBalans.push(factuurnummer)
        view.openstaand.set(sleutel(administratie, factuurnummer), { administratie, ...openstaandePost })
        return view
      }
      default:
        return view
    }
  },
}

/** R22: leaves the view only when issued by the debiteur's verstrekkingswijze and journalised. */
export const nietVerwerkt = (view: Cockpitweergaven): Factuurrij[] =>
  [...view.facturen.values()].filter((f) => !(f.verstrekt && f.gejournaliseerd))

export const totaal = (bedragen: Iterable<string>): Decimaal => {
  let s = NUL
  for (const b of bedragen) s = s.plus(decimaal(b))
  return s
}
