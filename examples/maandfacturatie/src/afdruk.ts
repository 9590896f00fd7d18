import { type Decimaal, NUL } from '@factuurstroom/facturatie'
import type { Controle } from './controle'
import { grootboekrekeningen } from './inrichten'
import { type Cockpitweergaven, type Factuurrij, nietVerwerkt, totaal } from './weergaven'

/** Plain-text tables: columns padded, amounts right-aligned, only the first `rijen` rows of a view (a page). */
const tabel = (koppen: readonly string[], rijen: readonly (readonly string[])[], rechts: ReadonlySet<number>) => {
  const breedte = koppen.map((k, i) => Math.max(k.length, ...rijen.map((r) => (r[i] ?? '').length)))
  const regel = (r: readonly string[]) =>
    r.map((c, i) => (rechts.has(i) ? c.padStart(breedte[i] ?? 0) : c.padEnd(breedte[i] ?? 0))).join('  ')
  return [regel(koppen), breedte.map((b) => '─'.repeat(b)).join('  '), ...rijen.map(regel)].join('\n')
}

const bedrag = (d: Decimaal | string) => {
  const [heel, cent] = (typeof d === 'string' ? d : d.toFixed(2)).split('.') as [string, string]
  const negatief = heel.startsWith('-')
  const cijfers = (negatief ? heel.slice(1) : heel).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `${negatief ? '-' : ''}${cijfers},${cent}`
}

const kop = (titel: string, toelichting: string) => `\n${titel}\n${toelichting}\n`

const perNummer = (a: Factuurrij, b: Factuurrij) => (a.factuurnummer ?? '').localeCompare(b.factuurnummer ?? '')

const factuurTabel = (facturen: readonly Factuurrij[], rijen: number) =>
  tabel(
    ['factuurnummer', 'adm', 'relatie', 'naam', 'bron', 'datum', 'netto', 'btw', 'bruto', 'verstrekt', 'journaal'],
    facturen
      .slice(0, rijen)
      .map((f) => [
        f.factuurnummer ?? '—',
        f.administratie,
        f.factuurrelatie,
        f.naam.length > 34 ? `${f.naam.slice(0, 33)}…` : f.naam,
        f.bron,
        f.factuurdatum,
        bedrag(f.totaalNetto),
        bedrag(f.totaalBtw),
        bedrag(f.totaalBruto),
        f.verstrekt ? 'ja' : 'nee',
        f.gejournaliseerd ? 'ja' : 'nee',
      ]),
    new Set([6, 7, 8]),
  )

export const drukWeergaven = (view: Cockpitweergaven, rijen: number): string => {
  const uit: string[] = []
  const alle = [...view.facturen.values()].sort(perNummer)
  const niet = nietVerwerkt(view).sort(perNummer)
  uit.push(
    kop(
      `Niet verwerkte facturen — ${niet.length} (first ${Math.min(rijen, niet.length)})`,
      'Made, but not yet issued by the debiteur’s verstrekkingswijze and/or not journalised (R22).',
    ),
    factuurTabel(niet, rijen),
  )
  const verzamel = alle.filter((f) => f.bron === 'verzamelfactuur').length
  uit.push(
    kop(
      `Alle facturen — ${alle.length}: ${alle.length - verzamel} separate, ${verzamel} verzamelfacturen (first ${Math.min(rijen, alle.length)})`,
      `Σ netto ${bedrag(totaal(alle.map((f) => f.totaalNetto)))}  Σ btw ${bedrag(totaal(alle.map((f) => f.totaalBtw)))}  Σ bruto ${bedrag(totaal(alle.map((f) => f.totaalBruto)))}`,
    ),
    factuurTabel(alle, rijen),
  )
  const nummers = new Map(alle.map((f) => [`${f.administratie}|${f.factuurId}`, f.factuurnummer ?? '—']))
  uit.push(
    kop(
      `Alle factuurregels — ${view.regels.length} (first ${Math.min(rijen, view.regels.length)})`,
      `Σ bedrag ${bedrag(totaal(view.regels.map((r) => r.bedrag)))}; generated lines are Afgehandeld, manual ones Actief (R23).`,
    ),
    tabel(
      ['factuurnummer', 'regel', 'omschrijving', 'btw-code', 'bedrag', 'status', 'bron'],
      view.regels
        .slice(0, rijen)
        .map((r) => [
          nummers.get(`${r.administratie}|${r.factuurId}`) ?? '—',
          r.regelId.length > 28 ? `${r.regelId.slice(0, 27)}…` : r.regelId,
          r.omschrijving.length > 34 ? `${r.omschrijving.slice(0, 33)}…` : r.omschrijving,
          r.btwCode,
          bedrag(r.bedrag),
          r.status,
          `${r.bron} ${r.bronId}`,
        ]),
      new Set([4]),
    ),
  )
  return uit.join('\n')
}

export const drukOpenstaandePosten = (view: Cockpitweergaven, rijen: number, peildatum: string): string => {
  const posten = [...view.openstaand.values()]
  const vervallen = posten.filter((p) => p.vervaldatum < peildatum)
  const perDebiteur = new Map<string, { aantal: number; bedrag: Decimaal }>()
  for (const p of posten) {
    const k = `${p.administratie} ${p.debiteur}`
    const d = perDebiteur.get(k) ?? { aantal: 0, bedrag: NUL }
    perDebiteur.set(k, { aantal: d.aantal + 1, bedrag: d.bedrag.plus(p.bedrag) })
  }
  const grootste = [...perDebiteur.entries()].sort(([, a], [, b]) => b.bedrag.comparedTo(a.bedrag)).slice(0, rijen)
  return [
    kop(
      `Openstaande posten — ${posten.length} on ${perDebiteur.size} debiteuren, Σ ${bedrag(totaal(posten.map((p) => p.bedrag)))}`,
      `Past due on ${peildatum}: ${vervallen.length}, Σ ${bedrag(totaal(vervallen.map((p) => p.bedrag)))}. Largest debiteuren:`,
    ),
    tabel(
      ['adm debiteur', 'posten', 'openstaand'],
      grootste.map(([k, d]) => [k, String(d.aantal), bedrag(d.bedrag)]),
      new Set([1, 2]),
    ),
  ].join('\n')
}

const rekeningnaam = new Map<string, string>(grootboekrekeningen.map((r) => [r.rekening, r.omschrijving]))

export const drukJournaal = (view: Cockpitweergaven): string => {
  const perRekening = new Map<string, { debet: Decimaal; credit: Decimaal }>()
  for (const [k, saldo] of view.journaal) {
    const [, dagboek, periode, rekening] = k.split('|') as [string, string, string, string]
    const sleutel = `${dagboek}|${periode}|${rekening}`
    const s = perRekening.get(sleutel) ?? { debet: NUL, credit: NUL }
    perRekening.set(sleutel, { debet: s.debet.plus(saldo.debet), credit: s.credit.plus(saldo.credit) })
  }
  let debet = NUL
  let credit = NUL
  const rijen = [...perRekening.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, s]) => {
      debet = debet.plus(s.debet)
      credit = credit.plus(s.credit)
      const [dagboek, periode, rekening] = k.split('|') as [string, string, string]
      return [dagboek, periode, rekening, rekeningnaam.get(rekening) ?? '', bedrag(s.debet), bedrag(s.credit)]
    })
  rijen.push(['', '', '', 'Σ', bedrag(debet), bedrag(credit)])
  return [
    kop(
      `Journaal — ${view.journaalposten.aantal} journaalposten, all administraties, per dagboek, period and rekening`,
      `Σ debet ${bedrag(debet)} ${debet.equals(credit) ? '=' : '≠'} Σ credit ${bedrag(credit)}`,
    ),
    tabel(['dagboek', 'periode', 'rekening', 'omschrijving', 'debet', 'credit'], rijen, new Set([4, 5])),
  ].join('\n')
}

export const drukControles = (controles: readonly Controle[]): string =>
  ['\nChecks', ...controles.map((c) => `${c.ok ? '✓' : '✗'} ${c.naam}: ${c.uitleg}`)].join('\n')
