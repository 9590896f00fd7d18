import { codecs } from '@factuurstroom/facturatie'
import type { Gebruiker } from './gebruiker'
import { bedrag, html, tabel, vlag } from './html'
import { Invoerfout } from './invoerfout'
import type { Weergavebron } from './weergavebron'

/** Open items per debiteur on a peildatum (today when none is given), with overdue buckets. */
export const openstaandePostenPagina = async (
  bron: Weergavebron,
  query: Record<string, string | undefined>,
  gebruiker: Gebruiker,
  vandaag: string,
) => {
  const peildatum = query.peildatum || vandaag
  // A date that exists (not 2026-02-30), in a year the database holds.
  if (!codecs.Datum.is(peildatum) || peildatum.startsWith('0000')) {
    throw new Invoerfout('peildatum', peildatum, 'geef een datum als JJJJ-MM-DD')
  }
  const saldi = await bron.openstaandPerDebiteur(gebruiker.autorisatie, {
    peildatum,
    ...(query.relatie ? { filter: { relatie: query.relatie } } : {}),
  })
  return html`<form class="filter" method="get">
      <label>Peildatum <input name="peildatum" value="${peildatum}" /></label>
      <label>Debiteur <input name="relatie" value="${query.relatie ?? ''}" /></label>
      <button type="submit">Tonen</button>
    </form>
    ${tabel(
      ['Administratie', 'Debiteur', 'Valuta', 'Posten', 'Openstaand', 'Vervallen', '1–30', '31–60', '61–90', '> 90'],
      saldi.map(
        (s) => html`<tr>
          <td>${s.administratie}</td>
          <td>${s.debiteur}</td>
          <td>${s.valuta}</td>
          <td>${s.aantal}</td>
          ${bedrag(s.totaal)} ${bedrag(s.vervallen)} ${bedrag(s.vervallen1tot30)} ${bedrag(s.vervallen31tot60)}
          ${bedrag(s.vervallen61tot90)} ${bedrag(s.vervallenMeerDan90)}
        </tr>`,
      ),
    )}`
}

/** Journal totals per dagboek and period (`YYYY-MM`). */
export const journaalPagina = async (
  bron: Weergavebron,
  query: Record<string, string | undefined>,
  gebruiker: Gebruiker,
) => {
  if (query.periode && !/^\d{4}-\d{2}$/.test(query.periode)) {
    throw new Invoerfout('periode', query.periode, 'geef een periode als JJJJ-MM')
  }
  const totalen = await bron.journaalPerDagboekEnPeriode(gebruiker.autorisatie, {
    ...(query.dagboek ? { dagboek: query.dagboek } : {}),
    ...(query.periode ? { periode: query.periode } : {}),
  })
  return html`<form class="filter" method="get">
      <label>Dagboek <input name="dagboek" value="${query.dagboek ?? ''}" /></label>
      <label>Periode <input name="periode" value="${query.periode ?? ''}" placeholder="JJJJ-MM" /></label>
      <button type="submit">Tonen</button>
    </form>
    ${tabel(
      ['Administratie', 'Dagboek', 'Periode', 'Journaalposten', 'Debet', 'Credit', 'In balans'],
      totalen.map(
        (t) => html`<tr>
          <td>${t.administratie}</td>
          <td>${t.dagboek}</td>
          <td>${t.periode}</td>
          <td>${t.aantal}</td>
          ${bedrag(t.debet)} ${bedrag(t.credit)}
          <td>${vlag(t.inBalans)}</td>
        </tr>`,
      ),
    )}`
}
