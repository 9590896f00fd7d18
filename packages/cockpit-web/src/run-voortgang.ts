import type { Runvoortgang } from './facturatie'
import { type Html, html } from './html'

const FASE: Record<Runvoortgang['fase'], string> = {
  concepten: 'Concepten factureren',
  klaarzetten: 'Regels klaarzetten',
  verzamelen: 'Verzamelfacturen samenstellen',
  factureren: 'Factureren',
  voltooien: 'Verstrekken en journaliseren',
}

const voltooienFase = ({ verstrekt, gejournaliseerd }: Runvoortgang): string =>
  verstrekt === undefined ? 'Journaliseren' : gejournaliseerd === undefined ? 'Verstrekken' : FASE.voltooien

/** The counts of the phase the run is in, as AFAS users read them ("12 van 40 facturen gemaakt"). */
const tellingen = (v: Runvoortgang): string[] => {
  const van = (n: number, wat: string) => `${n} van ${v.facturen} facturen ${wat}`
  switch (v.fase) {
    case 'klaarzetten':
      return [`${v.klaargezet} ${v.klaargezet === 1 ? 'regel' : 'regels'} klaargezet`]
    case 'factureren':
      return [van(v.gemaakt, 'gemaakt')]
    case 'voltooien':
      return [
        ...(v.verstrekt === undefined ? [] : [van(v.verstrekt, 'verstrekt')]),
        ...(v.gejournaliseerd === undefined ? [] : [van(v.gejournaliseerd, 'gejournaliseerd')]),
      ]
    default:
      return []
  }
}

/**
 * The phase a run is in and its counts so far, from the cockpit's last progress report; "Starten" before the first.
 * `kop` leads the line; `data-fase` names the phase for tests and scripts.
 */
export const voortgangsregel = (v: Runvoortgang | undefined, kop = 'Fase'): Html => {
  if (!v) return html`<p class="voortgang" data-fase="starten">${kop}: <strong>Starten</strong></p>`
  const fase = v.fase === 'voltooien' ? voltooienFase(v) : FASE[v.fase]
  const tekst = tellingen(v).join(', ')
  return html`<p class="voortgang" data-fase="${v.fase}">
    ${kop}: <strong>${fase}</strong>${tekst ? html` — <span class="tellingen">${tekst}</span>` : ''}
  </p>`
}
