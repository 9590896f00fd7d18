import { type ConceptKolom, type ConceptRij, conceptenOverzicht, type Weergaven } from './facturatie'
import type { Gebruiker } from './gebruiker'
import { bedrag, type Html, html, tabel } from './html'
import { bladeren, filterFormulier, sorteerKop } from './navigatie'
import { leesGrid } from './vraag'

const KOLOMMEN: readonly (readonly [ConceptKolom, string])[] = [
  ['nummer', 'Concept'],
  ['verkooprelatie', 'Verkooprelatie'],
  ['project', 'Project'],
  ['status', 'Status'],
  ['aantalRegels', 'Regels'],
  ['teFactureren', 'Te factureren'],
  ['gefactureerd', 'Gefactureerd'],
  ['hoofddeclarant', 'Hoofddeclarant'],
  ['declarant', 'Declarant'],
]

const WAARSCHUWING: Record<string, string> = {
  FACTUURBEDRAG_ONDER_MINIMUM: 'Factuurbedrag onder minimum',
  FACTUURBEDRAG_BOVEN_MAXIMUM: 'Factuurbedrag boven maximum',
  FACTUURBEDRAG_ONDER_STRIKT_MINIMUM: 'Factuurbedrag onder strikt minimum (blokkeert)',
  FACTUURBEDRAG_BOVEN_STRIKT_MAXIMUM: 'Factuurbedrag boven strikt maximum (blokkeert)',
}

const rij = (r: ConceptRij, kiesbaar: boolean): Html =>
  html`<tr data-concept="${r.conceptId}">
    ${
      kiesbaar
        ? html`<td>
            ${
              r.status === 'gefactureerd' || r.status === 'verwijderd'
                ? ''
                : html`<input type="checkbox" name="concept" value="${r.conceptId}" aria-label="Kies ${r.nummer ?? r.conceptId}" />`
            }
          </td>`
        : ''
    }
    <td>${r.nummer ?? r.conceptId}</td>
    <td>${r.verkooprelatie} ${r.verkooprelatieNaam}</td>
    <td>${r.project ?? ''}</td>
    <td>${r.status}</td>
    <td>${r.aantalRegels}</td>
    ${bedrag(r.teFactureren)} ${bedrag(r.gefactureerd)}
    <td>${r.hoofddeclarant ?? ''}</td>
    <td>${r.declarant ?? ''}</td>
    <td class="waarschuwing">
      ${r.waarschuwingen.map((w) => html`${WAARSCHUWING[w.code] ?? w.code} (grens ${w.grens})<br />`)}
    </td>
  </tr>`

/** The concepten overview with R6 warnings and the (hoofd)declarant columns R12 filters on. */
/** With `token`, a form to invoice the ticked concepts (R1), with the options R20 gives that action. */
export const conceptenPagina = (
  view: Weergaven,
  query: Record<string, string | undefined>,
  gebruiker: Gebruiker,
  token?: string,
) => {
  const grid = leesGrid(
    query,
    KOLOMMEN.map(([k]) => k),
  )
  const antwoord = conceptenOverzicht(view.concepten, gebruiker.autorisatie, {
    filter: grid.filter,
    ...(grid.sorteer ? { sorteer: grid.sorteer } : {}),
    pagina: grid.pagina,
    ...(query.waarschuwing === 'ja' ? { metWaarschuwing: true } : {}),
  })
  const koppen = [...KOLOMMEN.map(([k, label]) => sorteerKop(query, k, label)), 'Waarschuwingen (R6)']
  const lijst = tabel(
    token ? ['Kies', ...koppen] : koppen,
    antwoord.rijen.map((r) => rij(r, token !== undefined)),
  )
  const administratie = grid.filter.administratie ?? antwoord.rijen[0]?.administratie ?? ''
  return html`${filterFormulier(query, ['nietFactureerbaar', 'factureerbaar', 'uitgesteld', 'gewijzigd', 'gefactureerd'])}
    ${
      token
        ? html`<form method="post" action="/concepten/factureren">
            <input type="hidden" name="_csrf" value="${token}" />
            <input type="hidden" name="administratie" value="${administratie}" />
            ${lijst}
            <label><input type="checkbox" name="verstrekkenNaVoltooien" value="ja" /> Verstrekken na voltooien</label>
            <label><input type="checkbox" name="journaliserenNaVoltooien" value="ja" /> Journaliseren na voltooien</label>
            <button type="submit">Factureren concepten</button>
          </form>`
        : lijst
    }
    ${bladeren(query, antwoord)}`
}
