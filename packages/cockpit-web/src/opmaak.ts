import type { weergaven } from '@factuurstroom/facturatie'
import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

type Html = HtmlEscapedString | Promise<HtmlEscapedString>

/** A column of a list page: its heading, the view column it sorts on (if any), and the cell. */
export interface Kolomweergave<Rij, Kolom extends string> {
  readonly kop: string
  readonly sorteer?: Kolom
  readonly cel: (rij: Rij) => string | number | undefined
  readonly bedrag?: boolean
}

export const MENU = [
  ['/niet-verwerkte-facturen', 'Niet verwerkte facturen'],
  ['/facturen', 'Alle facturen'],
  ['/factuurregels', 'Alle factuurregels'],
  ['/concepten', 'Concepten'],
] as const

const stijl = `
body{font-family:system-ui,sans-serif;margin:0;color:#1d2733}
header{background:#0b4f8a;color:#fff;padding:.6rem 1rem;display:flex;gap:1.5rem;align-items:center}
header a{color:#fff;text-decoration:none}header a[aria-current]{font-weight:700;text-decoration:underline}
main{padding:1rem}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #d6dde4;padding:.3rem .5rem;text-align:left}td.bedrag{text-align:right}
th a{color:inherit}.fout{background:#fdecea;border:1px solid #e0a39b;padding:.6rem}
form.filter{display:flex;gap:.5rem;margin-bottom:.8rem}.wie{margin-left:auto;font-size:.85rem}`

/** The page frame: menu, who is signed in, and the content. */
export const pagina = (
  titel: string,
  pad: string,
  gebruiker: string | undefined,
  inhoud: Html,
): Html => html`<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>${titel} · Facturatiecockpit</title>
    <style>${stijl}</style>
  </head>
  <body>
    <header>
      <strong>Facturatiecockpit</strong>
      <nav>
        ${MENU.map(([href, label]) => html`<a href="${href}" ${href === pad ? html`aria-current="page"` : ''}>${label}</a> `)}
      </nav>
      ${gebruiker === undefined ? '' : html`<span class="wie">Ingelogd als ${gebruiker}</span>`}
    </header>
    <main>
      <h1>${titel}</h1>
      ${inhoud}
    </main>
  </body>
</html>`

export const foutmelding = (melding: string): Html => html`<p class="fout" role="alert">${melding}</p>`

const koppeling = (pad: string, params: URLSearchParams, wijzig: Record<string, string>): string => {
  const nieuw = new URLSearchParams(params)
  for (const [k, v] of Object.entries(wijzig)) nieuw.set(k, v)
  return `${pad}?${nieuw.toString()}`
}

/** A sortable, paged table with a filter on relatie, status and period. */
export const lijst = <Rij, Kolom extends string>(
  pad: string,
  params: URLSearchParams,
  vraag: weergaven.Vraag<Kolom>,
  antwoord: weergaven.Antwoord<Rij>,
  kolommen: readonly Kolomweergave<Rij, Kolom>[],
  statussen: readonly string[],
  /** More filter fields in the form, page by page. */
  extraFilter: Html | string = '',
): Html => {
  const huidig = Array.isArray(vraag.sorteer) ? vraag.sorteer[0] : vraag.sorteer
  const kop = (k: Kolomweergave<Rij, Kolom>) => {
    if (k.sorteer === undefined) return html`<th>${k.kop}</th>`
    const aflopend = huidig?.kolom === k.sorteer && huidig.richting === 'oplopend'
    const pijl = huidig?.kolom === k.sorteer ? (huidig.richting === 'oplopend' ? ' ▲' : ' ▼') : ''
    const href = koppeling(pad, params, {
      sorteer: k.sorteer,
      richting: aflopend ? 'aflopend' : 'oplopend',
      pagina: '1',
    })
    return html`<th><a href="${href}">${k.kop}${pijl}</a></th>`
  }
  const f = vraag.filter ?? {}
  return html`<form class="filter" method="get" action="${pad}">
      <label>Relatie <input name="relatie" value="${f.relatie ?? ''}" size="8" /></label>
      <label>Status <select name="status"><option value="">alle</option>${statussen.map(
        (s) => html`<option ${f.status === s ? 'selected' : ''}>${s}</option>`,
      )}</select></label>
      <label>Van <input name="van" type="date" value="${f.van ?? ''}" /></label>
      <label>Tot <input name="tot" type="date" value="${f.tot ?? ''}" /></label>
      ${extraFilter}
      <button>Filteren</button>
    </form>
    <p>${antwoord.totaal} ${antwoord.totaal === 1 ? 'rij' : 'rijen'}</p>
    <table>
      <thead><tr>${kolommen.map(kop)}</tr></thead>
      <tbody>
        ${antwoord.rijen.map(
          (rij) =>
            html`<tr>${kolommen.map((k) => html`<td class="${k.bedrag ? 'bedrag' : ''}">${k.cel(rij) ?? ''}</td>`)}</tr>`,
        )}
      </tbody>
    </table>
    ${
      antwoord.aantalPaginas > 1
        ? html`<nav aria-label="Pagina's">Pagina ${antwoord.pagina} van ${antwoord.aantalPaginas}
          ${antwoord.pagina > 1 ? html`<a href="${koppeling(pad, params, { pagina: String(antwoord.pagina - 1) })}">vorige</a>` : ''}
          ${antwoord.pagina < antwoord.aantalPaginas ? html`<a href="${koppeling(pad, params, { pagina: String(antwoord.pagina + 1) })}">volgende</a>` : ''}</nav>`
        : ''
    }`
}
