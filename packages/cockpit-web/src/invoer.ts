import type { weergaven } from '@factuurstroom/facturatie'

/** A request parameter the cockpit cannot use: answered 400, naming the field and the value. */
export class OngeldigeInvoer extends Error {
  override readonly name = 'OngeldigeInvoer'
  readonly code = 'ONGELDIGE_INVOER'
  constructor(
    readonly veld: string,
    readonly waarde: string,
    uitleg: string,
  ) {
    super(`Ongeldige waarde '${waarde}' voor '${veld}': ${uitleg}`)
  }
}

const datum = /^\d{4}-\d{2}-\d{2}$/
const MAX_TEKST = 100

const tekst = (params: URLSearchParams, veld: string): string | undefined => {
  const waarde = params.get(veld)
  if (waarde === null || waarde === '') return undefined
  if (waarde.length > MAX_TEKST) {
    throw new OngeldigeInvoer(veld, `${waarde.slice(0, 20)}…`, `gebruik hoogstens ${MAX_TEKST} tekens`)
  }
  return waarde
}

const dag = (params: URLSearchParams, veld: string): string | undefined => {
  const waarde = tekst(params, veld)
  if (waarde !== undefined && (!datum.test(waarde) || Number.isNaN(Date.parse(`${waarde}T00:00:00Z`)))) {
    throw new OngeldigeInvoer(veld, waarde, 'geef een datum als JJJJ-MM-DD')
  }
  return waarde
}

/** A checkbox: absent, or `ja`. */
export const leesVlag = (params: URLSearchParams, veld: string): boolean => {
  const waarde = tekst(params, veld)
  if (waarde !== undefined && waarde !== 'ja') throw new OngeldigeInvoer(veld, waarde, "laat weg of geef 'ja'")
  return waarde === 'ja'
}

export const PAGINAGROOTTE = 50

/**
 * Reads filter, sorting and page of a list from the query string. Only the view's own sortable columns are
 * accepted, so nothing a user types reaches SQL except as a parameter value.
 */
export const leesVraag = <Kolom extends string>(
  params: URLSearchParams,
  kolommen: readonly Kolom[],
  statussen: readonly string[],
): weergaven.Vraag<Kolom> => {
  const sorteer = tekst(params, 'sorteer')
  if (sorteer !== undefined && !kolommen.includes(sorteer as Kolom)) {
    throw new OngeldigeInvoer('sorteer', sorteer, `kies een van ${kolommen.join(', ')}`)
  }
  const richting = tekst(params, 'richting') ?? 'oplopend'
  if (richting !== 'oplopend' && richting !== 'aflopend') {
    throw new OngeldigeInvoer('richting', richting, 'kies oplopend of aflopend')
  }
  const paginaTekst = tekst(params, 'pagina') ?? '1'
  const pagina = Number(paginaTekst)
  if (!/^\d+$/.test(paginaTekst) || pagina < 1 || pagina > 1_000_000) {
    throw new OngeldigeInvoer('pagina', paginaTekst, 'geef een paginanummer vanaf 1')
  }
  const status = tekst(params, 'status')
  if (status !== undefined && !statussen.includes(status)) {
    throw new OngeldigeInvoer('status', status, `kies een van ${statussen.join(', ')}`)
  }
  const filter: weergaven.Filter = {
    ...optioneel('administratie', tekst(params, 'administratie')),
    ...optioneel('relatie', tekst(params, 'relatie')),
    ...optioneel('status', status),
    ...optioneel('van', dag(params, 'van')),
    ...optioneel('tot', dag(params, 'tot')),
  }
  return {
    filter,
    ...(sorteer === undefined ? {} : { sorteer: { kolom: sorteer as Kolom, richting } }),
    pagina: { nummer: pagina, grootte: PAGINAGROOTTE },
  }
}

const optioneel = <K extends string, V>(sleutel: K, waarde: V | undefined): Partial<Record<K, V>> =>
  waarde === undefined ? {} : ({ [sleutel]: waarde } as Record<K, V>)
