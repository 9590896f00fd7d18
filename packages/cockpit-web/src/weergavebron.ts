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
  FacturenTabel,
  type FactuurKolom,
  type FactuurRij,
  type FactuurregelKolom,
  type FactuurregelRij,
  type FactuurVraag,
  type JournaalFilter,
  JournaalTabel,
  journaalPerDagboekEnPeriode,
  nietVerwerkteFacturen,
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
}

/** The views folded from the log (per request by default): always current, slower as the log grows. */
export const gevouwenBron = (weergaven: () => Promise<Weergaven>): Weergavebron => ({
  nietVerwerkteFacturen: async (a, vraag) => nietVerwerkteFacturen((await weergaven()).facturen, a, vraag),
  alleFacturen: async (a, vraag) => alleFacturen((await weergaven()).facturen, a, vraag),
  alleFactuurregels: async (a, vraag) => alleFactuurregels((await weergaven()).facturen, a, vraag),
  conceptenOverzicht: async (a, vraag) => conceptenOverzicht((await weergaven()).concepten, a, vraag),
  journaalPerDagboekEnPeriode: async (a, filter) =>
    journaalPerDagboekEnPeriode((await weergaven()).journaal, a, filter),
})

/**
 * The PostgreSQL view tables a projection worker keeps current (`factuurstroom project --pg URL`): filtering, sorting,
 * paging and R12 happen in the database. The rows are as current as the worker (its lag), not the log.
 */
export const tabelBron = (store: TransactioneleStore): Weergavebron => {
  const facturen = new FacturenTabel(store)
  const concepten = new ConceptenTabel(store)
  const journaal = new JournaalTabel(store)
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
  }
}
