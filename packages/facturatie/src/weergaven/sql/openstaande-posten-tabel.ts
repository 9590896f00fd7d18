import { DecodeError, type ReplayLimit } from '@factuurstroom/eventsourcing'
import { Datum } from '../../gedeeld/codecs'
import type { Autorisatie } from '../autorisatie'
import type { Filter } from '../bevraging'
import { type DebiteurSaldo, type OpenstaandePostRij, openstaandePostenWeergave } from '../openstaande-posten'
import { weergaveRegistry } from '../registry'
import { Parameters } from './tabel'
import { declarantVan } from './toewijzingen'
import { leegTabel, type TabelTransactie, type TransactioneleStore, werkTabelBij } from './transactie'

/** The name of the open-items table. */
export const OPENSTAANDE_POSTEN_TABEL = 'openstaande_posten'
/** R12: the declarant assignments the open items join on (by debiteur), kept at the table's checkpoint. */
export const OPENSTAANDE_POSTEN_DECLARANTEN_TABEL = 'openstaande_posten_declaranten'

/** A question for `OpenstaandePostenTabel.perDebiteur`: the peildatum, and optionally one administratie or debiteur. */
export interface PerDebiteurVraag {
  /** `YYYY-MM-DD`: posts invoiced after it are left out; days past due count to it. */
  readonly peildatum: string
  /** `relatie` is the debiteur. */
  readonly filter?: Pick<Filter, 'administratie' | 'relatie'>
}

type PerDebiteurRow = Record<
  | 'administratie'
  | 'debiteur'
  | 'valuta'
  | 'aantal'
  | 'totaal'
  | 'vervallen'
  | 'v30'
  | 'v60'
  | 'v90'
  | 'meer'
  | 'oudste',
  string
>

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
        params.waarden,
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
        params.waarden,
      )
      return rows.map((r) => ({ ...r, aantal: Number(r.aantal) }))
    })
  }

  /**
   * `openstaandPerDebiteur` in SQL: per administratie, debiteur and valuta on the peildatum, the open total, what is
   * overdue and its age buckets (1–30, 31–60, 61–90, > 90 days past due), over the posts `autorisatie` may see (R12
   * in the same WHERE as the counts and sums). A peildatum that is no calendar date is a `DecodeError`.
   */
  async perDebiteur(autorisatie: Autorisatie, vraag: PerDebiteurVraag): Promise<DebiteurSaldo[]> {
    const { peildatum, filter } = vraag
    // PostgreSQL has no year 0; the in-memory view compares text, so a date it cannot hold is refused, not guessed.
    if (!Datum.is(peildatum) || peildatum.startsWith('0000')) {
      throw new DecodeError('OpenstaandPerDebiteur', [{ path: 'peildatum', value: peildatum, message: 'geen datum' }])
    }
    return this.store.withTransaction(async (tx) => {
      const { voorwaarden: r12, params } = this.#r12(autorisatie, tx.schema)
      const { p } = params
      const peil = `${p(peildatum)}::date`
      const voorwaarden = [
        ...r12,
        `t.factuurdatum <= ${peil}`,
        ...(filter?.administratie === undefined ? [] : [`t.administratie = ${p(filter.administratie)}`]),
        ...(filter?.relatie === undefined ? [] : [`t.debiteur = ${p(filter.relatie)}`]),
      ]
      const som = (dagen: string) => `round(coalesce(sum(bedrag) FILTER (WHERE ${dagen}), 0), 2)::text`
      const rows = await tx.query<PerDebiteurRow>(
        `WITH p AS (
           SELECT administratie, debiteur, valuta, bedrag, vervaldatum, ${peil} - vervaldatum AS dagen
           FROM ${tx.schema}.${OPENSTAANDE_POSTEN_TABEL} AS t WHERE ${voorwaarden.join(' AND ')})
         SELECT administratie, debiteur, valuta, count(*)::text AS aantal, round(sum(bedrag), 2)::text AS totaal,
           ${som('dagen > 0')} AS vervallen, ${som('dagen BETWEEN 1 AND 30')} AS v30,
           ${som('dagen BETWEEN 31 AND 60')} AS v60, ${som('dagen BETWEEN 61 AND 90')} AS v90,
           ${som('dagen > 90')} AS meer, to_char(min(vervaldatum), 'YYYY-MM-DD') AS oudste
         FROM p GROUP BY administratie, debiteur, valuta
         ORDER BY (administratie || '|' || debiteur || '|' || valuta) COLLATE "C"`,
        params.waarden,
      )
      return rows.map((r) => ({
        administratie: r.administratie,
        debiteur: r.debiteur,
        valuta: r.valuta,
        aantal: Number(r.aantal),
        totaal: r.totaal,
        vervallen: r.vervallen,
        vervallen1tot30: r.v30,
        vervallen31tot60: r.v60,
        vervallen61tot90: r.v90,
        vervallenMeerDan90: r.meer,
        oudsteVervaldatum: r.oudste,
      }))
    })
  }

  /** R12 on the debiteur: its conditions, the same as one `WHERE` clause (empty for `alleRelaties`), and their values. */
  #r12(autorisatie: Autorisatie, schema: string): { voorwaarden: readonly string[]; waar: string; params: Parameters } {
    const params = new Parameters()
    const voorwaarden = declarantVan(autorisatie, OPENSTAANDE_POSTEN_DECLARANTEN_TABEL, 't.debiteur')(params.p, schema)
    return { voorwaarden, waar: voorwaarden.length === 0 ? '' : ` WHERE ${voorwaarden.join(' AND ')}`, params }
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
