import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>

export const MENU: readonly (readonly [string, string])[] = [
  ['/', 'Niet verwerkte facturen'],
  ['/facturen', 'Alle facturen'],
  ['/factuurregels', 'Alle factuurregels'],
  ['/concepten', 'Concepten'],
  ['/openstaande-posten', 'Openstaande posten per debiteur'],
  ['/journaal', 'Journaal per dagboek en periode'],
  ['/acties', 'Acties'],
]

/**
 * The page frame: Dutch labels, no script, one small stylesheet inline (the CSP allows only that). `verversen`
 * reloads the page after that many seconds (a running action's status page).
 */
export const pagina = (
  titel: string,
  gebruiker: string,
  inhoud: Html,
  melding?: string,
  verversen?: number,
) => html`<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    ${verversen ? html`<meta http-equiv="refresh" content="${verversen}" />` : ''}
    <title>${titel} — Facturatiecockpit</title>
    <style>
      body { font-family: system-ui, sans-serif; margin: 1rem 2rem; color: #222; }
      nav a { margin-right: 1rem; }
      table { border-collapse: collapse; margin-top: 1rem; }
      th, td { border-bottom: 1px solid #ccc; padding: 0.25rem 0.75rem; text-align: left; }
      td.bedrag { text-align: right; font-variant-numeric: tabular-nums; }
      .melding { background: #fde8e8; border: 1px solid #c33; padding: 0.5rem 1rem; margin: 1rem 0; }
      .waarschuwing { color: #a60; }
      form.filter label { margin-right: 0.75rem; }
      header { display: flex; justify-content: space-between; }
    </style>
  </head>
  <body>
    <header><strong>Facturatiecockpit</strong><span>Ingelogd als ${gebruiker}</span></header>
    <nav>${MENU.map(([href, label]) => html`<a href="${href}">${label}</a>`)}</nav>
    <h1>${titel}</h1>
    ${melding ? html`<p class="melding" role="alert">${melding}</p>` : ''}
    ${inhoud}
  </body>
</html>`

export const tabel = (koppen: readonly (string | Html)[], rijen: readonly Html[]) =>
  rijen.length === 0
    ? html`<p>Geen rijen.</p>`
    : html`<table>
        <thead>
          <tr>
            ${koppen.map((k) => html`<th>${k}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rijen}
        </tbody>
      </table>`

export const bedrag = (waarde: string | undefined) => html`<td class="bedrag">${waarde ?? ''}</td>`
export const vlag = (waarde: boolean) => (waarde ? 'ja' : 'nee')
export { html }
