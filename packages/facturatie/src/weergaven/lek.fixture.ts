import {
  type EventStore,
  InMemoryEventStore,
  isBeyond,
  type ReplayLimit,
  readAllEvents,
} from '@factuurstroom/eventsourcing'
import { expect } from 'vitest'
import { decimaal, NUL } from '../geld'
import { relatieService } from '../relatie/service'
import { type Autorisatie, alleRelaties } from './autorisatie'
import type { Antwoord, Filter, Vraag } from './bevraging'
import type { ConceptKolom, ConceptRij } from './concepten'
import type { FactuurKolom, FactuurRij, FactuurregelKolom, FactuurregelRij } from './facturen'
import type { DagboekPeriodeTotaal, JournaalpostKolom, JournaalpostRij } from './journaal'
import type { OpenstaandePostRij } from './openstaande-posten'
import { bouwScenario, DAGEN } from './scenario.fixture'

/**
 * The R12 leak suite: a month with several declarants, queried by each of them through every view and query option,
 * against an oracle that reads the assignments straight from the log. A restricted answer must hold exactly the
 * rows of the caller's relaties, with counts, pages and totals computed over those rows only.
 */

export const MEDEWERKERS = ['jan', 'piet', 'anna', 'kees', 'onbekend'] as const
/** The day the assignments change: 20001 goes from anna to piet (with kees), 30003 from jan to anna. */
export const WISSELDAG = '2026-04-05'

/** The scenario month, then the declarant changes of `WISSELDAG` through the relatie service. */
export const bouwLekMaand = async (options: { store?: EventStore } = {}) => {
  let nu = new Date(`${DAGEN[0]}T10:00:00.000Z`)
  const store = options.store ?? new InMemoryEventStore({ clock: () => nu })
  const opDag = options.store ? () => undefined : (dag: string) => (nu = new Date(`${dag}T10:00:00.000Z`))
  await bouwScenario({ store, opDag })
  let voorWissel: bigint | undefined
  for await (const e of readAllEvents(store)) voorWissel = e.globalPosition
  opDag(WISSELDAG)
  const relaties = relatieService(store)
  const ctx = (commandId: string) => ({ commandId, occurredAt: `${WISSELDAG}T10:00:00.000Z`, actor: 'beheerder' })
  for (const [id, input] of [
    ['lek-1', { administratie: 'A1', verkooprelatie: '20001', hoofddeclarant: 'piet', declarant: 'kees' }],
    ['lek-2', { administratie: 'A1', verkooprelatie: '30003', hoofddeclarant: 'anna' }],
  ] as const) {
    const uitkomst = await relaties.wijsDeclarantenToe(input, ctx(id))
    if (uitkomst._tag === 'Left') throw new Error(uitkomst.left.message)
  }
  return { store, voorWissel: voorWissel as bigint }
}

/** The oracle: who may see which `administratie|relatie`, read from the raw log up to `limit`. */
export const toewijzingenVolgensLog = async (
  store: EventStore,
  limit?: ReplayLimit,
): Promise<(medewerker: string, administratie: string, relatie: string | undefined) => boolean> => {
  const per = new Map<string, { hoofddeclarant?: string; declarant?: string }>()
  for await (const e of readAllEvents(store)) {
    if (limit && isBeyond(e, limit)) break
    // biome-ignore lint/suspicious/noExplicitAny: the oracle reads raw event data on purpose, apart from the views' codecs.
    const d = e.data as any
    if (e.type === 'DeclarantenToegewezen') per.set(`${d.administratie}|${d.verkooprelatie}`, d)
    if (e.type === 'ConceptGeopend') per.set(`${d.administratie}|${d.verkooprelatie.nummer}`, d.relatieInstellingen)
    if (e.type === 'ConceptGefactureerd') {
      per.set(`${d.administratie}|${d.factuuropdracht.verkooprelatie.nummer}`, d.relatieInstellingen)
    }
  }
  return (medewerker, administratie, relatie) => {
    const d = relatie === undefined ? undefined : per.get(`${administratie}|${relatie}`)
    return d !== undefined && (d.hoofddeclarant === medewerker || d.declarant === medewerker)
  }
}

/** Every view's queries, in memory or on the PostgreSQL tables, as one async interface. */
export interface Bevrager {
  alleFacturen(a: Autorisatie, vraag?: Vraag<FactuurKolom>): Promise<Antwoord<FactuurRij>>
  nietVerwerkteFacturen(a: Autorisatie, vraag?: Vraag<FactuurKolom>): Promise<Antwoord<FactuurRij>>
  alleFactuurregels(a: Autorisatie, vraag?: Vraag<FactuurregelKolom>): Promise<Antwoord<FactuurregelRij>>
  conceptenOverzicht(a: Autorisatie, vraag?: Vraag<ConceptKolom>): Promise<Antwoord<ConceptRij>>
  journaalposten(a: Autorisatie, vraag?: Vraag<JournaalpostKolom>): Promise<Antwoord<JournaalpostRij>>
  journaalPerDagboekEnPeriode(a: Autorisatie): Promise<readonly DagboekPeriodeTotaal[]>
  openstaandePosten(a: Autorisatie): Promise<readonly OpenstaandePostRij[]>
  /** Per debiteur: count and Σ of the open items. */
  openstaandPerDebiteur(a: Autorisatie): Promise<readonly { debiteur: string; aantal: number; totaal: string }[]>
}

const filters: readonly Filter[] = [
  { administratie: 'A1' },
  { relatie: '10032' },
  { relatie: '20001' },
  { relatie: '30003' },
  { status: ['nietVerwerkt', 'verwerkt', 'nietFactureerbaar', 'gefactureerd', 'factuur'] },
  { van: '2026-04-03' },
  { tot: '2026-04-02' },
]
const paginas = [1, 2, 3].flatMap((nummer) => [1, 2].map((grootte) => ({ nummer, grootte })))

const vragen = <Kolom extends string>(kolommen: readonly Kolom[]): (Vraag<Kolom> | undefined)[] => [
  undefined,
  ...kolommen.flatMap((kolom) =>
    (['oplopend', 'aflopend'] as const).map((richting) => ({ sorteer: { kolom, richting } })),
  ),
  ...filters.map((filter) => ({ filter })),
  ...paginas.map((pagina) => ({ pagina, sorteer: { kolom: kolommen[0] as Kolom, richting: 'aflopend' as const } })),
  { filter: { relatie: '20001' }, pagina: { nummer: 1, grootte: 1 } },
]

/** What a restricted caller must get: the unrestricted answer's rows they may see, counted and paged afresh. */
const verwacht = <Rij>(alle: Antwoord<Rij>, vraag: Vraag<string> | undefined, mag: (r: Rij) => boolean) => {
  const rijen = alle.rijen.filter(mag)
  const totaal = rijen.length
  if (!vraag?.pagina) return { rijen, totaal, pagina: 1, paginagrootte: totaal, aantalPaginas: totaal === 0 ? 0 : 1 }
  const { nummer, grootte } = vraag.pagina
  return {
    rijen: rijen.slice((nummer - 1) * grootte, nummer * grootte),
    totaal,
    pagina: nummer,
    paginagrootte: grootte,
    aantalPaginas: Math.ceil(totaal / grootte),
  }
}

const som = (waarden: readonly string[]): string => waarden.reduce((s, w) => s.plus(w), NUL).toFixed(2)

/**
 * Runs the suite on `q` as it stands at one moment, with `mag` the oracle for that moment. Returns how many rows
 * were hidden from and shown to restricted callers, so a caller can check the suite was not vacuous.
 */
export const controleerGeenLek = async (
  q: Bevrager,
  mag: (medewerker: string, administratie: string, relatie: string | undefined) => boolean,
): Promise<{ verborgen: number; getoond: number }> => {
  let verborgen = 0
  let getoond = 0
  const rijvragen = async <Rij, Kolom extends string>(
    naam: string,
    kolommen: readonly Kolom[],
    vraag: (a: Autorisatie, v?: Vraag<Kolom>) => Promise<Antwoord<Rij>>,
    relatie: (r: Rij) => readonly [string, string | undefined],
  ) => {
    for (const v of vragen(kolommen)) {
      const alle = await vraag(alleRelaties, v && { ...v, pagina: undefined })
      for (const medewerker of MEDEWERKERS) {
        const magRij = (r: Rij) => mag(medewerker, ...relatie(r))
        const beperkt = await vraag({ medewerker }, v)
        expect(beperkt, `${naam} ${medewerker} ${JSON.stringify(v)}`).toEqual(verwacht(alle, v, magRij))
        const zichtbaar = alle.rijen.filter(magRij).length
        getoond += zichtbaar
        verborgen += alle.rijen.length - zichtbaar
      }
    }
  }
  const factuurKolommen: FactuurKolom[] = ['factuurnummer', 'verkooprelatie', 'totaalBruto', 'status', 'factuurdatum']
  await rijvragen(
    'alleFacturen',
    factuurKolommen,
    (a, v) => q.alleFacturen(a, v),
    (r) => [r.administratie, r.verkooprelatie],
  )
  await rijvragen(
    'nietVerwerkteFacturen',
    factuurKolommen,
    (a, v) => q.nietVerwerkteFacturen(a, v),
    (r) => [r.administratie, r.verkooprelatie],
  )
  await rijvragen(
    'alleFactuurregels',
    ['regelId', 'bedrag', 'factuurnummer'] as FactuurregelKolom[],
    (a, v) => q.alleFactuurregels(a, v),
    (r) => [r.administratie, r.verkooprelatie],
  )
  await rijvragen(
    'conceptenOverzicht',
    ['conceptId', 'verkooprelatie', 'totaal', 'hoofddeclarant'] as ConceptKolom[],
    (a, v) => q.conceptenOverzicht(a, v),
    (r) => [r.administratie, r.verkooprelatie],
  )
  await rijvragen(
    'journaalposten',
    ['factuurnummer', 'debiteur', 'totaalDebet'] as JournaalpostKolom[],
    (a, v) => q.journaalposten(a, v),
    (r) => [r.administratie, r.debiteur],
  )

  const alleJournaal = (await q.journaalposten(alleRelaties)).rijen
  const allePosten = await q.openstaandePosten(alleRelaties)
  for (const medewerker of MEDEWERKERS) {
    const a = { medewerker }
    const posten = alleJournaal.filter((r) => mag(medewerker, r.administratie, r.debiteur))
    const perPeriode = new Map<string, JournaalpostRij[]>()
    for (const p of posten) {
      const key = `${p.administratie}|${p.dagboek}|${p.periode}`
      perPeriode.set(key, [...(perPeriode.get(key) ?? []), p])
    }
    expect(await q.journaalPerDagboekEnPeriode(a), `journaal totals ${medewerker}`).toEqual(
      [...perPeriode.entries()]
        .sort(([x], [y]) => (x < y ? -1 : 1))
        .map(([, rijen]) => {
          const [eerste] = rijen as [JournaalpostRij]
          const debet = som(rijen.map((r) => r.totaalDebet))
          const credit = som(rijen.map((r) => r.totaalCredit))
          return {
            administratie: eerste.administratie,
            dagboek: eerste.dagboek,
            periode: eerste.periode,
            aantal: rijen.length,
            debet,
            credit,
            inBalans: decimaal(debet).equals(credit),
          }
        }),
    )
    const open = allePosten.filter((r) => mag(medewerker, r.administratie, r.debiteur))
    expect(await q.openstaandePosten(a), `open items ${medewerker}`).toEqual(open)
    const debiteuren = [...new Set(open.map((r) => r.debiteur))].sort()
    expect(await q.openstaandPerDebiteur(a), `open per debiteur ${medewerker}`).toEqual(
      debiteuren.map((debiteur) => {
        const van = open.filter((r) => r.debiteur === debiteur)
        return { debiteur, aantal: van.length, totaal: som(van.map((r) => r.bedrag)) }
      }),
    )
  }
  return { verborgen, getoond }
}
