import type { AsOfReport } from './as-of'
import type { ReplayReport } from './replay'
import type { TraceReport, Vindplaats } from './trace'
import type { VerifyReport } from './verify'

/** Problems printed per check; the rest are counted. */
const MAX_PER_CONTROLE = 20

/** The text `factuurstroom verify` prints: each check with its first problems, the result and the seal, if any. */
export const verifyTekst = (r: VerifyReport): string => {
  const regels = [`verify: ${r.events} events checked, up to position ${r.laatstePositie ?? '-'}`]
  for (const c of r.controles) {
    regels.push(
      `${c.problemen.length === 0 ? 'OK  ' : 'FAIL'} ${c.naam}: ${c.omschrijving} — ${c.gecontroleerd} checked`,
    )
    for (const p of c.problemen.slice(0, MAX_PER_CONTROLE)) {
      regels.push(`       - ${p.melding}${p.positie === undefined ? '' : ` [position ${p.positie}]`}`)
    }
    if (c.problemen.length > MAX_PER_CONTROLE) regels.push(`       … and ${c.problemen.length - MAX_PER_CONTROLE} more`)
  }
  const fout = r.controles.reduce((n, c) => n + c.problemen.length, 0)
  regels.push(r.ok ? 'RESULT: the log is intact.' : `RESULT: ${fout} problem(s) found.`)
  if (r.seal)
    regels.push(
      `sealed: ${r.seal.eventCount} events up to position ${r.seal.upToPosition}, running hash ${r.seal.runningHash}`,
    )
  return regels.join('\n')
}

const plaats = (v: Vindplaats | undefined): string =>
  v === undefined
    ? '(not found)'
    : `${v.type} at position ${v.positie} (${v.streamId}@${v.revisie}), recorded ${v.vastgelegdOp}, occurred ${v.plaatsgevondenOp}`

/**
 * The text `factuurstroom trace` prints: where in the log the invoice was numbered, made, invoiced and what followed.
 */
export const traceTekst = (t: TraceReport): string => {
  const regels = [
    `invoice ${t.factuurnummer} (administratie ${t.administratie}, factuur ${t.factuurId})`,
    `  number issued:  ${plaats(t.nummer)}`,
    `  invoice made:   ${plaats(t.aangemaakt)}`,
    `  invoiced:       ${plaats(t.gefactureerd)}`,
  ]
  if (t.journaal) {
    regels.push(`  journalised:    ${plaats(t.journaal.vindplaats)}`)
    regels.push(
      `    journaalpost "${t.journaal.omschrijving}", dagboek ${t.journaal.dagboek}, boekdatum ${t.journaal.boekdatum}`,
    )
    for (const j of t.journaal.regels)
      regels.push(`      ${j.zijde.padEnd(6)} ${j.rekening.padEnd(8)} ${j.bedrag.padStart(12)}  ${j.soort}`)
  } else regels.push('  journalised:    not yet')
  for (const c of t.concepten) regels.push(`  from concept ${c.conceptId}: ${plaats(c.gefactureerd)}`)
  for (const r of t.regels) {
    regels.push(`  line ${r.regelId}: ${r.omschrijving} ${r.bedrag} (${r.integratiegroep}) from ${r.bron} ${r.bronId}`)
    for (const c of r.conceptregels) {
      regels.push(
        `    concept line ${c.regelId} ${c.omschrijving ?? ''} ${c.bedrag ?? ''} ← nacalculatie ${c.nacalculatieRegelId ?? '(none)'}; ${plaats(c.toegevoegd)}`,
      )
    }
  }
  return regels.join('\n')
}

/** The text `factuurstroom replay` prints: events, speed, rows per view, whether journal and open items reconcile. */
export const replayTekst = (r: ReplayReport): string => {
  const a = r.aantallen
  const snelheid = r.seconden > 0 ? Math.round(r.events / r.seconden) : r.events
  return [
    `replay: ${r.events} events up to position ${r.positie ?? '-'} in ${r.seconden.toFixed(2)} s (${snelheid} events/s)`,
    `  facturen ${a.facturen} (niet verwerkt ${a.nietVerwerkt}), factuurregels ${a.factuurregels}, concepten ${a.concepten}`,
    `  openstaande posten ${a.openstaandePosten}, journaalposten ${a.journaalposten}`,
    `  journal ${r.aansluiting.totaalJournaal} vs open items ${r.aansluiting.totaalOpenstaand}: ${r.aansluiting.klopt ? 'reconciled' : 'NOT reconciled'}`,
  ].join('\n')
}

const cel = (waarde: unknown): string =>
  waarde === undefined || waarde === null
    ? ''
    : Array.isArray(waarde)
      ? waarde.map((w) => (typeof w === 'object' ? JSON.stringify(w) : String(w))).join(';')
      : typeof waarde === 'object'
        ? JSON.stringify(waarde)
        : String(waarde)

/** Rows as an aligned text table (every column the rows have). */
export const tabel = (rijen: readonly object[]): string => {
  if (rijen.length === 0) return '(no rows)'
  const kolommen = [...new Set(rijen.flatMap((r) => Object.keys(r)))]
  const cellen = rijen.map((r) => kolommen.map((k) => cel((r as Record<string, unknown>)[k])))
  const breedte = kolommen.map((k, i) => Math.max(k.length, ...cellen.map((c) => (c[i] ?? '').length)))
  const lijn = (waarden: readonly string[]) =>
    waarden
      .map((w, i) => w.padEnd(breedte[i] ?? 0))
      .join('  ')
      .trimEnd()
  return [lijn(kolommen), lijn(breedte.map((b) => '-'.repeat(b))), ...cellen.map(lijn)].join('\n')
}

/** The text `factuurstroom as-of` prints: the view, its moment and authorisation, and its rows as a table. */
export const asOfTekst = (r: AsOfReport): string =>
  [
    `${r.view} as of ${r.moment} (log up to position ${r.positie ?? '-'}), as ${r.autorisatie}: ${r.rijen.length} row(s)`,
    tabel(r.rijen),
  ].join('\n')
