import type { Autorisatie, Declaranten } from '../autorisatie'
import type { Antwoord, Definitie, Vraag } from '../bevraging'
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
import { type ExtraVoorwaarden, type Tabel, type Tabelweergave, voeding, WeergaveTabel } from './tabel'
import type { TransactioneleStore } from './transactie'

// ---- facturen (R22) ----

export const FACTUREN_TABEL: Tabel<FactuurRij, FactuurKolom> = {
  naam: 'weergave_facturen',
  definitie: factuurDefinitie,
}

export const FACTUURREGELS_TABEL: Tabel<FactuurregelRij, FactuurregelKolom> = {
  naam: 'weergave_factuurregels',
  definitie: factuurregelDefinitie,
  // R12 joins on the verkooprelatie.
  extra: { verkooprelatie: 'tekst' },
}

/** R12: the (hoofd)declarant last recorded on a concept of a relatie, which the invoice views join on. */
export interface DeclarantenRij extends Declaranten {
  readonly administratie: string
  readonly relatie: string
}

const declarantenDefinitie: Definitie<DeclarantenRij, 'relatie' | 'hoofddeclarant' | 'declarant'> = {
  kolommen: { relatie: 'tekst', hoofddeclarant: 'tekst', declarant: 'tekst' },
  sleutel: (r) => factuurSleutel(r.administratie, r.relatie),
  administratie: (r) => r.administratie,
  relaties: (r) => [r.relatie],
  status: () => '',
  datum: () => undefined,
  waarde: (r, kolom) => r[kolom],
}

export const DECLARANTEN_TABEL: Tabel<DeclarantenRij, 'relatie' | 'hoofddeclarant' | 'declarant'> = {
  naam: 'weergave_declaranten',
  definitie: declarantenDefinitie,
}

// Entries of the facturen view: an invoice with its lines, or the declaranten of a relatie.
const FACTUUR = 'factuur:'
const DECLARANTEN = 'declaranten:'
const deel = (sleutel: string, soort: string): string | undefined =>
  sleutel.startsWith(soort) ? sleutel.slice(soort.length) : undefined

const facturenSleutels = (event: WeergaveEvent): readonly string[] => {
  switch (event.type) {
    case 'ConceptGeopend':
      return [`${DECLARANTEN}${factuurSleutel(event.data.administratie, event.data.verkooprelatie.nummer)}`]
    case 'ConceptGefactureerd':
      return [
        `${DECLARANTEN}${factuurSleutel(event.data.administratie, event.data.factuuropdracht.verkooprelatie.nummer)}`,
      ]
    case 'FactuurAangemaakt':
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

export const facturenTabelweergave: Tabelweergave<FacturenView> = {
  weergave: facturenWeergave,
  sleutels: facturenSleutels,
  stand: (view, sleutel) => {
    const factuur = deel(sleutel, FACTUUR)
    if (factuur !== undefined) {
      const rij = view.facturen.get(factuur)
      return rij && { rij, regels: view.regels.get(factuur) ?? [] }
    }
    const relatie = deel(sleutel, DECLARANTEN)
    return relatie === undefined ? undefined : view.declaranten.get(relatie)
  },
  zetTerug: (view, sleutel, stand) => {
    const factuur = deel(sleutel, FACTUUR)
    if (factuur !== undefined) {
      const { rij, regels } = stand as FactuurStand
      view.facturen.set(factuur, rij)
      view.regels.set(factuur, regels)
      return
    }
    const relatie = deel(sleutel, DECLARANTEN)
    if (relatie !== undefined) view.declaranten.set(relatie, stand as Declaranten)
  },
  tabellen: [
    voeding(FACTUREN_TABEL, (view: FacturenView, sleutel) => {
      const rij = view.facturen.get(deel(sleutel, FACTUUR) ?? '')
      return rij ? [rij] : []
    }),
    voeding(FACTUURREGELS_TABEL, (view: FacturenView, sleutel) => view.regels.get(deel(sleutel, FACTUUR) ?? '') ?? []),
    voeding(DECLARANTEN_TABEL, (view: FacturenView, sleutel) => {
      const key = deel(sleutel, DECLARANTEN)
      const declaranten = key === undefined ? undefined : view.declaranten.get(key)
      if (key === undefined || declaranten === undefined) return []
      const [administratie = '', relatie = ''] = key.split('|')
      return [{ administratie, relatie, ...declaranten }]
    }),
  ],
}

/** R12 on an invoice table: the caller is (hoofd)declarant of the invoice's verkooprelatie. */
const declarantVan =
  (autorisatie: Autorisatie | undefined): ExtraVoorwaarden =>
  (p, schema) => {
    if (autorisatie === undefined || 'alleRelaties' in autorisatie) return []
    const medewerker = p(autorisatie.medewerker)
    return [
      `EXISTS (SELECT 1 FROM ${schema}.${DECLARANTEN_TABEL.naam} AS d
        WHERE d.administratie = t.administratie AND d.k_relatie = t.k_verkooprelatie
          AND (d.k_hoofddeclarant = ${medewerker} OR d.k_declarant = ${medewerker}))`,
    ]
  }

/** The R22 cockpit views as PostgreSQL tables: `weergave_facturen`, `weergave_factuurregels`, `weergave_declaranten`. */
export class FacturenTabel extends WeergaveTabel<FacturenView> {
  constructor(store: TransactioneleStore, paginagrootte?: number) {
    super(store, facturenTabelweergave, paginagrootte)
  }

  /** R22 "alle facturen". */
  alleFacturen(vraag?: FactuurVraag<FactuurKolom>): Promise<Antwoord<FactuurRij>> {
    return this.bevraag(FACTUREN_TABEL, vraag, declarantVan(vraag?.autorisatie))
  }

  /** R22 "niet verwerkte facturen". */
  nietVerwerkteFacturen(vraag?: FactuurVraag<FactuurKolom>): Promise<Antwoord<FactuurRij>> {
    const r12 = declarantVan(vraag?.autorisatie)
    return this.bevraag(FACTUREN_TABEL, vraag, (p, schema) => [`t.status <> ${p('verwerkt')}`, ...r12(p, schema)])
  }

  /** R22 "alle factuurregels". */
  alleFactuurregels(vraag?: FactuurVraag<FactuurregelKolom>): Promise<Antwoord<FactuurregelRij>> {
    return this.bevraag(FACTUURREGELS_TABEL, vraag, declarantVan(vraag?.autorisatie))
  }
}

// ---- concepten ----

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

export const conceptenTabelweergave: Tabelweergave<ConceptenView> = {
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

/** The concepten overview as the PostgreSQL table `weergave_concepten`. */
export class ConceptenTabel extends WeergaveTabel<ConceptenView> {
  constructor(store: TransactioneleStore, paginagrootte?: number) {
    super(store, conceptenTabelweergave, paginagrootte)
  }

  conceptenOverzicht(vraag?: ConceptVraag): Promise<Antwoord<ConceptRij>> {
    const autorisatie = vraag?.autorisatie
    return this.bevraag(CONCEPTEN_TABEL, vraag, (p) => {
      const waar: string[] = []
      if (autorisatie !== undefined && 'medewerker' in autorisatie) {
        const m = p(autorisatie.medewerker)
        waar.push(`(t.k_hoofddeclarant = ${m} OR t.k_declarant = ${m})`)
      }
      if (vraag?.metWaarschuwing) waar.push(`jsonb_array_length(t.rij->'waarschuwingen') > 0`)
      return waar
    })
  }
}

// ---- journaal ----

export const JOURNAALPOSTEN_TABEL: Tabel<JournaalpostRij, JournaalpostKolom> = {
  naam: 'weergave_journaalposten',
  definitie: journaalpostDefinitie,
  extra: { totaalCredit: 'bedrag' },
}

export const journaalTabelweergave: Tabelweergave<JournaalView> = {
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

/** Journaalposten per dagboek and period as the PostgreSQL table `weergave_journaalposten`. */
export class JournaalTabel extends WeergaveTabel<JournaalView> {
  constructor(store: TransactioneleStore, paginagrootte?: number) {
    super(store, journaalTabelweergave, paginagrootte)
  }

  /** Filter `dagboek`, `periode`; `van`/`tot` on the boekdatum. */
  journaalposten(vraag?: Vraag<JournaalpostKolom, JournaalFilter>): Promise<Antwoord<JournaalpostRij>> {
    return this.bevraag(JOURNAALPOSTEN_TABEL, vraag, (p) => [
      ...(vraag?.filter?.dagboek === undefined ? [] : [`t.k_dagboek = ${p(vraag.filter.dagboek)}`]),
      ...(vraag?.filter?.periode === undefined ? [] : [`t.k_periode = ${p(vraag.filter.periode)}`]),
    ])
  }

  /** Totals per administratie, dagboek and period. */
  async perDagboekEnPeriode(): Promise<DagboekPeriodeTotaal[]> {
    return this.store.withTransaction(async (tx) => {
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
         FROM ${tx.schema}.${JOURNAALPOSTEN_TABEL.naam}
         GROUP BY administratie, k_dagboek, k_periode
         ORDER BY administratie COLLATE "C", k_dagboek COLLATE "C", k_periode COLLATE "C"`,
      )
      return rows.map((r) => ({ ...r, aantal: Number(r.aantal), inBalans: r.debet === r.credit }))
    })
  }
}
