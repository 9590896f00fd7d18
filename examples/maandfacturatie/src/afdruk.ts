import { type Decimaal, decimaal, NUL } from '@factuurstroom/facturatie'
import type { Controle } from './controle'
import { weergaven } from './facturatie'
import { grootboekrekeningen } from './inrichten'
import { totaal } from './weergaven'

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

const kort = (tekst: string, lengte: number) => (tekst.length > lengte ? `${tekst.slice(0, lengte - 1)}…` : tekst)

type Factuurrij = weergaven.FactuurRij

const factuurTabel = (facturen: readonly Factuurrij[]) =>
  tabel(
    [
      'factuurnummer',
      'adm',
      'relatie',
      'naam',
      'bron',
      'soort',
      'datum',
      'netto',
      'btw',
      'bruto',
      'verstrekt',
      'journaal',
    ],
    facturen.map((f) => [
      f.factuurnummer ?? '—',
      f.administratie,
      f.factuurrelatie,
      kort(f.factuurrelatieNaam, 34),
      f.bron,
      f.soort,
      f.factuurdatum,
      bedrag(f.totaalNetto),
      bedrag(f.totaalBtw),
      bedrag(f.totaalBruto),
      f.volledigVerstrekt ? 'ja' : 'nee',
      f.gejournaliseerd ? 'ja' : 'nee',
    ]),
    new Set([7, 8, 9]),
  )

/** The three cockpit views (R22) of the library, each as its first page of `rijen` rows, sorted on factuurnummer. */
export const drukWeergaven = (view: weergaven.Weergaven, rijen: number): string => {
  const pagina = { nummer: 1, grootte: Math.max(1, rijen) }
  const sorteer = { kolom: 'factuurnummer' } as const
  const getoond = (n: number) => Math.min(rijen, n)
  const { alleRelaties } = weergaven
  const niet = weergaven.nietVerwerkteFacturen(view.facturen, alleRelaties, { pagina, sorteer })
  const alle = weergaven.alleFacturen(view.facturen, alleRelaties)
  const eerste = weergaven.alleFacturen(view.facturen, alleRelaties, { pagina, sorteer })
  const regels = weergaven.alleFactuurregels(view.facturen, alleRelaties, { pagina, sorteer })
  const verzamel = alle.rijen.filter((f) => f.soort === 'verzamel').length
  const som = (k: 'totaalNetto' | 'totaalBtw' | 'totaalBruto') => bedrag(totaal(alle.rijen.map((f) => f[k])))
  return [
    kop(
      `Niet verwerkte facturen — ${niet.totaal} (first ${getoond(niet.totaal)})`,
      'Made, but not yet issued by the debiteur’s verstrekkingswijze and/or not journalised (R22).',
    ),
    factuurTabel(niet.rijen.slice(0, rijen)),
    kop(
      `Alle facturen — ${alle.totaal}: ${alle.totaal - verzamel} separate, ${verzamel} verzamelfacturen (first ${getoond(alle.totaal)})`,
      `Σ netto ${som('totaalNetto')}  Σ btw ${som('totaalBtw')}  Σ bruto ${som('totaalBruto')}`,
    ),
    factuurTabel(eerste.rijen.slice(0, rijen)),
    kop(
      `Alle factuurregels — ${regels.totaal} (first ${getoond(regels.totaal)})`,
      'Generated lines are Afgehandeld, manual ones Actief (R23).',
    ),
    tabel(
      ['factuurnummer', 'regel', 'omschrijving', 'btw-code', 'bedrag', 'status', 'bron'],
      regels.rijen
        .slice(0, rijen)
        .map((r) => [
          r.factuurnummer ?? '—',
          kort(r.regelId, 28),
          kort(r.omschrijving, 34),
          r.btwCode,
          bedrag(r.bedrag),
          r.status,
          `${r.bron} ${r.bronId}`,
        ]),
      new Set([4]),
    ),
  ].join('\n')
}

/** Openstaande posten per debiteur on the peildatum (the library's view), the largest first. */
export const drukOpenstaandePosten = (view: weergaven.Weergaven, rijen: number, peildatum: string): string => {
  const perDebiteur = weergaven.openstaandPerDebiteur(view.openstaandePosten, weergaven.alleRelaties, { peildatum })
  const posten = perDebiteur.reduce((n, d) => n + d.aantal, 0)
  const grootste = [...perDebiteur].sort((a, b) => decimaal(b.totaal).comparedTo(a.totaal)).slice(0, rijen)
  return [
    kop(
      `Openstaande posten — ${posten} on ${perDebiteur.length} debiteuren, Σ ${bedrag(totaal(perDebiteur.map((d) => d.totaal)))}`,
      `Past due on ${peildatum}: Σ ${bedrag(totaal(perDebiteur.map((d) => d.vervallen)))}. Largest debiteuren:`,
    ),
    tabel(
      ['adm', 'debiteur', 'posten', 'openstaand', 'vervallen', 'oudste vervaldatum'],
      grootste.map((d) => [
        d.administratie,
        d.debiteur,
        String(d.aantal),
        bedrag(d.totaal),
        bedrag(d.vervallen),
        d.oudsteVervaldatum,
      ]),
      new Set([2, 3, 4]),
    ),
  ].join('\n')
}

const rekeningnaam = new Map<string, string>(grootboekrekeningen.map((r) => [r.rekening, r.omschrijving]))

/** The journal (the library's view): per dagboek and period, then per grootboekrekening, Σ debet = Σ credit. */
export const drukJournaal = (view: weergaven.Weergaven): string => {
  const perDagboek = weergaven.journaalPerDagboekEnPeriode(view.journaal, weergaven.alleRelaties)
  const perRekening = new Map<string, { debet: Decimaal; credit: Decimaal }>()
  for (const s of weergaven.saldiPerRekening(view.journaal, weergaven.alleRelaties)) {
    const r = perRekening.get(s.rekening) ?? { debet: NUL, credit: NUL }
    perRekening.set(s.rekening, { debet: r.debet.plus(s.debet), credit: r.credit.plus(s.credit) })
  }
  const debet = totaal(perDagboek.map((d) => d.debet))
  const credit = totaal(perDagboek.map((d) => d.credit))
  const rekeningen = [...perRekening.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rekening, s]) => [rekening, rekeningnaam.get(rekening) ?? '', bedrag(s.debet), bedrag(s.credit)])
  rekeningen.push(['', 'Σ', bedrag(debet), bedrag(credit)])
  return [
    kop(
      `Journaal — ${perDagboek.reduce((n, d) => n + d.aantal, 0)} journaalposten`,
      `Σ debet ${bedrag(debet)} ${debet.equals(credit) ? '=' : '≠'} Σ credit ${bedrag(credit)}`,
    ),
    tabel(
      ['adm', 'dagboek', 'periode', 'posten', 'debet', 'credit', 'in balans'],
      perDagboek.map((d) => [
        d.administratie,
        d.dagboek,
        d.periode,
        String(d.aantal),
        bedrag(d.debet),
        bedrag(d.credit),
        d.inBalans ? 'ja' : 'nee',
      ]),
      new Set([3, 4, 5]),
    ),
    '',
    tabel(['rekening', 'omschrijving', 'debet', 'credit'], rekeningen, new Set([2, 3])),
  ].join('\n')
}

export const drukControles = (controles: readonly Controle[]): string =>
  ['\nChecks', ...controles.map((c) => `${c.ok ? '✓' : '✗'} ${c.naam}: ${c.uitleg}`)].join('\n')
