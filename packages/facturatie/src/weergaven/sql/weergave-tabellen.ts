import type { Autorisatie } from '../autorisatie'
import type { Antwoord, Vraag } from '../bevraging'
import {
  type ConceptenView,
  type ConceptIntern,
  type ConceptKolom,
  type ConceptRij,
  type ConceptVraag,
  conceptDefinitie,
  conceptenWeergave,
  conceptSleutel,
} from '../concepten'
import {
  type FacturenView,
  type FactuurKolom,
  type FactuurRij,
  type FactuurregelKolom,
  type FactuurregelRij,
  type FactuurVraag,
  facturenWeergave,
  factuurDefinitie,
  factuurregelDefinitie,
  factuurSleutel,
} from '../facturen'
import {
  type DagboekPeriodeTotaal,
  type JournaalFilter,
  type JournaalpostKolom,
  type JournaalpostRij,
  type JournaalView,
  journaalpostDefinitie,
  journaalpostSleutel,
  journaalWeergave,
} from '../journaal'
import type { WeergaveEvent } from '../registry'
import { type ExtraVoorwaarden, Parameters, type Tabel, type Tabelweergave, voeding, WeergaveTabel } from './tabel'
import { declarantenTabel, declarantVan, metToewijzingen } from './toewijzingen'
import type { TransactioneleStore } from './transactie'

// ---- facturen (R22) ----

/** The invoices table (R22), one row per invoice. */
export const FACTUREN_TABEL: Tabel<FactuurRij, FactuurKolom> = {
  naam: 'weergave_facturen',
  definitie: factuurDefinitie,
}

/** The invoice lines table, one row per line. */
export const FACTUURREGELS_TABEL: Tabel<FactuurregelRij, FactuurregelKolom> = {
  naam: 'weergave_factuurregels',
  definitie: factuurregelDefinitie,
  // R12 joins on the verkooprelatie.
  extra: { verkooprelatie: 'tekst' },
}

/** R12: the declarant assignments the invoice tables join on, kept at the facturen view's checkpoint. */
export const DECLARANTEN_TABEL = declarantenTabel('weergave_declaranten')

// Entries of the facturen view: an invoice with its lines (the declarant assignments: see `metToewijzingen`).
const FACTUUR = 'factuur:'
const deel = (sleutel: string, soort: string): string | undefined =>
  sleutel.startsWith(soort) ? sleutel.slice(soort.length) : undefined

const facturenSleutels = (event: WeergaveEvent): readonly string[] => {
  switch (event.type) {
    case 'FactuurAangemaakt':
    case 'FactuurregelsAangevuld':
    case 'FactuurregelToegevoegd':
    case 'FactuurregelGewijzigd':
    case 'Gefactureerd':
    case 'FactuurVerstrekt':
    case 'FactuurGejournaliseerd':
    case 'FactuurGecrediteerd':
      return [`${FACTUUR}${factuurSleutel(event.data.administratie, event.data.factuurId)}`]
    default:
      return []
  }
}

interface FactuurStand {
  readonly rij: FactuurRij
  readonly regels: FactuurregelRij[]
}

const facturenZonderToewijzingen: Tabelweergave<FacturenView> = {
  weergave: facturenWeergave,
  sleutels: facturenSleutels,
  stand: (view, sleutel) => {
    const factuur = deel(sleutel, FACTUUR)
    if (factuur !== undefined) {
      const rij = view.facturen.get(factuur)
      return rij && { rij, regels: view.regels.get(factuur) ?? [] }
    }
    return undefined
  },
  zetTerug: (view, sleutel, stand) => {
    const factuur = deel(sleutel, FACTUUR)
    if (factuur !== undefined) {
      const { rij, regels } = stand as FactuurStand
      view.facturen.set(factuur, rij)
      view.regels.set(factuur, regels)
    }
  },
  tabellen: [
    voeding(FACTUREN_TABEL, (view: FacturenView, sleutel) => {
      const rij = view.facturen.get(deel(sleutel, FACTUUR) ?? '')
      return rij ? [rij] : []
    }),
    voeding(FACTUURREGELS_TABEL, (view: FacturenView, sleutel) => view.regels.get(deel(sleutel, FACTUUR) ?? '') ?? []),
  ],
}

/** The invoices view as tables: invoices and their lines, with the declarant assignments they join on (R12). */
export const facturenTabelweergave: Tabelweergave<FacturenView> = metToewijzingen(
  facturenZonderToewijzingen,
  DECLARANTEN_TABEL,
)

/** R12 on an invoice table: the caller is (hoofd)declarant of the invoice's verkooprelatie. */
const declarantVanFactuur = (autorisatie: Autorisatie): ExtraVoorwaarden =>
  declarantVan(autorisatie, DECLARANTEN_TABEL.naam, 't.k_verkooprelatie')

/** The R22 cockpit views as PostgreSQL tables: `weergave_facturen`, `weergave_factuurregels`, `weergave_declaranten`. */
export class FacturenTabel extends WeergaveTabel<FacturenView> {
  constructor(store: TransactioneleStore, paginagrootte?: number) {
    super(store, facturenTabelweergave, paginagrootte)
  }

  /** R22 "alle facturen", of the verkooprelaties `autorisatie` may see (R12). */
  alleFacturen(autorisatie: Autorisatie, vraag?: FactuurVraag<FactuurKolom>): Promise<Antwoord<FactuurRij>> {
    return this.bevraag(FACTUREN_TABEL, vraag, declarantVanFactuur(autorisatie))
  }

  /** R22 "niet verwerkte facturen". */
  nietVerwerkteFacturen(autorisatie: Autorisatie, vraag?: FactuurVraag<FactuurKolom>): Promise<Antwoord<FactuurRij>> {
    const r12 = declarantVanFactuur(autorisatie)
    return this.bevraag(FACTUREN_TABEL, vraag, (p, schema) => [`t.status <> ${p('verwerkt')}`, ...r12(p, schema)])
  }

  /** R22 "alle factuurregels". */
  alleFactuurregels(
    autorisatie: Autorisatie,
    vraag?: FactuurVraag<FactuurregelKolom>,
  ): Promise<Antwoord<FactuurregelRij>> {
    return this.bevraag(FACTUURREGELS_TABEL, vraag, declarantVanFactuur(autorisatie))
  }
}

// ---- concepten ----

/** The concepts table, one row per concept. */
export const CONCEPTEN_TABEL: Tabel<ConceptRij, ConceptKolom> = {
  naam: 'weergave_concepten',
  definitie: conceptDefinitie,
}

type ConceptRegelStand = ConceptIntern['regels'] extends Map<string, infer V> ? V : never

/** A concept's stored entry: the row and what the fold needs beyond it (settings recorded at opening, its lines). */
interface ConceptStand {
  readonly rij: ConceptRij
  readonly project: ConceptIntern['project']
  readonly relatie: ConceptIntern['relatie']
  readonly regels: [string, ConceptRegelStand][]
}

/** R12: the declarant assignments the concepten table joins on, kept at its checkpoint. */
export const CONCEPTEN_DECLARANTEN_TABEL = declarantenTabel('weergave_concepten_declaranten')

const conceptenZonderToewijzingen: Tabelweergave<ConceptenView> = {
  weergave: conceptenWeergave,
  sleutels: (event) =>
    'conceptId' in event.data && typeof event.data.conceptId === 'string'
      ? [conceptSleutel(event.data.administratie, event.data.conceptId)]
      : [],
  stand: (view, sleutel) => {
    const c = view.concepten.get(sleutel)
    return c && { rij: c.rij, project: c.project, relatie: c.relatie, regels: [...c.regels] }
  },
  zetTerug: (view, sleutel, stand) => {
    const { rij, project, relatie, regels } = stand as ConceptStand
    view.concepten.set(sleutel, {
      rij,
      project,
      relatie,
      regels: new Map(regels),
    })
  },
  tabellen: [
    voeding(CONCEPTEN_TABEL, (view: ConceptenView, sleutel) => {
      const c = view.concepten.get(sleutel)
      return c ? [c.rij] : []
    }),
  ],
}

/** The concepts view as a table, with the declarant assignments it joins on (R12). */
export const conceptenTabelweergave: Tabelweergave<ConceptenView> = metToewijzingen(
  conceptenZonderToewijzingen,
  CONCEPTEN_DECLARANTEN_TABEL,
)

/** The concepten overview as the PostgreSQL table `weergave_concepten`. */
export class ConceptenTabel extends WeergaveTabel<ConceptenView> {
  constructor(store: TransactioneleStore, paginagrootte?: number) {
    super(store, conceptenTabelweergave, paginagrootte)
  }

  /** Of the verkooprelaties `autorisatie` may see by their assignment now (R12). */
  conceptenOverzicht(autorisatie: Autorisatie, vraag?: ConceptVraag): Promise<Antwoord<ConceptRij>> {
    const r12 = declarantVan(autorisatie, CONCEPTEN_DECLARANTEN_TABEL.naam, 't.k_verkooprelatie')
    return this.bevraag(CONCEPTEN_TABEL, vraag, (p, schema) => [
      ...r12(p, schema),
      ...(vraag?.metWaarschuwing ? [`jsonb_array_length(t.rij->'waarschuwingen') > 0`] : []),
    ])
  }
}

// ---- journaal ----

/** The journal table, one row per journaalpost. */
export const JOURNAALPOSTEN_TABEL: Tabel<JournaalpostRij, JournaalpostKolom> = {
  naam: 'weergave_journaalposten',
  definitie: journaalpostDefinitie,
  extra: { totaalCredit: 'bedrag' },
}

/** R12: the declarant assignments the journaal table joins on (by debiteur), kept at its checkpoint. */
export const JOURNAAL_DECLARANTEN_TABEL = declarantenTabel('weergave_journaal_declaranten')

const journaalZonderToewijzingen: Tabelweergave<JournaalView> = {
  weergave: journaalWeergave,
  sleutels: (event) =>
    event.type === 'Gejournaliseerd'
      ? [journaalpostSleutel(event.data.administratie, event.data.dagboek, event.data.factuurnummer)]
      : [],
  // Each Gejournaliseerd carries the whole journaalpost: nothing earlier is read, so no state is stored.
  stand: (view, sleutel) => view.posten.get(sleutel),
  tabellen: [
    voeding(JOURNAALPOSTEN_TABEL, (view: JournaalView, sleutel) => {
      const rij = view.posten.get(sleutel)
      return rij ? [rij] : []
    }),
  ],
}

/** The journal view as a table, with the declarant assignments it joins on by debiteur (R12). */
export const journaalTabelweergave: Tabelweergave<JournaalView> = metToewijzingen(
  journaalZonderToewijzingen,
  JOURNAAL_DECLARANTEN_TABEL,
)

const declarantVanDebiteur = (autorisatie: Autorisatie): ExtraVoorwaarden =>
  declarantVan(autorisatie, JOURNAAL_DECLARANTEN_TABEL.naam, 't.k_debiteur')

/** Journaalposten per dagboek and period as the PostgreSQL table `weergave_journaalposten`. */
export class JournaalTabel extends WeergaveTabel<JournaalView> {
  constructor(store: TransactioneleStore, paginagrootte?: number) {
    super(store, journaalTabelweergave, paginagrootte)
  }

  /** Filter `dagboek`, `periode`; `van`/`tot` on the boekdatum; of the debiteuren `autorisatie` may see (R12). */
  journaalposten(
    autorisatie: Autorisatie,
    vraag?: Vraag<JournaalpostKolom, JournaalFilter>,
  ): Promise<Antwoord<JournaalpostRij>> {
    const r12 = declarantVanDebiteur(autorisatie)
    return this.bevraag(JOURNAALPOSTEN_TABEL, vraag, (p, schema) => [
      ...r12(p, schema),
      ...(vraag?.filter?.dagboek === undefined ? [] : [`t.k_dagboek = ${p(vraag.filter.dagboek)}`]),
      ...(vraag?.filter?.periode === undefined ? [] : [`t.k_periode = ${p(vraag.filter.periode)}`]),
    ])
  }

  /** Totals per administratie, dagboek and period, over the posts `autorisatie` may see (as `journaalposten`). */
  async perDagboekEnPeriode(autorisatie: Autorisatie): Promise<DagboekPeriodeTotaal[]> {
    const r12 = declarantVanDebiteur(autorisatie)
    return this.store.withTransaction(async (tx) => {
      const params = new Parameters()
      const waar = r12(params.p, tx.schema)
      const rows = await tx.query<{
        administratie: string
        dagboek: string
        periode: string
        aantal: string
        debet: string
        credit: string
      }>(
        `SELECT administratie, k_dagboek AS dagboek, k_periode AS periode, count(*)::text AS aantal,
           round(sum(k_totaal_debet), 2)::text AS debet, round(sum(k_totaal_credit), 2)::text AS credit
         FROM ${tx.schema}.${JOURNAALPOSTEN_TABEL.naam} AS t${waar.length === 0 ? '' : ` WHERE ${waar.join(' AND ')}`}
         GROUP BY administratie, k_dagboek, k_periode
         ORDER BY administratie COLLATE "C", k_dagboek COLLATE "C", k_periode COLLATE "C"`,
        params.waarden,
      )
      return rows.map((r) => ({ ...r, aantal: Number(r.aantal), inBalans: r.debet === r.credit }))
    })
  }
}
