import type { RecordedEvent } from '@factuurstroom/eventsourcing'
import { bijFactureren, gaatMetFactuurMee } from '../concept/conceptregel'
import { afrondingsregelVan, type ConceptRegel, type Regelset } from '../concept/events'
import { regelIdVan, verwerkingsmethodeVan } from '../concept/regelset'
import type { Conceptstatus } from '../concept/state'
import { decimaal, NUL } from '../geld'
import { volgToewijzing } from './autorisatie'
import { type ConceptenView, type ConceptIntern, conceptSleutel } from './concepten-model'
import { r6Waarschuwingen } from './r6-waarschuwingen'
import { herkomstVan, type WeergaveEvent, type WeergaveEventVan } from './registry'

type Herkomst = ReturnType<typeof herkomstVan>

/**
 * The concepten view's fold: the declarant assignments; a new concept's row; for any other event the one handler
 * for its type, then the row's totals and R6 warnings recomputed from the lines the concept holds now.
 */
export const verwerkConceptEvent = (view: ConceptenView, event: WeergaveEvent, recorded: RecordedEvent): void => {
  const herkomst = herkomstVan(recorded)
  volgToewijzing(view.declaranten, event)
  if (event.type === 'ConceptGeopend') {
    conceptGeopend(view, event, herkomst)
    return
  }
  const c = conceptVan(view, event)
  if (!c || !wijzig(c, event)) return
  herbereken(c)
  c.rij.laatstGewijzigdOp = herkomst.vastgelegdOp
  c.rij.positie = herkomst.positie
}

const conceptVan = (view: ConceptenView, event: WeergaveEvent): ConceptIntern | undefined => {
  const conceptId = 'conceptId' in event.data ? event.data.conceptId : undefined
  if (conceptId === undefined) return undefined
  return view.concepten.get(conceptSleutel(event.data.administratie, conceptId))
}

/** What one event changes on a concept's lines and status; `false` for an event this view does not follow. */
const wijzig = (c: ConceptIntern, event: WeergaveEvent): boolean => {
  switch (event.type) {
    case 'ConceptRegelsToegevoegd':
      voegSetToe(c, event.data)
      return true
    case 'VoorschotRegelToegevoegd':
    case 'VerdichteRegelBedragGewijzigd':
      voegToe(c, event.data.regels)
      return true
    case 'ConceptRegelsOvergenomen':
      voegSetToe(c, event.data)
      c.rij.status = 'gewijzigd'
      return true
    case 'ConceptRegelsOvergeboekt':
      for (const r of event.data.regels) c.regels.delete(regelIdVan(r))
      return true
    case 'VerwerkingsmethodeGewijzigd':
      verwerkingsmethodeGewijzigd(c, event)
      return true
    case 'ConceptBtwPlichtGewijzigd':
      c.rij.btwPlicht = event.data.naar
      return true
    case 'ConceptFactureerbaarGesteld':
      return statusWordt(c, 'factureerbaar')
    case 'ConceptNietFactureerbaarGesteld':
      return statusWordt(c, 'nietFactureerbaar')
    case 'ConceptUitgesteld':
      return statusWordt(c, 'uitgesteld')
    case 'AfrondingsregelBerekend':
      voegToe(c, [afrondingsregelVan(event.data)])
      return true
    case 'VoorschotVerrekend':
      voegToe(c, [event.data.regel])
      return true
    case 'ConceptGefactureerd':
      conceptGefactureerd(c, event)
      return true
    case 'ConceptZonderFactuurAfgehandeld':
      for (const { regelId } of event.data.afgeboekt) c.regels.delete(regelId)
      return statusWordt(c, event.data.blijftActief ? 'nietFactureerbaar' : 'gefactureerd')
    case 'ConceptVerwijderd':
      c.regels.clear()
      return statusWordt(c, 'verwijderd')
    default:
      return false
  }
}

const conceptGeopend = (
  view: ConceptenView,
  { data: d }: WeergaveEventVan<'ConceptGeopend'>,
  { positie, vastgelegdOp }: Herkomst,
): void => {
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
}

const statusWordt = (c: ConceptIntern, status: Conceptstatus): true => {
  c.rij.status = status
  return true
}

const voegToe = (c: ConceptIntern, regels: readonly ConceptRegel[]): void => {
  for (const r of regels) c.regels.set(r.regelId, { bedrag: r.bedrag, methode: r.verwerkingsmethode })
}

/** The lines of a `Regelset`, read without building the full lines: the view keeps only amount and method. */
const voegSetToe = (c: ConceptIntern, set: Regelset): void => {
  for (const r of set.regels) c.regels.set(regelIdVan(r), { bedrag: r.bedrag, methode: verwerkingsmethodeVan(r) })
}

const verwerkingsmethodeGewijzigd = (
  c: ConceptIntern,
  event: WeergaveEventVan<'VerwerkingsmethodeGewijzigd'>,
): void => {
  for (const { regelId, verwerkingsmethode } of event.data.regels) {
    const regel = c.regels.get(regelId)
    if (regel) regel.methode = verwerkingsmethode
  }
}

/**
 * The invoiced lines (F, P and the V advances they settle) and the written-off ones leave the concept; the lines it
 * made invoiceable become F (P from PD); the invoice adds to what the concept has invoiced (R11).
 */
const conceptGefactureerd = (c: ConceptIntern, { data: d }: WeergaveEventVan<'ConceptGefactureerd'>): void => {
  for (const [regelId, { methode }] of [...c.regels]) {
    if (gaatMetFactuurMee(methode)) c.regels.delete(regelId)
  }
  for (const { regelId } of d.afgeboekt) c.regels.delete(regelId)
  for (const regelId of d.factureerbaarGesteld) {
    const regel = c.regels.get(regelId)
    if (regel) regel.methode = regel.methode === 'PD' ? 'P' : 'F'
  }
  const rij = c.rij
  rij.facturen.push(d.factuurId)
  rij.gefactureerd = decimaal(rij.gefactureerd).plus(d.totaalNetto).toFixed(2)
  rij.hoofddeclarant = d.relatieInstellingen.hoofddeclarant
  rij.declarant = d.relatieInstellingen.declarant
  rij.status = d.blijftActief ? 'nietFactureerbaar' : 'gefactureerd'
}

const herbereken = (c: ConceptIntern): void => {
  let totaal = NUL
  let teFactureren = NUL
  let uitgesteld = NUL
  let weg = NUL
  for (const { bedrag, methode } of c.regels.values()) {
    totaal = totaal.plus(bedrag)
    const verwerking = bijFactureren[methode]
    if (verwerking === 'gefactureerd') teFactureren = teFactureren.plus(bedrag)
    else if (verwerking === 'verrekend') teFactureren = teFactureren.minus(bedrag)
    else if (verwerking === 'doorgeschoven') uitgesteld = uitgesteld.plus(bedrag)
    else weg = weg.plus(bedrag)
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
