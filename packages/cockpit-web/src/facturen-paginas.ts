import type { Antwoord, FactuurKolom, FactuurRij, FactuurregelKolom, FactuurregelRij } from './facturatie'
import type { Gebruiker } from './gebruiker'
import { bedrag, type Html, html, tabel, vlag } from './html'
import { bladeren, filterFormulier, sorteerKop } from './navigatie'
import { leesGrid } from './vraag'
import type { Weergavebron } from './weergavebron'

type Query = Record<string, string | undefined>

const FACTUURKOLOMMEN: readonly (readonly [FactuurKolom, string])[] = [
  ['factuurnummer', 'Factuurnummer'],
  ['factuurdatum', 'Factuurdatum'],
  ['verkooprelatie', 'Verkooprelatie'],
  ['factuurrelatieNaam', 'Factuurrelatie'],
  ['bron', 'Bron'],
  ['totaalNetto', 'Netto'],
  ['totaalBruto', 'Bruto'],
  ['volledigVerstrekt', 'Verstrekt'],
  ['gejournaliseerd', 'Gejournaliseerd'],
  ['status', 'Status'],
]

const factuurLink = (r: { administratie: string; factuurId: string; factuurnummer: string | undefined }) =>
  html`<a href="/facturen/${encodeURIComponent(r.administratie)}/${encodeURIComponent(r.factuurId)}"
    >${r.factuurnummer ?? r.factuurId}</a
  >`

const factuurrij = (r: FactuurRij): Html =>
  html`<tr data-factuur="${r.factuurId}">
    <td>${factuurLink(r)}</td>
    <td>${r.factuurdatum}</td>
    <td>${r.verkooprelatie} ${r.verkooprelatieNaam}</td>
    <td>${r.factuurrelatieNaam}</td>
    <td>${r.bron}</td>
    ${bedrag(r.totaalNetto)} ${bedrag(r.totaalBruto)}
    <td>${vlag(r.volledigVerstrekt)}</td>
    <td>${vlag(r.gejournaliseerd)}</td>
    <td>${r.status}</td>
  </tr>`

const factuurlijst = (query: Query, antwoord: Antwoord<FactuurRij>): Html =>
  html`${filterFormulier(query, ['aangemaakt', 'nietVerwerkt', 'verwerkt'])}
  ${tabel(
    FACTUURKOLOMMEN.map(([k, label]) => sorteerKop(query, k, label)),
    antwoord.rijen.map(factuurrij),
  )}
  ${bladeren(query, antwoord)}`

const vraag = <K extends string>(query: Query, kolommen: readonly (readonly [K, string])[]) => {
  const grid = leesGrid(
    query,
    kolommen.map(([k]) => k),
  )
  return {
    filter: grid.filter,
    ...(grid.sorteer ? { sorteer: grid.sorteer } : {}),
    pagina: grid.pagina,
  }
}

/** R22 "niet verwerkte facturen": numbered but not fully issued or not journalised. */
export const nietVerwerktPagina = async (bron: Weergavebron, query: Query, gebruiker: Gebruiker): Promise<Html> =>
  factuurlijst(query, await bron.nietVerwerkteFacturen(gebruiker.autorisatie, vraag(query, FACTUURKOLOMMEN)))

/** R22 "alle facturen". */
export const allePagina = async (bron: Weergavebron, query: Query, gebruiker: Gebruiker): Promise<Html> =>
  factuurlijst(query, await bron.alleFacturen(gebruiker.autorisatie, vraag(query, FACTUURKOLOMMEN)))

const REGELKOLOMMEN: readonly (readonly [FactuurregelKolom, string])[] = [
  ['factuurnummer', 'Factuurnummer'],
  ['factuurdatum', 'Factuurdatum'],
  ['regelId', 'Regel'],
  ['omschrijving', 'Omschrijving'],
  ['bedrag', 'Bedrag'],
  ['btwCode', 'Btw-code'],
  ['integratiegroep', 'Integratiegroep'],
  ['status', 'Status'],
  ['bron', 'Bron'],
]

export const regelrij = (r: FactuurregelRij): Html =>
  html`<tr>
    <td>${factuurLink(r)}</td>
    <td>${r.factuurdatum}</td>
    <td>${r.regelId}</td>
    <td>${r.omschrijving}</td>
    ${bedrag(r.bedrag)}
    <td>${r.btwCode}</td>
    <td>${r.integratiegroep}</td>
    <td>${r.status}</td>
    <td>${r.bron}</td>
  </tr>`

/** R22 "alle factuurregels"; status Actief or Afgehandeld (R23). */
export const regelsPagina = async (bron: Weergavebron, query: Query, gebruiker: Gebruiker): Promise<Html> => {
  const antwoord = await bron.alleFactuurregels(gebruiker.autorisatie, vraag(query, REGELKOLOMMEN))
  return html`${filterFormulier(query, ['Actief', 'Afgehandeld'])}
    ${tabel(
      REGELKOLOMMEN.map(([k, label]) => sorteerKop(query, k, label)),
      antwoord.rijen.map(regelrij),
    )}
    ${bladeren(query, antwoord)}`
}
