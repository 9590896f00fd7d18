import { decimaal } from '../geld'

/**
 * The small query API every view shares: filter, sort on a column, page. Hosts build a UI grid on it; the audit CLI
 * prints with it. Columns are typed per view, so sorting on a column a view does not have is a compile error.
 */

export type Kolomsoort = 'tekst' | 'bedrag' | 'datum' | 'getal' | 'vlag'
/** Sort order: ascending or descending. */
export type Richting = 'oplopend' | 'aflopend'

/** The filter fields every view answers; a field left out does not filter. */
export interface Filter {
  readonly administratie?: string
  /** Verkooprelatie, factuurrelatie or debiteur number, whichever the view has. */
  readonly relatie?: string
  /** One status or any of several. */
  readonly status?: string | readonly string[]
  /** Inclusive date range (`YYYY-MM-DD`) on the view's own date column. */
  readonly van?: string
  readonly tot?: string
}

/** A query on a view: filter, sort and page. */
export interface Vraag<Kolom extends string, F extends Filter = Filter> {
  readonly filter?: F
  /** One column or several (first decides, then the next); ties end on the view's key, so order is total. */
  readonly sorteer?: Sortering<Kolom> | readonly Sortering<Kolom>[]
  /** 1-based page; without it, every row. */
  readonly pagina?: { readonly nummer: number; readonly grootte: number }
}

/** One column to sort on and its direction (ascending by default). */
export interface Sortering<Kolom extends string> {
  readonly kolom: Kolom
  readonly richting?: Richting
}

/** One page of rows, with the count over all pages. */
export interface Antwoord<Rij> {
  readonly rijen: readonly Rij[]
  /** Rows matching the filter, over all pages. */
  readonly totaal: number
  readonly pagina: number
  readonly paginagrootte: number
  readonly aantalPaginas: number
}

/** How a view answers the shared filter fields, and which columns it sorts on. */
export interface Definitie<Rij, Kolom extends string> {
  readonly kolommen: Readonly<Record<Kolom, Kolomsoort>>
  /** The row's unique key: the last sort tie-breaker. */
  readonly sleutel: (rij: Rij) => string
  /** The row's administratie, for `filter.administratie`. */
  readonly administratie: (rij: Rij) => string
  /** The relatie numbers `filter.relatie` matches on. */
  readonly relaties: (rij: Rij) => readonly (string | undefined)[]
  /** The row's status, for `filter.status`. */
  readonly status: (rij: Rij) => string
  /** The row's own date, for `filter.van` and `filter.tot`. */
  readonly datum: (rij: Rij) => string | undefined
  /** The value of a column, to sort on. */
  readonly waarde: (rij: Rij, kolom: Kolom) => string | number | boolean | undefined
}

export const voldoet = <Rij>(rij: Rij, filter: Filter | undefined, d: Definitie<Rij, string>): boolean => {
  if (!filter) return true
  if (filter.administratie !== undefined && d.administratie(rij) !== filter.administratie) return false
  if (filter.relatie !== undefined && !d.relaties(rij).includes(filter.relatie)) return false
  if (filter.status !== undefined) {
    const status = d.status(rij)
    if (typeof filter.status === 'string' ? status !== filter.status : !filter.status.includes(status)) return false
  }
  if (filter.van !== undefined || filter.tot !== undefined) {
    const datum = d.datum(rij)
    if (datum === undefined) return false
    if (filter.van !== undefined && datum < filter.van) return false
    if (filter.tot !== undefined && datum.slice(0, 10) > filter.tot) return false
  }
  return true
}

const vergelijk = (soort: Kolomsoort, a: unknown, b: unknown): number => {
  if (a === b) return 0
  // Missing values sort last in ascending order.
  if (a === undefined) return 1
  if (b === undefined) return -1
  switch (soort) {
    case 'bedrag':
      return decimaal(a as string).comparedTo(b as string)
    case 'getal':
      return (a as number) - (b as number)
    case 'vlag':
      return (a ? 1 : 0) - (b ? 1 : 0)
    default:
      return (a as string) < (b as string) ? -1 : 1
  }
}

/** Filters, sorts and pages `rijen` (which it does not modify). */
export const bevraag = <Rij, Kolom extends string>(
  rijen: Iterable<Rij>,
  vraag: Vraag<Kolom> | undefined,
  d: Definitie<Rij, Kolom>,
  extraFilter?: (rij: Rij) => boolean,
): Antwoord<Rij> => {
  const gevonden: Rij[] = []
  for (const rij of rijen) {
    if (voldoet(rij, vraag?.filter, d as Definitie<Rij, string>) && (!extraFilter || extraFilter(rij))) {
      gevonden.push(rij)
    }
  }
  const sorteringen = vraag?.sorteer === undefined ? [] : Array.isArray(vraag.sorteer) ? vraag.sorteer : [vraag.sorteer]
  gevonden.sort((a, b) => {
    for (const { kolom, richting } of sorteringen as readonly Sortering<Kolom>[]) {
      const uitkomst = vergelijk(d.kolommen[kolom], d.waarde(a, kolom), d.waarde(b, kolom))
      if (uitkomst !== 0) return richting === 'aflopend' ? -uitkomst : uitkomst
    }
    const ka = d.sleutel(a)
    const kb = d.sleutel(b)
    return ka < kb ? -1 : ka > kb ? 1 : 0
  })
  const totaal = gevonden.length
  if (!vraag?.pagina) {
    return { rijen: gevonden, totaal, pagina: 1, paginagrootte: totaal, aantalPaginas: totaal === 0 ? 0 : 1 }
  }
  const grootte = Math.max(1, Math.floor(vraag.pagina.grootte))
  const nummer = Math.max(1, Math.floor(vraag.pagina.nummer))
  return {
    rijen: gevonden.slice((nummer - 1) * grootte, nummer * grootte),
    totaal,
    pagina: nummer,
    paginagrootte: grootte,
    aantalPaginas: Math.ceil(totaal / grootte),
  }
}
