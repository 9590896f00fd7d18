import type { ReplayLimit } from '@factuurstroom/eventsourcing'
import type { Autorisatie } from '../autorisatie'
import { type OpenstaandePostRij, openstaandePostenWeergave } from '../openstaande-posten'
import { weergaveRegistry } from '../registry'
import { declarantVan } from './toewijzingen'
import { leegTabel, type TabelTransactie, type TransactioneleStore, werkTabelBij } from './transactie'

/** The name of the open-items table. */
export const OPENSTAANDE_POSTEN_TABEL = 'openstaande_posten'
/** R12: the declarant assignments the open items join on (by debiteur), kept at the table's checkpoint. */
export const OPENSTAANDE_POSTEN_DECLARANTEN_TABEL = 'openstaande_posten_declaranten'

const GELEZEN = new Set(['Gejournaliseerd', 'DeclarantenToegewezen', 'ConceptGeopend', 'ConceptGefactureerd'])

const kolommen = [
  'administratie',
  'factuurnummer',
  'debiteur',
  'factuur_id',
  'dagboek',
  'factuurdatum',
  'vervaldatum',
  'bedrag',
  'valuta',
  'korting_percentage',
  'korting_bedrag',
  'korting_vervaldatum',
  'creditnota_van',
  'positie',
] as const

const waarden = (r: OpenstaandePostRij): unknown[] => [
  r.administratie,
  r.factuurnummer,
  r.debiteur,
  r.factuurId,
  r.dagboek,
  r.factuurdatum,
  r.vervaldatum,
  r.bedrag,
  r.valuta,
  r.kortingPercentage ?? null,
  r.kortingBedrag ?? null,
  r.kortingVervaldatum ?? null,
  r.creditnotaVan ?? null,
  r.positie,
]

/**
 * The openstaande posten view as a PostgreSQL table. Each page of the log is applied in one transaction together
 * with the checkpoint, so after a crash the table and its checkpoint agree: the next run resumes from there and
 * never applies an event twice or skips one. Rows are keyed by administratie and factuurnummer (upsert).
 */
export class OpenstaandePostenTabel {
  constructor(
    readonly store: TransactioneleStore,
    /** Checkpoint name; one table per store schema. */
    readonly naam = 'openstaande-posten-tabel',
    readonly paginagrootte = 1000,
  ) {}

  /** Creates the table if it is not there. */
  async maakAan(): Promise<void> {
    await this.store.withTransaction(async (tx) => {
      await tx.query(
        `CREATE TABLE IF NOT EXISTS ${tx.schema}.${OPENSTAANDE_POSTEN_TABEL} (
          administratie text NOT NULL,
          factuurnummer text NOT NULL,
          debiteur text NOT NULL,
          factuur_id text NOT NULL,
          dagboek text NOT NULL,
          factuurdatum date NOT NULL,
          vervaldatum date NOT NULL,
          bedrag numeric(17, 2) NOT NULL,
          valuta text NOT NULL,
          korting_percentage numeric(7, 4),
          korting_bedrag numeric(17, 2),
          korting_vervaldatum date,
          creditnota_van text,
          positie bigint NOT NULL,
          PRIMARY KEY (administratie, factuurnummer)
        )`,
      )
      // Named as the generic view tables name theirs, so `declarantVan` joins on it the same way.
      await tx.query(
        `CREATE TABLE IF NOT EXISTS ${tx.schema}.${OPENSTAANDE_POSTEN_DECLARANTEN_TABEL} (
          administratie text NOT NULL, k_relatie text NOT NULL, k_hoofddeclarant text, k_declarant text,
          PRIMARY KEY (administratie, k_relatie))`,
      )
      await tx.query(
        `CREATE INDEX IF NOT EXISTS ${OPENSTAANDE_POSTEN_TABEL}_debiteur ON ${tx.schema}.${OPENSTAANDE_POSTEN_TABEL} (administratie, debiteur)`,
      )
    })
  }

  /** Applies the log from the checkpoint to its end (or the limit); returns how many events it passed. */
  werkBij(limit?: ReplayLimit): Promise<number> {
    return werkTabelBij(
      this.store,
      this.naam,
      this.paginagrootte,
      async (tx, events) => {
        const view = openstaandePostenWeergave.begin()
        for (const recorded of events) {
          // Only the events this table reads are decoded: the open items and the declarant assignments.
          if (!GELEZEN.has(recorded.type)) continue
          openstaandePostenWeergave.verwerk(view, weergaveRegistry.decodeOrThrow(recorded), recorded)
        }
        for (const rij of view.posten.values()) await this.#upsert(tx, rij)
        if (view.declaranten.size === 0) return
        await tx.query(
          `INSERT INTO ${tx.schema}.${OPENSTAANDE_POSTEN_DECLARANTEN_TABEL}
           SELECT split_part(e->>0, '|', 1), split_part(e->>0, '|', 2), e->1->>'hoofddeclarant', e->1->>'declarant'
           FROM jsonb_array_elements($1::jsonb) AS e
           ON CONFLICT (administratie, k_relatie) DO UPDATE
           SET k_hoofddeclarant = EXCLUDED.k_hoofddeclarant, k_declarant = EXCLUDED.k_declarant`,
          [JSON.stringify([...view.declaranten])],
        )
      },
      limit,
    )
  }

  /** Empties the table and its checkpoint together, then rebuilds from the start of the log. */
  async herbouw(limit?: ReplayLimit): Promise<number> {
    await leegTabel(this.store, this.naam, async (tx) => {
      await tx.query(`DELETE FROM ${tx.schema}.${OPENSTAANDE_POSTEN_TABEL}`)
      await tx.query(`DELETE FROM ${tx.schema}.${OPENSTAANDE_POSTEN_DECLARANTEN_TABEL}`)
    })
    return this.werkBij(limit)
  }

  /** The last global position the table applied, or `undefined` before its first page. */
  async checkpoint(): Promise<bigint | undefined> {
    return this.store.withTransaction((tx) => tx.checkpoints.load(this.naam))
  }

  /** Every row `autorisatie` may see (R12, by debiteur), ordered by administratie and factuurnummer, in the in-memory view's shape. */
  async rijen(autorisatie: Autorisatie): Promise<OpenstaandePostRij[]> {
    return this.store.withTransaction(async (tx) => {
      const { waar, params } = this.#r12(autorisatie, tx.schema)
      const rows = await tx.query<Record<string, string | null>>(
        `SELECT ${kolommen
          .map((k) =>
            ['factuurdatum', 'vervaldatum', 'korting_vervaldatum'].includes(k)
              ? `to_char(${k}, 'YYYY-MM-DD') AS ${k}`
              : `${k}::text AS ${k}`,
          )
          .join(', ')} FROM ${tx.schema}.${OPENSTAANDE_POSTEN_TABEL} AS t${waar} ORDER BY administratie, factuurnummer`,
        params,
      )
      return rows.map((r) => ({
        administratie: r.administratie as string,
        factuurnummer: r.factuurnummer as string,
        debiteur: r.debiteur as string,
        factuurId: r.factuur_id as string,
        dagboek: r.dagboek as string,
        factuurdatum: r.factuurdatum as string,
        vervaldatum: r.vervaldatum as string,
        bedrag: r.bedrag as string,
        valuta: r.valuta as string,
        kortingPercentage: r.korting_percentage ?? undefined,
        kortingBedrag: r.korting_bedrag ?? undefined,
        kortingVervaldatum: r.korting_vervaldatum ?? undefined,
        creditnotaVan: r.creditnota_van ?? undefined,
        positie: r.positie as string,
      }))
    })
  }

  /** Σ per administratie and debiteur, computed by the database, over the rows `autorisatie` may see. */
  async totaalPerDebiteur(
    autorisatie: Autorisatie,
  ): Promise<{ administratie: string; debiteur: string; aantal: number; totaal: string }[]> {
    return this.store.withTransaction(async (tx) => {
      const { waar, params } = this.#r12(autorisatie, tx.schema)
      const rows = await tx.query<{ administratie: string; debiteur: string; aantal: string; totaal: string }>(
        `SELECT administratie, debiteur, count(*)::text AS aantal, sum(bedrag)::text AS totaal
         FROM ${tx.schema}.${OPENSTAANDE_POSTEN_TABEL} AS t${waar}
         GROUP BY administratie, debiteur ORDER BY administratie, debiteur`,
        params,
      )
      return rows.map((r) => ({ ...r, aantal: Number(r.aantal) }))
    })
  }

  #r12(autorisatie: Autorisatie, schema: string): { waar: string; params: unknown[] } {
    const params: unknown[] = []
    const voorwaarden = declarantVan(
      autorisatie,
      OPENSTAANDE_POSTEN_DECLARANTEN_TABEL,
      't.debiteur',
    )((waarde) => {
      params.push(waarde)
      return `$${params.length}`
    }, schema)
    return { waar: voorwaarden.length === 0 ? '' : ` WHERE ${voorwaarden.join(' AND ')}`, params }
  }

  async #upsert(tx: TabelTransactie, rij: OpenstaandePostRij): Promise<void> {
    const plaats = kolommen.map((_, i) => `$${i + 1}`).join(', ')
    const bijwerken = kolommen
      .filter((k) => k !== 'administratie' && k !== 'factuurnummer')
      .map((k) => `${k} = EXCLUDED.${k}`)
      .join(', ')
    await tx.query(
      `INSERT INTO ${tx.schema}.${OPENSTAANDE_POSTEN_TABEL} (${kolommen.join(', ')}) VALUES (${plaats})
       ON CONFLICT (administratie, factuurnummer) DO UPDATE SET ${bijwerken}`,
      waarden(rij),
    )
  }
}
