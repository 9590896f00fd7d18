import type { ConceptKolom, ConceptRij } from './facturatie'
import type { Gebruiker } from './gebruiker'
import { bedrag, type Html, html, tabel } from './html'
import { bladeren, filterFormulier, sorteerKop } from './navigatie'
import { leesGrid } from './vraag'
import type { Weergavebron } from './weergavebron'

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

const rij = (r: ConceptRij): Html =>
  html`<tr data-concept="${r.conceptId}">
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

/**
 * The concepten overview with R6 warnings and the (hoofd)declarant columns R12 filters on. A user who may see every
 * relatie gets the link to "Factureren concepten", which invoices all factureerbare concepts of the administratie.
 */
export const conceptenPagina = async (
  bron: Weergavebron,
  query: Record<string, string | undefined>,
  gebruiker: Gebruiker,
): Promise<Html> => {
  const grid = leesGrid(
    query,
    KOLOMMEN.map(([k]) => k),
  )
  const antwoord = await bron.conceptenOverzicht(gebruiker.autorisatie, {
    filter: grid.filter,
    ...(grid.sorteer ? { sorteer: grid.sorteer } : {}),
    pagina: grid.pagina,
    ...(query.waarschuwing === 'ja' ? { metWaarschuwing: true } : {}),
  })
  const koppen = [...KOLOMMEN.map(([k, label]) => sorteerKop(query, k, label)), 'Waarschuwingen (R6)']
  const administratie = grid.filter.administratie ?? antwoord.rijen[0]?.administratie ?? ''
  return html`${filterFormulier(query, ['nietFactureerbaar', 'factureerbaar', 'uitgesteld', 'gewijzigd', 'gefactureerd'])}
    ${
      'alleRelaties' in gebruiker.autorisatie
        ? html`<p><a href="/acties/concepten?administratie=${administratie}">Factureren concepten</a></p>`
        : ''
    }
    ${tabel(koppen, antwoord.rijen.map(rij))} ${bladeren(query, antwoord)}`
}
