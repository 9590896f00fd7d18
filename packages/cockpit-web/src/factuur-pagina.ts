import type { Facturatiecockpit, Factuurinzage, FactuurRij } from './facturatie'
import { regelrij } from './facturen-paginas'
import type { Gebruiker } from './gebruiker'
import { bedrag, type Html, html, tabel, vlag } from './html'

/** The actions R20 gives an invoice on its own, each with exactly its options. */
const acties = (f: FactuurRij, token: string): Html => {
  const pad = `/facturen/${encodeURIComponent(f.administratie)}/${encodeURIComponent(f.factuurId)}`
  if (f.factuurnummer === undefined) return html``
  return html`<section>
    <h2>Acties</h2>
    ${
      f.gejournaliseerd
        ? ''
        : html`<form method="post" action="${pad}/journaliseren">
            <input type="hidden" name="_csrf" value="${token}" />
            <label>Boekdatum <input name="boekdatum" placeholder="JJJJ-MM-DD (standaard: factuurdatum)" /></label>
            <button type="submit">Journaliseren</button>
          </form>`
    }
    ${
      f.volledigVerstrekt
        ? ''
        : html`<form method="post" action="${pad}/verstrekken">
            <input type="hidden" name="_csrf" value="${token}" />
            <button type="submit">Verstrekken (${f.teVerstrekken.join(', ')})</button>
          </form>`
    }
  </section>`
}

/** What the page shows of a journaalpost: the view's row and the cockpit's answer both have it. */
interface Getoond {
  readonly dagboek: string
  readonly boekdatum: string
  readonly periode: string
  readonly regels: readonly { soort: string; rekening: string; zijde: 'debet' | 'credit'; bedrag: string }[]
}

/**
 * R24: the journaalpost only for a user the host allows (the cockpit asks its `magJournaalpostRaadplegen`); others see
 * that they lack the right, not the post. The post shown is the view's; the cockpit's own while the view lacks it.
 */
const journaalpost = async (cockpit: Facturatiecockpit, inzage: Factuurinzage, gebruiker: Gebruiker): Promise<Html> => {
  const f = inzage.factuur
  if (!f.gejournaliseerd) return html`<p>Nog niet gejournaliseerd.</p>`
  const recht = await cockpit.raadpleegJournaalpost(
    { administratie: f.administratie, factuurId: f.factuurId },
    { actor: gebruiker.naam },
  )
  if (recht._tag === 'Left') return html`<p class="journaalpost-geweigerd">${recht.left.message}</p>`
  const { dagboek, boekdatum, journaalpost: uitCockpit } = recht.right
  const post: Getoond = inzage.journaalpost ?? {
    dagboek,
    boekdatum,
    periode: uitCockpit.periode,
    regels: uitCockpit.regels,
  }
  return html`<p>Dagboek ${post.dagboek}, boekdatum ${post.boekdatum}, periode ${post.periode}</p>
    ${tabel(
      ['Soort', 'Rekening', 'Debet', 'Credit'],
      post.regels.map(
        (r) => html`<tr>
          <td>${r.soort}</td>
          <td>${r.rekening}</td>
          ${bedrag(r.zijde === 'debet' ? r.bedrag : undefined)} ${bedrag(r.zijde === 'credit' ? r.bedrag : undefined)}
        </tr>`,
      ),
    )}`
}

/** An invoice with its data, its actions, its lines (Actief / Afgehandeld, R23) and its journaalpost (R24). */
export const factuurPagina = async (
  inzage: Factuurinzage,
  cockpit: Facturatiecockpit,
  gebruiker: Gebruiker,
  token: string,
): Promise<Html> => {
  const { factuur: f, regels } = inzage
  return html`<dl>
      <dt>Factuurnummer</dt>
      <dd>${f.factuurnummer ?? '(nog niet genummerd)'}</dd>
      <dt>Verkooprelatie</dt>
      <dd>${f.verkooprelatie} ${f.verkooprelatieNaam}</dd>
      <dt>Factuurdatum</dt>
      <dd>${f.factuurdatum}</dd>
      <dt>Totaal netto / btw / bruto</dt>
      <dd>${f.totaalNetto} / ${f.totaalBtw} / ${f.totaalBruto} ${f.valuta}</dd>
      <dt>Verstrekt</dt>
      <dd>${f.verstrekt.join(', ') || 'nee'} (te verstrekken: ${f.teVerstrekken.join(', ')})</dd>
      <dt>Gejournaliseerd</dt>
      <dd>${vlag(f.gejournaliseerd)}</dd>
      <dt>Status</dt>
      <dd class="status">${f.status}</dd>
      ${
        f.factuurnummer === undefined
          ? ''
          : html`<dt>Document</dt>
              <dd>
                <a href="/facturen/${encodeURIComponent(f.administratie)}/${encodeURIComponent(f.factuurId)}/pdf"
                  >Factuur als PDF</a
                >
              </dd>`
      }
    </dl>
    ${acties(f, token)}
    <h2>Factuurregels</h2>
    ${tabel(
      [
        'Factuurnummer',
        'Factuurdatum',
        'Regel',
        'Omschrijving',
        'Bedrag',
        'Btw-code',
        'Integratiegroep',
        'Status',
        'Bron',
      ],
      regels.map(regelrij),
    )}
    <h2>Journaalpost</h2>
    ${await journaalpost(cockpit, inzage, gebruiker)}`
}
