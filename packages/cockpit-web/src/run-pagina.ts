import { type Html, html, pagina, tabel } from './html'
import { factuurpad } from './routes/factuur'
import { voortgangsregel } from './run-voortgang'
import type { Run } from './runs'

const STAND: Record<Run['stand'], string> = { bezig: 'Bezig', klaar: 'Klaar', gestopt: 'Gestopt' }

const resultaat = (run: Run, nu: number): Html => {
  if (run.stand === 'bezig') {
    return html`${voortgangsregel(run.voortgang)}
      <p>Bezig sinds ${Math.round((nu - run.gestart) / 1000)} s. Deze pagina ververst zich elke seconde.</p>`
  }
  const facturen = run.facturen ?? []
  const gemaakt = html`<p>${facturen.length} facturen gemaakt in ${((run.duur ?? 0) / 1000).toFixed(1)} s.</p>
    ${tabel(
      ['Factuurnummer', 'Factuur'],
      facturen.map(
        (f) => html`<tr data-gemaakt="${f.factuurId}">
          <td><a href="${factuurpad(run.administratie, f.factuurId)}">${f.factuurnummer}</a></td>
          <td>${f.factuurId}</td>
        </tr>`,
      ),
    )}`
  if (run.stand === 'klaar') return gemaakt
  return html`${run.voortgang ? voortgangsregel(run.voortgang, 'Gestopt tijdens') : ''}
    <p>
      Wat al klaargezet is, maakt <a href="/acties/te-factureren-regels?administratie=${run.administratie}"
        >Factureren te factureren regels</a
      >
      af zodra de oorzaak is opgelost (R21): niets dubbel, niets kwijt.
    </p>`
}

/**
 * A run's status page: reloads itself every second while the run is going, showing its phase and counts, then shows
 * what it made, or why it stopped and how far it got.
 */
export const runpagina = (titel: string, gebruiker: string, run: Run, nu: number) =>
  pagina(
    titel,
    gebruiker,
    html`<p>Run <code>${run.runId}</code>, gestart door ${run.door}.</p>
      <p>Stand: <strong class="stand" data-stand="${run.stand}">${STAND[run.stand]}</strong></p>
      ${resultaat(run, nu)}`,
    run.fout ? `${run.fout.code}: ${run.fout.message}` : undefined,
    run.stand === 'bezig' ? 1 : undefined,
  )
