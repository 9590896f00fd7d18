import { canonicalJson, type RecordedEvent, type ReplayLimit } from '@factuurstroom/eventsourcing'
import type { Antwoord, Definitie, Filter, Kolomsoort, Sortering, Vraag } from '../bevraging'
import { type Weergave, type WeergaveEvent, weergaveRegistry } from '../registry'
import { leegTabel, type TabelTransactie, type TransactioneleStore, werkTabelBij } from './transactie'

/**
 * A queryable PostgreSQL table with one row type of a view. Its columns come from the view's query `Definitie`, so
 * SQL filters and sorts on exactly what the in-memory `bevraag` does:
 *
 * - `sleutel` (the row's key, also the last tie-breaker), `bron` (the view entry the row came from),
 *   `administratie`, `relaties text[]`, `status`, `datum` (the view's date column, ISO text), `rij jsonb` (the row);
 * - one typed column per sortable column, `k_<name in snake case>`: text, numeric for amounts and numbers, boolean
 *   for flags (plus `extra` columns a join or filter needs).
 */
export interface Tabel<Rij, Kolom extends string> {
  /** SQL identifier, without schema. */
  readonly naam: string
  readonly definitie: Definitie<Rij, Kolom>
  readonly extra?: Readonly<Record<string, Kolomsoort>>
}

/** A view's state kept in PostgreSQL: the fold is the in-memory one, run page by page on the entries a page touches. */
export interface Tabelweergave<View> {
  readonly weergave: Weergave<View>
  /** The entries of the view's state an event may read or change (a superset is fine; unchanged entries are skipped). */
  readonly sleutels: (event: WeergaveEvent) => readonly string[]
  /** The entry as JSON, or undefined when the view has no such entry. */
  readonly stand: (view: View, sleutel: string) => unknown
  /**
   * Puts a stored entry back into a fresh view before a page is folded. Leave out for views where every event
   * writes whole entries (nothing earlier is read): then no state is stored and nothing is loaded.
   */
  readonly zetTerug?: (view: View, sleutel: string, stand: unknown) => void
  /** The tables this view feeds, and the rows an entry gives each. */
  readonly tabellen: readonly Voeding<View>[]
}

/** A table fed by a view, with the row type erased (see `voeding`). */
export interface Voeding<View> {
  readonly naam: string
  readonly kolommen: Readonly<Record<string, Kolomsoort>>
  /** The rows this table holds for one entry of the view, by its key. */
  readonly records: (view: View, sleutel: string) => readonly TabelRecord[]
}

interface TabelRecord {
  readonly sleutel: string
  readonly administratie: string
  readonly relaties: readonly string[]
  readonly status: string
  readonly datum: string | null
  readonly rij: unknown
  readonly k: Readonly<Record<string, unknown>>
}

const identifier = /^[a-z][a-z0-9_]*$/

/** The SQL column of a sortable column: `k_` and the name in snake case. */
export const kolomnaam = (kolom: string): string => {
  const naam = `k_${kolom.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`
  if (!identifier.test(naam)) throw new Error(`'${kolom}' cannot be a column name`)
  return naam
}

const sqlType: Record<Kolomsoort, string> = {
  tekst: 'text',
  datum: 'text',
  bedrag: 'numeric',
  getal: 'numeric',
  vlag: 'boolean',
}

const alleKolommen = (tabel: {
  readonly definitie: { readonly kolommen: Readonly<Record<string, Kolomsoort>> }
  readonly extra?: Readonly<Record<string, Kolomsoort>>
}): Record<string, Kolomsoort> => ({ ...tabel.definitie.kolommen, ...tabel.extra })

/** Binds a table to the rows an entry of the view gives it. */
export const voeding = <View, Rij, Kolom extends string>(
  tabel: Tabel<Rij, Kolom>,
  rijen: (view: View, sleutel: string) => readonly Rij[],
): Voeding<View> => {
  if (!identifier.test(tabel.naam)) throw new Error(`'${tabel.naam}' cannot be a table name`)
  const d = tabel.definitie
  const kolommen = alleKolommen(tabel)
  return {
    naam: tabel.naam,
    kolommen,
    records: (view, sleutel) =>
      rijen(view, sleutel).map((rij) => ({
        sleutel: d.sleutel(rij),
        administratie: d.administratie(rij),
        relaties: d.relaties(rij).filter((r): r is string => r !== undefined),
        status: d.status(rij),
        datum: d.datum(rij) ?? null,
        rij,
        k: Object.fromEntries(
          Object.keys(kolommen).map((k) => [
            kolomnaam(k),
            k in d.kolommen ? d.waarde(rij, k as Kolom) : (rij as Record<string, unknown>)[k],
          ]),
        ),
      })),
  }
}

/** Every view's stored entries, for the views that read earlier state. */
export const STAAT_TABEL = 'weergave_staat'

const lijst = (values: readonly string[]): string => JSON.stringify(values)

/** Builds one parameterised statement: values only ever go in as `$n`, through `p(value)`. */
export class Parameters {
  /** The values in placeholder order, for the query. */
  readonly waarden: unknown[] = []
  /** Adds a value and returns its placeholder. */
  readonly p = (waarde: unknown): string => `$${this.waarden.push(waarde)}`
}

/** Extra SQL conditions for `bevraag` (R12's join on the declarant tables); values go in only through `p(value)`. */
export type ExtraVoorwaarden = (p: (waarde: unknown) => string, schema: string) => readonly string[]

/**
 * A view as PostgreSQL tables, kept current page by page: for each page of the log it loads the entries the page
 * touches, folds the page with the view's own in-memory fold, and writes exactly the entries that changed (their
 * state and their table rows) together with the checkpoint, in one transaction. After a crash table and
 * checkpoint agree; the next run resumes from there, never applying an event twice or skipping one.
 * One instance per view per store schema (the checkpoint is named `tabel-<view>`).
 */
export class WeergaveTabel<View> {
  readonly naam: string

  constructor(
    readonly store: TransactioneleStore,
    readonly definitie: Tabelweergave<View>,
    readonly paginagrootte = 1000,
  ) {
    this.naam = `tabel-${definitie.weergave.naam}`
  }

  /** Creates the tables and their indexes if they are not there. */
  async maakAan(): Promise<void> {
    await this.store.withTransaction(async (tx) => {
      const s = tx.schema
      await tx.query(
        `CREATE TABLE IF NOT EXISTS ${s}.${STAAT_TABEL} (
          weergave text NOT NULL, sleutel text NOT NULL, stand jsonb NOT NULL, PRIMARY KEY (weergave, sleutel))`,
      )
      for (const t of this.definitie.tabellen) {
        const kolommen = Object.entries(t.kolommen).map(([k, soort]) => `${kolomnaam(k)} ${sqlType[soort]}`)
        await tx.query(
          `CREATE TABLE IF NOT EXISTS ${s}.${t.naam} (
            sleutel text PRIMARY KEY,
            bron text NOT NULL,
            administratie text NOT NULL,
            relaties text[] NOT NULL,
            status text NOT NULL,
            datum text,
            rij jsonb NOT NULL,
            ${kolommen.join(',\n            ')}
          )`,
        )
        await tx.query(`CREATE INDEX IF NOT EXISTS ${t.naam}_bron ON ${s}.${t.naam} (bron)`)
        await tx.query(`CREATE INDEX IF NOT EXISTS ${t.naam}_filter ON ${s}.${t.naam} (administratie, status, datum)`)
        await tx.query(`CREATE INDEX IF NOT EXISTS ${t.naam}_relaties ON ${s}.${t.naam} USING gin (relaties)`)
      }
    })
  }

  /** The last global position the tables applied, or `undefined` before their first page. */
  async checkpoint(): Promise<bigint | undefined> {
    return this.store.withTransaction((tx) => tx.checkpoints.load(this.naam))
  }

  /** Applies the log from the checkpoint to its end (or the limit); returns how many events it passed. */
  werkBij(limit?: ReplayLimit): Promise<number> {
    return werkTabelBij(this.store, this.naam, this.paginagrootte, (tx, events) => this.#pasToe(tx, events), limit)
  }

  /** Empties the tables, the stored state and the checkpoint together, then rebuilds from the start of the log. */
  async herbouw(limit?: ReplayLimit): Promise<number> {
    await leegTabel(this.store, this.naam, async (tx) => {
      await tx.query(`DELETE FROM ${tx.schema}.${STAAT_TABEL} WHERE weergave = $1`, [this.definitie.weergave.naam])
      for (const t of this.definitie.tabellen) await tx.query(`DELETE FROM ${tx.schema}.${t.naam}`)
    })
    return this.werkBij(limit)
  }

  async #pasToe(tx: TabelTransactie, recorded: readonly RecordedEvent[]): Promise<void> {
    const { weergave, sleutels, stand, zetTerug, tabellen } = this.definitie
    const events: [WeergaveEvent, RecordedEvent][] = []
    const geraakt = new Set<string>()
    for (const r of recorded) {
      if (!weergaveRegistry.knows(r.type)) continue
      const event = weergaveRegistry.decodeOrThrow(r)
      const keys = sleutels(event)
      if (keys.length === 0) continue
      for (const key of keys) geraakt.add(key)
      events.push([event, r])
    }
    if (geraakt.size === 0) return
    const view = weergave.begin()
    const voor = new Map<string, string>()
    if (zetTerug) {
      const rows = await tx.query<{ sleutel: string; stand: unknown }>(
        `SELECT sleutel, stand FROM ${tx.schema}.${STAAT_TABEL}
         WHERE weergave = $1 AND sleutel IN (SELECT jsonb_array_elements_text($2::jsonb))`,
        [weergave.naam, lijst([...geraakt])],
      )
      for (const row of rows) {
        zetTerug(view, row.sleutel, row.stand)
        voor.set(row.sleutel, canonicalJson(stand(view, row.sleutel)))
      }
    }
    for (const [event, r] of events) weergave.verwerk(view, event, r)

    const gewijzigd: string[] = []
    const standen: [string, unknown][] = []
    for (const key of geraakt) {
      const na = stand(view, key)
      // Without stored state an entry the page did not produce is one it did not touch.
      if (na === undefined && !zetTerug) continue
      const tekst = na === undefined ? undefined : canonicalJson(na)
      if (tekst === voor.get(key)) continue
      gewijzigd.push(key)
      if (na !== undefined) standen.push([key, na])
    }
    if (gewijzigd.length === 0) return
    if (zetTerug) {
      await tx.query(
        `DELETE FROM ${tx.schema}.${STAAT_TABEL}
         WHERE weergave = $1 AND sleutel IN (SELECT jsonb_array_elements_text($2::jsonb))`,
        [weergave.naam, lijst(gewijzigd.filter((k) => stand(view, k) === undefined))],
      )
      await tx.query(
        `INSERT INTO ${tx.schema}.${STAAT_TABEL} (weergave, sleutel, stand)
         SELECT $1, e->>0, e->1 FROM jsonb_array_elements($2::jsonb) AS e
         ON CONFLICT (weergave, sleutel) DO UPDATE SET stand = EXCLUDED.stand`,
        [weergave.naam, JSON.stringify(standen)],
      )
    }
    for (const t of tabellen) {
      await tx.query(`DELETE FROM ${tx.schema}.${t.naam} WHERE bron IN (SELECT jsonb_array_elements_text($1::jsonb))`, [
        lijst(gewijzigd),
      ])
      const records = gewijzigd.flatMap((bron) => t.records(view, bron).map((r) => ({ ...r, bron })))
      if (records.length === 0) continue
      const kolommen = Object.entries(t.kolommen).map(([k, soort]) => [kolomnaam(k), sqlType[soort]] as const)
      await tx.query(
        `INSERT INTO ${tx.schema}.${t.naam}
           (sleutel, bron, administratie, relaties, status, datum, rij, ${kolommen.map(([k]) => k).join(', ')})
         SELECT r->>'sleutel', r->>'bron', r->>'administratie',
           ARRAY(SELECT jsonb_array_elements_text(r->'relaties')), r->>'status', r->>'datum', r->'rij',
           ${kolommen.map(([k, type]) => `(r->'k'->>'${k}')::${type}`).join(', ')}
         FROM jsonb_array_elements($1::jsonb) AS r`,
        [JSON.stringify(records)],
      )
    }
  }

  /**
   * The shared query API (`bevraag`) in SQL: the same filter, sort (amounts as numbers, text in code point order,
   * missing values last ascending, ties on the key) and paging. `extra` adds conditions; values go in only through
   * `p(value)`, which returns the parameter's placeholder.
   */
  async bevraag<Rij, Kolom extends string>(
    tabel: Tabel<Rij, Kolom>,
    vraag: Vraag<Kolom, Filter> | undefined,
    extra?: ExtraVoorwaarden,
  ): Promise<Antwoord<Rij>> {
    return this.store.withTransaction(async (tx) => {
      const params = new Parameters()
      const { p } = params
      const f = vraag?.filter
      const waar: string[] = []
      if (f?.administratie !== undefined) waar.push(`t.administratie = ${p(f.administratie)}`)
      if (f?.relatie !== undefined) waar.push(`${p(f.relatie)} = ANY(t.relaties)`)
      if (f?.status !== undefined) {
        const statussen = typeof f.status === 'string' ? [f.status] : f.status
        waar.push(`t.status IN (SELECT jsonb_array_elements_text(${p(lijst(statussen))}::jsonb))`)
      }
      if (f?.van !== undefined) waar.push(`t.datum COLLATE "C" >= ${p(f.van)}`)
      if (f?.tot !== undefined) waar.push(`left(t.datum, 10) COLLATE "C" <= ${p(f.tot)}`)
      waar.push(...(extra?.(p, tx.schema) ?? []))
      const van = `FROM ${tx.schema}.${tabel.naam} AS t${waar.length === 0 ? '' : ` WHERE ${waar.join(' AND ')}`}`

      const soorten = alleKolommen(tabel)
      const sorteringen: readonly Sortering<Kolom>[] =
        vraag?.sorteer === undefined ? [] : Array.isArray(vraag.sorteer) ? vraag.sorteer : [vraag.sorteer]
      const volgorde = sorteringen.map(({ kolom, richting }) => {
        const soort = soorten[kolom]
        if (soort === undefined) {
          throw new Error(
            `Table ${tabel.naam} cannot sort on '${kolom}'; use one of ${Object.keys(soorten).join(', ')}`,
          )
        }
        const collatie = soort === 'tekst' || soort === 'datum' ? ' COLLATE "C"' : ''
        return `t.${kolomnaam(kolom)}${collatie} ${richting === 'aflopend' ? 'DESC' : 'ASC'}`
      })
      volgorde.push('t.sleutel COLLATE "C" ASC')

      const [telling] = await tx.query<{ aantal: string }>(`SELECT count(*)::text AS aantal ${van}`, params.waarden)
      const totaal = Number(telling?.aantal ?? 0)
      let pagina = ''
      let nummer = 1
      let grootte = totaal
      if (vraag?.pagina) {
        grootte = Math.max(1, Math.floor(vraag.pagina.grootte))
        nummer = Math.max(1, Math.floor(vraag.pagina.nummer))
        pagina = ` LIMIT ${p(grootte)} OFFSET ${p((nummer - 1) * grootte)}`
      }
      const rows = await tx.query<{ rij: Rij }>(
        `SELECT t.rij ${van} ORDER BY ${volgorde.join(', ')}${pagina}`,
        params.waarden,
      )
      return {
        rijen: rows.map((r) => r.rij),
        totaal,
        pagina: nummer,
        paginagrootte: grootte,
        aantalPaginas: vraag?.pagina ? Math.ceil(totaal / grootte) : totaal === 0 ? 0 : 1,
      }
    })
  }
}
