import {
  type Antwoord,
  type Autorisatie,
  alleFacturen,
  alleFactuurregels,
  ConceptenTabel,
  type ConceptRij,
  type ConceptVraag,
  conceptenOverzicht,
  type DagboekPeriodeTotaal,
  type DebiteurSaldo,
  FacturenTabel,
  type Factuurinzage,
  type FactuurKolom,
  type FactuurRij,
  type FactuurregelKolom,
  type FactuurregelRij,
  type FactuurVraag,
  type Factuurverwijzing,
  factuurinzage,
  type JournaalFilter,
  JournaalTabel,
  journaalPerDagboekEnPeriode,
  nietVerwerkteFacturen,
  OpenstaandePostenTabel,
  openstaandPerDebiteur,
  type PerDebiteurVraag,
  type TransactioneleStore,
  type Weergaven,
} from './facturatie'

/** Where the list pages read their rows: the same questions, answered by a fold of the log or by the view tables. */
export interface Weergavebron {
  /** R22 "niet verwerkte facturen" of the relaties `a` may see (R12). */
  nietVerwerkteFacturen(a: Autorisatie, vraag: FactuurVraag<FactuurKolom>): Promise<Antwoord<FactuurRij>>
  /** R22 "alle facturen". */
  alleFacturen(a: Autorisatie, vraag: FactuurVraag<FactuurKolom>): Promise<Antwoord<FactuurRij>>
  /** R22 "alle factuurregels". */
  alleFactuurregels(a: Autorisatie, vraag: FactuurVraag<FactuurregelKolom>): Promise<Antwoord<FactuurregelRij>>
  /** The concepten overview. */
  conceptenOverzicht(a: Autorisatie, vraag: ConceptVraag): Promise<Antwoord<ConceptRij>>
  /** Journal totals per dagboek and periode, narrowed by `filter`. */
  journaalPerDagboekEnPeriode(a: Autorisatie, filter: JournaalFilter): Promise<DagboekPeriodeTotaal[]>
  /** Open items per debiteur aged on the peildatum, with the overdue buckets. */
  openstaandPerDebiteur(a: Autorisatie, vraag: PerDebiteurVraag): Promise<DebiteurSaldo[]>
  /** One invoice with its lines and journaalpost; undefined when it does not exist or `a` may not see it (R12). */
  factuur(a: Autorisatie, verwijzing: Factuurverwijzing): Promise<Factuurinzage | undefined>
}

/** The fold's answer to `Weergavebron.factuur`: what "alle facturen" shows `a` decides whether the invoice is seen. */
const gevouwenFactuur = (
  view: Weergaven,
  a: Autorisatie,
  { administratie, factuurId }: Factuurverwijzing,
): Factuurinzage | undefined => {
  const factuur = view.facturen.facturen.get(`${administratie}|${factuurId}`)
  if (!factuur) return undefined
  const zichtbaar = alleFacturen(view.facturen, a, { filter: { administratie, relatie: factuur.verkooprelatie } })
  if (!zichtbaar.rijen.some((f) => f.factuurId === factuurId)) return undefined
  return {
    factuur,
    regels: view.facturen.regels.get(`${administratie}|${factuurId}`) ?? [],
    journaalpost: [...view.journaal.posten.values()].find(
      (p) => p.administratie === administratie && p.factuurId === factuurId,
    ),
  }
}

/** The views folded from the log (per request by default): always current, slower as the log grows. */
export const gevouwenBron = (weergaven: () => Promise<Weergaven>): Weergavebron => ({
  nietVerwerkteFacturen: async (a, vraag) => nietVerwerkteFacturen((await weergaven()).facturen, a, vraag),
  alleFacturen: async (a, vraag) => alleFacturen((await weergaven()).facturen, a, vraag),
  alleFactuurregels: async (a, vraag) => alleFactuurregels((await weergaven()).facturen, a, vraag),
  conceptenOverzicht: async (a, vraag) => conceptenOverzicht((await weergaven()).concepten, a, vraag),
  journaalPerDagboekEnPeriode: async (a, filter) =>
    journaalPerDagboekEnPeriode((await weergaven()).journaal, a, filter),
  openstaandPerDebiteur: async (a, vraag) => openstaandPerDebiteur((await weergaven()).openstaandePosten, a, vraag),
  factuur: async (a, verwijzing) => gevouwenFactuur(await weergaven(), a, verwijzing),
})

/**
 * The PostgreSQL view tables a projection worker keeps current (`factuurstroom project --pg URL`): filtering, sorting,
 * paging and R12 happen in the database. The rows are as current as the worker (its lag), not the log.
 */
export const tabelBron = (store: TransactioneleStore): Weergavebron => {
  const facturen = new FacturenTabel(store)
  const concepten = new ConceptenTabel(store)
  const journaal = new JournaalTabel(store)
  const openstaand = new OpenstaandePostenTabel(store)
  return {
    nietVerwerkteFacturen: (a, vraag) => facturen.nietVerwerkteFacturen(a, vraag),
    alleFacturen: (a, vraag) => facturen.alleFacturen(a, vraag),
    alleFactuurregels: (a, vraag) => facturen.alleFactuurregels(a, vraag),
    conceptenOverzicht: (a, vraag) => concepten.conceptenOverzicht(a, vraag),
    // The table sums per dagboek and periode in the database; the page's dagboek/periode filter picks from those.
    journaalPerDagboekEnPeriode: async (a, filter) =>
      (await journaal.perDagboekEnPeriode(a)).filter(
        (t) =>
          (filter.dagboek === undefined || t.dagboek === filter.dagboek) &&
          (filter.periode === undefined || t.periode === filter.periode) &&
          (filter.administratie === undefined || t.administratie === filter.administratie),
      ),
    openstaandPerDebiteur: (a, vraag) => openstaand.perDebiteur(a, vraag),
    factuur: (a, verwijzing) => factuurinzage(store, a, verwijzing),
  }
}
