import type { RecordedEvent } from '@factuurstroom/eventsourcing'
import { type Decimaal, NUL } from '../geld'
import type { Journaalregel } from '../journalisering/journaalpost'
import { type Autorisatie, type Toewijzingen, volgToewijzing, zichtbaarVoor } from './autorisatie'
import { type Antwoord, bevraag, type Definitie, type Filter, type Vraag } from './bevraging'
import { herkomstVan, type Weergave, type WeergaveEvent } from './registry'

/** One journaalpost as its dagboek booked it (R30), from `Gejournaliseerd`. */
export interface JournaalpostRij {
  readonly administratie: string
  readonly dagboek: string
  /** `YYYY-MM` of the boekdatum. */
  readonly periode: string
  readonly boekdatum: string
  readonly boekstukdatum: string
  readonly btwPeriode: string
  readonly factuurnummer: string
  readonly factuurId: string
  readonly omschrijving: string
  readonly valuta: string
  readonly debiteur: string | undefined
  readonly totaalDebet: string
  readonly totaalCredit: string
  readonly creditnota: boolean
  readonly regels: readonly Journaalregel[]
  readonly positie: string
}

/** The journal view: every journaalpost by administratie, dagboek and factuurnummer, and the R12 assignments. */
export interface JournaalView {
  readonly posten: Map<string, JournaalpostRij>
  /** Per administratie|relatie, the declarant assignment as of the view's position (R12), applied to the debiteur. */
  readonly declaranten: Toewijzingen
}

export const journaalpostSleutel = (administratie: string, dagboek: string, factuurnummer: string): string =>
  `${administratie}|${dagboek}|${factuurnummer}`

/** Folds `Gejournaliseerd` events into the journal view, following declarant assignments as it goes. */
export const journaalWeergave: Weergave<JournaalView> = {
  naam: 'journaal',
  begin: () => ({ posten: new Map(), declaranten: new Map() }),
  verwerk: (view: JournaalView, event: WeergaveEvent, recorded: RecordedEvent): void => {
    volgToewijzing(view.declaranten, event)
    if (event.type !== 'Gejournaliseerd') return
    const d = event.data
    const p = d.journaalpost
    view.posten.set(journaalpostSleutel(d.administratie, d.dagboek, d.factuurnummer), {
      administratie: d.administratie,
      dagboek: d.dagboek,
      periode: p.periode,
      boekdatum: p.boekdatum,
      boekstukdatum: p.boekstukdatum,
      btwPeriode: p.btwPeriode,
      factuurnummer: d.factuurnummer,
      factuurId: d.factuurId,
      omschrijving: p.omschrijving,
      valuta: p.valuta,
      debiteur: p.regels.find((r) => r.soort === 'debiteur')?.debiteur,
      totaalDebet: p.totaalDebet,
      totaalCredit: p.totaalCredit,
      creditnota: d.creditnota !== undefined,
      regels: p.regels,
      positie: herkomstVan(recorded).positie,
    })
  },
}

/** The columns the journal view sorts on. */
export type JournaalpostKolom = 'dagboek' | 'periode' | 'boekdatum' | 'factuurnummer' | 'debiteur' | 'totaalDebet'

export const journaalpostDefinitie: Definitie<JournaalpostRij, JournaalpostKolom> = {
  kolommen: {
    dagboek: 'tekst',
    periode: 'tekst',
    boekdatum: 'datum',
    factuurnummer: 'tekst',
    debiteur: 'tekst',
    totaalDebet: 'bedrag',
  },
  sleutel: (r) => journaalpostSleutel(r.administratie, r.dagboek, r.factuurnummer),
  administratie: (r) => r.administratie,
  relaties: (r) => [r.debiteur],
  status: (r) => (r.creditnota ? 'creditnota' : 'factuur'),
  datum: (r) => r.boekdatum,
  waarde: (r, kolom) => r[kolom],
}

/** The journal view's filter: the shared fields, a dagboek and a period. */
export interface JournaalFilter extends Filter {
  readonly dagboek?: string
  /** `YYYY-MM` */
  readonly periode?: string
}

const inDagboekEnPeriode = (filter: JournaalFilter | undefined) => (r: JournaalpostRij) =>
  (filter?.dagboek === undefined || r.dagboek === filter.dagboek) &&
  (filter?.periode === undefined || r.periode === filter.periode)

/**
 * Journaalposten per dagboek and period (filter `dagboek`, `periode`; `van`/`tot` on the boekdatum), of the
 * debiteuren `autorisatie` may see (R12). A post without a debiteur line is shown only with `alleRelaties`.
 */
export const journaalposten = (
  view: JournaalView,
  autorisatie: Autorisatie,
  vraag?: Vraag<JournaalpostKolom, JournaalFilter>,
): Antwoord<JournaalpostRij> => {
  const mag = zichtbaarVoor(view.declaranten, autorisatie)
  const inFilter = inDagboekEnPeriode(vraag?.filter)
  return bevraag(
    view.posten.values(),
    vraag,
    journaalpostDefinitie,
    (r) => inFilter(r) && mag(r.administratie, r.debiteur),
  )
}

/** Per dagboek and period: how many journaalposten, their debet and credit totals, and whether they balance. */
export interface DagboekPeriodeTotaal {
  readonly administratie: string
  readonly dagboek: string
  readonly periode: string
  readonly aantal: number
  readonly debet: string
  readonly credit: string
  readonly inBalans: boolean
}

/**
 * Totals per administratie, dagboek and period: what a journal summary prints. For a restricted `autorisatie` the
 * totals cover only the posts it may see (each post is one debiteur's and balances on its own).
 */
export const journaalPerDagboekEnPeriode = (
  view: JournaalView,
  autorisatie: Autorisatie,
  filter?: JournaalFilter,
): DagboekPeriodeTotaal[] => {
  const per = new Map<string, { rij: JournaalpostRij; aantal: number; debet: Decimaal; credit: Decimaal }>()
  for (const rij of journaalposten(view, autorisatie, filter ? { filter } : undefined).rijen) {
    const key = `${rij.administratie}|${rij.dagboek}|${rij.periode}`
    const s = per.get(key) ?? { rij, aantal: 0, debet: NUL, credit: NUL }
    s.aantal++
    s.debet = s.debet.plus(rij.totaalDebet)
    s.credit = s.credit.plus(rij.totaalCredit)
    per.set(key, s)
  }
  return [...per.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, s]) => ({
      administratie: s.rij.administratie,
      dagboek: s.rij.dagboek,
      periode: s.rij.periode,
      aantal: s.aantal,
      debet: s.debet.toFixed(2),
      credit: s.credit.toFixed(2),
      inBalans: s.debet.equals(s.credit),
    }))
}

/** One grootboekrekening of an administratie: what was booked debet and credit, and the saldo. */
export interface RekeningSaldo {
  readonly administratie: string
  readonly rekening: string
  readonly debet: string
  readonly credit: string
  /** debet − credit */
  readonly saldo: string
}

/** Per grootboekrekening (and the debiteurenrekening): Σ debet, Σ credit, saldo, over the posts `autorisatie` may see. */
export const saldiPerRekening = (
  view: JournaalView,
  autorisatie: Autorisatie,
  filter?: JournaalFilter,
): RekeningSaldo[] => {
  const per = new Map<string, { administratie: string; rekening: string; debet: Decimaal; credit: Decimaal }>()
  for (const rij of journaalposten(view, autorisatie, filter ? { filter } : undefined).rijen) {
    for (const regel of rij.regels) {
      const key = `${rij.administratie}|${regel.rekening}`
      const s = per.get(key) ?? { administratie: rij.administratie, rekening: regel.rekening, debet: NUL, credit: NUL }
      if (regel.zijde === 'debet') s.debet = s.debet.plus(regel.bedrag)
      else s.credit = s.credit.plus(regel.bedrag)
      per.set(key, s)
    }
  }
  return [...per.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, s]) => ({
      administratie: s.administratie,
      rekening: s.rekening,
      debet: s.debet.toFixed(2),
      credit: s.credit.toFixed(2),
      saldo: s.debet.minus(s.credit).toFixed(2),
    }))
}

/** Σ of the debiteur lines (debet − credit) per administratie|debiteur|valuta: the journal side of reconciliation. */
export const debiteurenSaldoPerDebiteur = (view: JournaalView, autorisatie: Autorisatie): Map<string, string> => {
  const per = new Map<string, Decimaal>()
  for (const rij of journaalposten(view, autorisatie).rijen) {
    for (const regel of rij.regels) {
      if (regel.soort !== 'debiteur') continue
      const key = `${rij.administratie}|${regel.debiteur ?? rij.debiteur ?? '?'}|${rij.valuta}`
      const saldo = per.get(key) ?? NUL
      per.set(key, regel.zijde === 'debet' ? saldo.plus(regel.bedrag) : saldo.minus(regel.bedrag))
    }
  }
  return new Map([...per].map(([k, v]) => [k, v.toFixed(2)]))
}
