import type { RecordedEvent } from '@factuurstroom/eventsourcing'
import { type Decimaal, NUL } from '../geld'
import { type Autorisatie, type Toewijzingen, volgToewijzing, zichtbaarVoor } from './autorisatie'
import { type Antwoord, bevraag, type Definitie, type Filter, type Vraag } from './bevraging'
import { herkomstVan, type Weergave, type WeergaveEvent } from './registry'

/**
 * One open receivable per journalised invoice (R30), from the dagboek's `Gejournaliseerd`. The domain records no
 * payments yet, so a post stays open; a credit note is its own (negative) post that refers to the original.
 */
export interface OpenstaandePostRij {
  readonly administratie: string
  readonly debiteur: string
  readonly factuurnummer: string
  readonly factuurId: string
  readonly dagboek: string
  readonly factuurdatum: string
  readonly vervaldatum: string
  readonly bedrag: string
  readonly valuta: string
  /** Payment discount (betalingskorting, R29): percentage, amount and the date it must be paid by. */
  readonly kortingPercentage: string | undefined
  readonly kortingBedrag: string | undefined
  readonly kortingVervaldatum: string | undefined
  /** For a credit note: the factuurnummer it credits (R31). */
  readonly creditnotaVan: string | undefined
  readonly positie: string
}

/** The open-items view: every openstaande post by administratie and factuurnummer, and the R12 assignments. */
export interface OpenstaandePostenView {
  readonly posten: Map<string, OpenstaandePostRij>
  /** Per administratie|relatie, the declarant assignment as of the view's position (R12), applied to the debiteur. */
  readonly declaranten: Toewijzingen
}

const sleutel = (administratie: string, factuurnummer: string): string => `${administratie}|${factuurnummer}`

/** Folds `Gejournaliseerd` events into the open-items view, following declarant assignments as it goes. */
export const openstaandePostenWeergave: Weergave<OpenstaandePostenView> = {
  naam: 'openstaande-posten',
  begin: () => ({ posten: new Map(), declaranten: new Map() }),
  verwerk: (view: OpenstaandePostenView, event: WeergaveEvent, recorded: RecordedEvent): void => {
    volgToewijzing(view.declaranten, event)
    if (event.type !== 'Gejournaliseerd') return
    const d = event.data
    const post = d.openstaandePost
    view.posten.set(sleutel(d.administratie, post.factuurnummer), {
      administratie: d.administratie,
      debiteur: post.debiteur,
      factuurnummer: post.factuurnummer,
      factuurId: d.factuurId,
      dagboek: d.dagboek,
      factuurdatum: post.factuurdatum,
      vervaldatum: post.vervaldatum,
      bedrag: post.bedrag,
      valuta: post.valuta,
      kortingPercentage: post.betalingskorting?.percentage,
      kortingBedrag: post.betalingskorting?.bedrag,
      kortingVervaldatum: post.betalingskorting?.vervaldatum,
      creditnotaVan: d.creditnota?.origineelFactuurnummer,
      positie: herkomstVan(recorded).positie,
    })
  },
}

/** A post as seen on a peildatum: its age and whether it is overdue or still earns its discount. */
export interface OpenstaandePostOpDatum extends OpenstaandePostRij {
  readonly peildatum: string
  /** Days from factuurdatum to peildatum. */
  readonly ouderdomDagen: number
  /** Days past the vervaldatum (0 when not yet due). */
  readonly dagenVervallen: number
  readonly vervallen: boolean
  readonly kortingMogelijk: boolean
}

const dag = 86_400_000
/** Whole days from `van` to `tot` (dates `YYYY-MM-DD`); negative when `tot` comes first. */
export const dagenTussen = (van: string, tot: string): number =>
  Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / dag)

const opDatum = (rij: OpenstaandePostRij, peildatum: string): OpenstaandePostOpDatum => {
  const dagenVervallen = Math.max(0, dagenTussen(rij.vervaldatum, peildatum))
  return {
    ...rij,
    peildatum,
    ouderdomDagen: dagenTussen(rij.factuurdatum, peildatum),
    dagenVervallen,
    vervallen: dagenVervallen > 0,
    kortingMogelijk: rij.kortingVervaldatum !== undefined && peildatum <= rij.kortingVervaldatum,
  }
}

/** The columns the open-items view sorts on. */
export type OpenstaandePostKolom =
  | 'debiteur'
  | 'factuurnummer'
  | 'factuurdatum'
  | 'vervaldatum'
  | 'bedrag'
  | 'ouderdomDagen'
  | 'dagenVervallen'

const definitie: Definitie<OpenstaandePostOpDatum, OpenstaandePostKolom> = {
  kolommen: {
    debiteur: 'tekst',
    factuurnummer: 'tekst',
    factuurdatum: 'datum',
    vervaldatum: 'datum',
    bedrag: 'bedrag',
    ouderdomDagen: 'getal',
    dagenVervallen: 'getal',
  },
  sleutel: (r) => sleutel(r.administratie, r.factuurnummer),
  administratie: (r) => r.administratie,
  relaties: (r) => [r.debiteur],
  status: (r) => (r.vervallen ? 'vervallen' : 'open'),
  datum: (r) => r.factuurdatum,
  waarde: (r, kolom) => r[kolom],
}

/** A query on the open items, aged on a peildatum. */
export interface OpenstaandePostVraag extends Vraag<OpenstaandePostKolom> {
  /** The date ages are computed on; posts invoiced after it are left out. Status filter: `open` or `vervallen`. */
  readonly peildatum: string
}

function* zichtbarePosten(view: OpenstaandePostenView, autorisatie: Autorisatie): Generator<OpenstaandePostRij> {
  const mag = zichtbaarVoor(view.declaranten, autorisatie)
  for (const rij of view.posten.values()) if (mag(rij.administratie, rij.debiteur)) yield rij
}

function* opPeildatum(
  view: OpenstaandePostenView,
  autorisatie: Autorisatie,
  peildatum: string,
): Generator<OpenstaandePostOpDatum> {
  for (const rij of zichtbarePosten(view, autorisatie)) if (rij.factuurdatum <= peildatum) yield opDatum(rij, peildatum)
}

/** Open items of the debiteuren `autorisatie` may see (R12, by the debiteur's declarant assignment). */
export const openstaandePosten = (
  view: OpenstaandePostenView,
  autorisatie: Autorisatie,
  vraag: OpenstaandePostVraag,
): Antwoord<OpenstaandePostOpDatum> => bevraag(opPeildatum(view, autorisatie, vraag.peildatum), vraag, definitie)

/** Per debiteur on a peildatum: the total, what is overdue, and the overdue part in age buckets (days past due). */
export interface DebiteurSaldo {
  readonly administratie: string
  readonly debiteur: string
  readonly valuta: string
  readonly aantal: number
  readonly totaal: string
  readonly vervallen: string
  readonly vervallen1tot30: string
  readonly vervallen31tot60: string
  readonly vervallen61tot90: string
  readonly vervallenMeerDan90: string
  readonly oudsteVervaldatum: string
}

/** Per debiteur on a peildatum: the open total, what is overdue in ageing buckets, and the oldest due date. */
export const openstaandPerDebiteur = (
  view: OpenstaandePostenView,
  autorisatie: Autorisatie,
  vraag: { readonly peildatum: string; readonly filter?: Pick<Filter, 'administratie' | 'relatie'> },
): DebiteurSaldo[] => {
  const per = new Map<
    string,
    { rij: OpenstaandePostOpDatum; aantal: number; totaal: Decimaal; emmers: Decimaal[]; oudste: string }
  >()
  for (const rij of opPeildatum(view, autorisatie, vraag.peildatum)) {
    if (vraag.filter?.administratie !== undefined && rij.administratie !== vraag.filter.administratie) continue
    if (vraag.filter?.relatie !== undefined && rij.debiteur !== vraag.filter.relatie) continue
    const key = `${rij.administratie}|${rij.debiteur}|${rij.valuta}`
    let s = per.get(key)
    if (!s) {
      s = { rij, aantal: 0, totaal: NUL, emmers: [NUL, NUL, NUL, NUL], oudste: rij.vervaldatum }
      per.set(key, s)
    }
    s.aantal++
    s.totaal = s.totaal.plus(rij.bedrag)
    if (rij.vervaldatum < s.oudste) s.oudste = rij.vervaldatum
    if (rij.vervallen) {
      const emmer = rij.dagenVervallen <= 30 ? 0 : rij.dagenVervallen <= 60 ? 1 : rij.dagenVervallen <= 90 ? 2 : 3
      s.emmers[emmer] = (s.emmers[emmer] ?? NUL).plus(rij.bedrag)
    }
  }
  return [...per.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, s]) => {
      const [a = NUL, b = NUL, c = NUL, d = NUL] = s.emmers
      return {
        administratie: s.rij.administratie,
        debiteur: s.rij.debiteur,
        valuta: s.rij.valuta,
        aantal: s.aantal,
        totaal: s.totaal.toFixed(2),
        vervallen: a.plus(b).plus(c).plus(d).toFixed(2),
        vervallen1tot30: a.toFixed(2),
        vervallen31tot60: b.toFixed(2),
        vervallen61tot90: c.toFixed(2),
        vervallenMeerDan90: d.toFixed(2),
        oudsteVervaldatum: s.oudste,
      }
    })
}

/** Σ of open items per administratie|debiteur|valuta, for reconciliation with the journal. */
export const openstaandTotaalPerDebiteur = (
  view: OpenstaandePostenView,
  autorisatie: Autorisatie,
): Map<string, string> => {
  const per = new Map<string, Decimaal>()
  for (const rij of zichtbarePosten(view, autorisatie)) {
    const key = `${rij.administratie}|${rij.debiteur}|${rij.valuta}`
    per.set(key, (per.get(key) ?? NUL).plus(rij.bedrag))
  }
  return new Map([...per].map(([k, v]) => [k, v.toFixed(2)]))
}
