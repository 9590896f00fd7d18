import type { RecordedEvent } from '@factuurstroom/eventsourcing'
import type { ConceptRegel, Verwerkingsmethode } from '../concept/events'
import type { ProjectInstellingen, VerkooprelatieInstellingen } from '../concept/instellingen'
import type { Conceptstatus } from '../concept/state'
import { decimaal, NUL } from '../geld'
import { type Autorisatie, type Toewijzingen, volgToewijzing, zichtbaarVoor } from './autorisatie'
import { type Antwoord, bevraag, type Definitie, type Vraag } from './bevraging'
import { herkomstVan, type Weergave, type WeergaveEvent } from './registry'

/** R6 as the overview shows it: a warning, or `blokkeert` where a strict project minimum/maximum applies. */
export interface ConceptWaarschuwing {
  readonly code:
    | 'FACTUURBEDRAG_ONDER_MINIMUM'
    | 'FACTUURBEDRAG_BOVEN_MAXIMUM'
    | 'FACTUURBEDRAG_ONDER_STRIKT_MINIMUM'
    | 'FACTUURBEDRAG_BOVEN_STRIKT_MAXIMUM'
  readonly grens: string
  readonly blokkeert: boolean
}

export interface ConceptRij {
  readonly administratie: string
  readonly conceptId: string
  readonly nummer: string | undefined
  readonly verkooprelatie: string
  readonly verkooprelatieNaam: string
  readonly project: string | undefined
  readonly valuta: string
  btwPlicht: string
  readonly conceptmethode: string
  status: Conceptstatus
  /** Lines on the concept now. */
  aantalRegels: number
  /** Σ of every line on the concept now. */
  totaal: string
  /** What the next invoice would be, net, before afronding: F/P lines less the V advances they settle (R9, R10). */
  teFactureren: string
  doorgeschoven: string
  afgeboekt: string
  /** R6, judged on `teFactureren` against the settings recorded when the concept was opened. */
  waarschuwingen: ConceptWaarschuwing[]
  hoofddeclarant: string | undefined
  declarant: string | undefined
  /** Invoices made from this concept so far, and their net total (R11: a concept may be invoiced more than once). */
  readonly facturen: string[]
  gefactureerd: string
  readonly geopendOp: string
  laatstGewijzigdOp: string
  positie: string
}

export interface ConceptIntern {
  readonly rij: ConceptRij
  readonly project: ProjectInstellingen
  readonly relatie: VerkooprelatieInstellingen
  /** regelId → amount and method, only while the concept is active: a closed concept keeps its totals only. */
  readonly regels: Map<string, { bedrag: string; methode: Verwerkingsmethode }>
}

export interface ConceptenView {
  readonly concepten: Map<string, ConceptIntern>
  /** Per administratie|relatie, the declarant assignment as of the view's position (R12). */
  readonly declaranten: Toewijzingen
}

export const conceptSleutel = (administratie: string, conceptId: string): string => `${administratie}|${conceptId}`

const gefactureerd = new Set<Verwerkingsmethode>(['F', 'P'])
const doorgeschoven = new Set<Verwerkingsmethode>(['D', 'PD', 'VD'])
const afgeboekt = new Set<Verwerkingsmethode>(['A', 'PB', 'VB'])

/** R6 as the concept decider applies it when invoicing (see concept/facturering.ts). */
export const r6Waarschuwingen = (
  netto: string,
  project: ProjectInstellingen,
  relatie: VerkooprelatieInstellingen,
): ConceptWaarschuwing[] => {
  const bedrag = decimaal(netto)
  const uit: ConceptWaarschuwing[] = []
  const minimum = project.striktMinimum
    ? project.minimumFactuurbedrag
    : (relatie.minimumFactuurbedrag ?? project.minimumFactuurbedrag)
  if (minimum !== undefined && bedrag.lessThan(minimum)) {
    uit.push({
      code: project.striktMinimum ? 'FACTUURBEDRAG_ONDER_STRIKT_MINIMUM' : 'FACTUURBEDRAG_ONDER_MINIMUM',
      grens: minimum,
      blokkeert: project.striktMinimum,
    })
  }
  const maximum = project.striktMaximum
    ? project.maximumFactuurbedrag
    : (relatie.maximumFactuurbedrag ?? project.maximumFactuurbedrag)
  if (maximum !== undefined && bedrag.greaterThan(maximum)) {
    uit.push({
      code: project.striktMaximum ? 'FACTUURBEDRAG_BOVEN_STRIKT_MAXIMUM' : 'FACTUURBEDRAG_BOVEN_MAXIMUM',
      grens: maximum,
      blokkeert: project.striktMaximum,
    })
  }
  return uit
}

const herbereken = (c: ConceptIntern): void => {
  let totaal = NUL
  let teFactureren = NUL
  let uitgesteld = NUL
  let weg = NUL
  for (const { bedrag, methode } of c.regels.values()) {
    totaal = totaal.plus(bedrag)
    if (gefactureerd.has(methode)) teFactureren = teFactureren.plus(bedrag)
    else if (methode === 'V') teFactureren = teFactureren.minus(bedrag)
    else if (doorgeschoven.has(methode)) uitgesteld = uitgesteld.plus(bedrag)
    else if (afgeboekt.has(methode)) weg = weg.plus(bedrag)
  }
  const rij = c.rij
  rij.aantalRegels = c.regels.size
  rij.totaal = totaal.toFixed(2)
  rij.teFactureren = teFactureren.toFixed(2)
  rij.doorgeschoven = uitgesteld.toFixed(2)
  rij.afgeboekt = weg.toFixed(2)
  const actief = rij.status !== 'gefactureerd' && rij.status !== 'verwijderd'
  rij.waarschuwingen = actief && c.regels.size > 0 ? r6Waarschuwingen(rij.teFactureren, c.project, c.relatie) : []
}

const voegToe = (c: ConceptIntern, regels: readonly ConceptRegel[]): void => {
  for (const r of regels) c.regels.set(r.regelId, { bedrag: r.bedrag, methode: r.verwerkingsmethode })
}

export const conceptenWeergave: Weergave<ConceptenView> = {
  naam: 'concepten',
  begin: () => ({ concepten: new Map(), declaranten: new Map() }),
  verwerk: (view: ConceptenView, event: WeergaveEvent, recorded: RecordedEvent): void => {
    const { positie, vastgelegdOp } = herkomstVan(recorded)
    volgToewijzing(view.declaranten, event)
    if (event.type === 'ConceptGeopend') {
      const d = event.data
      view.concepten.set(conceptSleutel(d.administratie, d.conceptId), {
        rij: {
          administratie: d.administratie,
          conceptId: d.conceptId,
          nummer: d.nummer,
          verkooprelatie: d.verkooprelatie.nummer,
          verkooprelatieNaam: d.verkooprelatie.naam,
          project: d.project?.nummer,
          valuta: d.valuta,
          btwPlicht: d.btwPlicht,
          conceptmethode: d.conceptmethode,
          status: 'nietFactureerbaar',
          aantalRegels: 0,
          totaal: '0.00',
          teFactureren: '0.00',
          doorgeschoven: '0.00',
          afgeboekt: '0.00',
          waarschuwingen: [],
          hoofddeclarant: d.relatieInstellingen.hoofddeclarant,
          declarant: d.relatieInstellingen.declarant,
          facturen: [],
          gefactureerd: '0.00',
          geopendOp: vastgelegdOp,
          laatstGewijzigdOp: vastgelegdOp,
          positie,
        },
        project: d.projectInstellingen,
        relatie: d.relatieInstellingen,
        regels: new Map(),
      })
      return
    }
    const conceptId = 'conceptId' in event.data ? event.data.conceptId : undefined
    if (conceptId === undefined) return
    const c = view.concepten.get(conceptSleutel(event.data.administratie, conceptId))
    if (!c) return
    const rij = c.rij
    switch (event.type) {
      case 'ConceptRegelsToegevoegd':
      case 'VoorschotRegelToegevoegd':
      case 'VerdichteRegelBedragGewijzigd':
        voegToe(c, event.data.regels)
        break
      case 'ConceptRegelsOvergenomen':
        voegToe(c, event.data.regels)
        rij.status = 'gewijzigd'
        break
      case 'ConceptRegelsOvergeboekt':
        for (const r of event.data.regels) c.regels.delete(r.regelId)
        break
      case 'VerwerkingsmethodeGewijzigd':
        for (const { regelId, verwerkingsmethode } of event.data.regels) {
          const regel = c.regels.get(regelId)
          if (regel) regel.methode = verwerkingsmethode
        }
        break
      case 'ConceptBtwPlichtGewijzigd':
        rij.btwPlicht = event.data.naar
        break
      case 'ConceptFactureerbaarGesteld':
        rij.status = 'factureerbaar'
        break
      case 'ConceptNietFactureerbaarGesteld':
        rij.status = 'nietFactureerbaar'
        break
      case 'ConceptUitgesteld':
        rij.status = 'uitgesteld'
        break
      case 'AfrondingsregelBerekend':
      case 'VoorschotVerrekend':
        voegToe(c, [event.data.regel])
        break
      case 'ConceptGefactureerd': {
        const d = event.data
        for (const [regelId, { methode }] of [...c.regels]) {
          if (gefactureerd.has(methode) || methode === 'V') c.regels.delete(regelId)
        }
        for (const { regelId } of d.afgeboekt) c.regels.delete(regelId)
        for (const regelId of d.factureerbaarGesteld) {
          const regel = c.regels.get(regelId)
          if (regel) regel.methode = regel.methode === 'PD' ? 'P' : 'F'
        }
        rij.facturen.push(d.factuurId)
        rij.gefactureerd = decimaal(rij.gefactureerd).plus(d.btw.totaalNetto).toFixed(2)
        rij.hoofddeclarant = d.relatieInstellingen.hoofddeclarant
        rij.declarant = d.relatieInstellingen.declarant
        rij.status = d.blijftActief ? 'nietFactureerbaar' : 'gefactureerd'
        break
      }
      case 'ConceptZonderFactuurAfgehandeld':
        for (const { regelId } of event.data.afgeboekt) c.regels.delete(regelId)
        rij.status = event.data.blijftActief ? 'nietFactureerbaar' : 'gefactureerd'
        break
      case 'ConceptVerwijderd':
        c.regels.clear()
        rij.status = 'verwijderd'
        break
      default:
        return
    }
    herbereken(c)
    rij.laatstGewijzigdOp = vastgelegdOp
    rij.positie = positie
  },
}

export type ConceptKolom =
  | 'nummer'
  | 'conceptId'
  | 'verkooprelatie'
  | 'verkooprelatieNaam'
  | 'project'
  | 'status'
  | 'totaal'
  | 'teFactureren'
  | 'gefactureerd'
  | 'aantalRegels'
  | 'hoofddeclarant'
  | 'declarant'
  | 'laatstGewijzigdOp'

export const conceptDefinitie: Definitie<ConceptRij, ConceptKolom> = {
  kolommen: {
    nummer: 'tekst',
    conceptId: 'tekst',
    verkooprelatie: 'tekst',
    verkooprelatieNaam: 'tekst',
    project: 'tekst',
    status: 'tekst',
    totaal: 'bedrag',
    teFactureren: 'bedrag',
    gefactureerd: 'bedrag',
    aantalRegels: 'getal',
    hoofddeclarant: 'tekst',
    declarant: 'tekst',
    laatstGewijzigdOp: 'tekst',
  },
  sleutel: (r) => conceptSleutel(r.administratie, r.conceptId),
  administratie: (r) => r.administratie,
  relaties: (r) => [r.verkooprelatie],
  status: (r) => r.status,
  datum: (r) => r.laatstGewijzigdOp,
  waarde: (r, kolom) => r[kolom],
}

export interface ConceptVraag extends Vraag<ConceptKolom> {
  /** Only concepts with at least one R6 warning. */
  readonly metWaarschuwing?: boolean
}

function* rijen(view: ConceptenView): Generator<ConceptRij> {
  for (const c of view.concepten.values()) yield c.rij
}

/**
 * The concepten overview, of the verkooprelaties `autorisatie` may see by their assignment now (R12); the
 * `hoofddeclarant`/`declarant` columns show what the concept recorded. The date filter applies to the day of the
 * last change.
 */
export const conceptenOverzicht = (
  view: ConceptenView,
  autorisatie: Autorisatie,
  vraag?: ConceptVraag,
): Antwoord<ConceptRij> => {
  const mag = zichtbaarVoor(view.declaranten, autorisatie)
  return bevraag(
    rijen(view),
    vraag,
    conceptDefinitie,
    (r) => mag(r.administratie, r.verkooprelatie) && (!vraag?.metWaarschuwing || r.waarschuwingen.length > 0),
  )
}
