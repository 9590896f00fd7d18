import { type Html, html } from '../html'
import type { Batchactie, Veld } from './actie'

const invoer = (veld: Veld, standaard: string): Html => {
  if (veld.soort === 'vlag') {
    return html`<p><label><input type="checkbox" name="${veld.naam}" value="ja" /> ${veld.label}</label></p>`
  }
  const plaatshouder = veld.soort === 'datum' ? 'JJJJ-MM-DD' : '10032, 20001'
  return html`<p>
    <label
      >${veld.label}
      <input name="${veld.naam}" value="${veld.soort === 'datum' ? standaard : ''}" placeholder="${plaatshouder}" ${
        veld.verplicht ? 'required' : ''
      }
    /></label>
  </p>`
}

/**
 * An action's form: the administratie, exactly the action's R20 options, the run id (a resubmit of this form joins
 * the run it started instead of starting another) and the CSRF token.
 */
export const actieformulier = (
  actie: Batchactie,
  administraties: readonly string[],
  administratie: string,
  vandaag: string,
  runId: string,
  token: string,
): Html =>
  html`<form method="post" action="/acties/${actie.naam}" class="actie">
    <input type="hidden" name="_csrf" value="${token}" />
    <input type="hidden" name="runId" value="${runId}" />
    <p>
      <label
        >Administratie
        <input name="administratie" value="${administratie}" list="administraties" required />
        <datalist id="administraties">${administraties.map((a) => html`<option value="${a}"></option>`)}</datalist>
      </label>
    </p>
    ${actie.velden.map((v) => invoer(v, vandaag))}
    <button type="submit">${actie.titel}</button>
  </form>`
