import type { Filter, Sortering } from './facturatie'
import { Invoerfout } from './invoerfout'

export const PAGINAGROOTTE = 25
const DATUM = /^\d{4}-\d{2}-\d{2}$/

export interface Grid<Kolom extends string> {
  readonly filter: Filter
  readonly sorteer: Sortering<Kolom> | undefined
  readonly pagina: { readonly nummer: number; readonly grootte: number }
}

const geheel = (veld: string, waarde: string | undefined, standaard: number): number => {
  if (waarde === undefined || waarde === '') return standaard
  if (!/^[1-9]\d{0,5}$/.test(waarde)) throw new Invoerfout(veld, waarde, 'geef een geheel getal vanaf 1')
  return Number(waarde)
}

const datum = (veld: string, waarde: string | undefined): string | undefined => {
  if (waarde === undefined || waarde === '') return undefined
  if (!DATUM.test(waarde) || Number.isNaN(Date.parse(waarde))) {
    throw new Invoerfout(veld, waarde, 'geef een datum als JJJJ-MM-DD')
  }
  return waarde
}

/** A grid's filters, sorting and page from the query string; an unknown column or a malformed value is refused. */
export const leesGrid = <Kolom extends string>(
  query: Record<string, string | undefined>,
  kolommen: readonly Kolom[],
): Grid<Kolom> => {
  const kolom = query.sorteer
  if (kolom !== undefined && kolom !== '' && !(kolommen as readonly string[]).includes(kolom)) {
    throw new Invoerfout('sorteer', kolom, `sorteer op een van: ${kolommen.join(', ')}`)
  }
  const richting = query.richting
  if (richting !== undefined && richting !== '' && richting !== 'oplopend' && richting !== 'aflopend') {
    throw new Invoerfout('richting', richting, 'kies oplopend of aflopend')
  }
  const filter: Filter = {
    ...(query.administratie ? { administratie: query.administratie } : {}),
    ...(query.relatie ? { relatie: query.relatie } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(datum('van', query.van) ? { van: query.van } : {}),
    ...(datum('tot', query.tot) ? { tot: query.tot } : {}),
  }
  return {
    filter,
    sorteer: kolom ? { kolom: kolom as Kolom, richting: richting === 'aflopend' ? 'aflopend' : 'oplopend' } : undefined,
    pagina: { nummer: geheel('pagina', query.pagina, 1), grootte: geheel('grootte', query.grootte, PAGINAGROOTTE) },
  }
}
