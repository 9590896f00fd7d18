import type { Facturatiecockpit } from './facturatie'
import { bedrag, type Html, html, tabel } from './html'

/**
 * R21: what "factureren te factureren regels" would pick up (the staged invoices of runs that stopped, not yet
 * numbered) and the lines waiting for the Verzamelfactuur function (R19).
 */
export const teFacturerenOverzicht = async (cockpit: Facturatiecockpit, administratie: string): Promise<Html> => {
  const { facturen, wachtend } = await cockpit.teFacturerenRegels(administratie)
  return html`<h2>Klaargezette facturen (${facturen.length})</h2>
    ${tabel(
      ['Factuur', 'Run', 'Bron', 'Brondocument', 'Factuurdatum', 'Integratiesoort', 'Regels'],
      facturen.map(
        (g) => html`<tr data-klaargezet="${g.factuurId}">
          <td>${g.factuurId}</td>
          <td>${g.runId}</td>
          <td>${g.bron}</td>
          <td>${g.bronId}</td>
          <td>${g.factuurdatum}</td>
          <td>${g.integratiesoort}</td>
          <td>${g.overdracht ? `alle regels van overdracht ${g.overdracht.factuurId}` : g.regelIds.join(', ')}</td>
        </tr>`,
      ),
    )}
    <h2>Wachtend op de Verzamelfactuur (${wachtend.length})</h2>
    ${tabel(
      ['Regel', 'Verkooprelatie', 'Bron', 'Datum', 'Omschrijving', 'Bedrag'],
      wachtend.map(
        (r) => html`<tr data-wachtend="${r.id}">
          <td>${r.id}</td>
          <td>${r.verkooprelatie.nummer} ${r.verkooprelatie.naam}</td>
          <td>${r.bron}</td>
          <td>${r.datum}</td>
          <td>${r.regel.omschrijving}</td>
          ${bedrag(r.regel.bedrag)}
        </tr>`,
      ),
    )}`
}
