import type { Antwoord } from './facturatie'
import { type Html, html } from './html'

/** Links that keep the current filters and change one parameter (sort column, page). */
export const metParameter = (query: Record<string, string | undefined>, sleutel: string, waarde: string): string => {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '' && k !== sleutel) params.set(k, v)
  params.set(sleutel, waarde)
  return `?${params.toString()}`
}

/** A sortable column header: clicking it sorts ascending, clicking again descending. */
export const sorteerKop = (query: Record<string, string | undefined>, kolom: string, label: string): Html => {
  const aflopend = query.sorteer === kolom && query.richting !== 'aflopend'
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query))
    if (v && k !== 'sorteer' && k !== 'richting' && k !== 'pagina') params.set(k, v)
  params.set('sorteer', kolom)
  params.set('richting', aflopend ? 'aflopend' : 'oplopend')
  return html`<a href="?${params.toString()}">${label}</a>`
}

export const bladeren = <Rij>(query: Record<string, string | undefined>, antwoord: Antwoord<Rij>): Html =>
  html`<p class="bladeren">
    ${antwoord.totaal} rijen, pagina ${antwoord.pagina} van ${Math.max(1, antwoord.aantalPaginas)}
    ${antwoord.pagina > 1 ? html`<a href="${metParameter(query, 'pagina', String(antwoord.pagina - 1))}">Vorige</a>` : ''}
    ${
      antwoord.pagina < antwoord.aantalPaginas
        ? html`<a href="${metParameter(query, 'pagina', String(antwoord.pagina + 1))}">Volgende</a>`
        : ''
    }
  </p>`

/** The shared filter form: relatie, status, date range. */
export const filterFormulier = (query: Record<string, string | undefined>, statussen: readonly string[]): Html =>
  html`<form class="filter" method="get">
    <label>Relatie <input name="relatie" value="${query.relatie ?? ''}" /></label>
    <label
      >Status
      <select name="status">
        <option value="">(alle)</option>
        ${statussen.map((s) => html`<option value="${s}" ${query.status === s ? 'selected' : ''}>${s}</option>`)}
      </select></label
    >
    <label>Van <input name="van" value="${query.van ?? ''}" placeholder="JJJJ-MM-DD" /></label>
    <label>Tot en met <input name="tot" value="${query.tot ?? ''}" placeholder="JJJJ-MM-DD" /></label>
    <button type="submit">Filteren</button>
  </form>`
