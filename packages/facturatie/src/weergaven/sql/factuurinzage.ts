import type { Autorisatie } from '../autorisatie'
import { type FactuurRij, type FactuurregelRij, factuurSleutel } from '../facturen'
import type { JournaalpostRij } from '../journaal'
import { Parameters } from './tabel'
import { declarantVan } from './toewijzingen'
import type { TransactioneleStore } from './transactie'
import { DECLARANTEN_TABEL, FACTUREN_TABEL, FACTUURREGELS_TABEL, JOURNAALPOSTEN_TABEL } from './weergave-tabellen'

/** One invoice as its page shows it: the row, its lines in order (each Actief or Afgehandeld, R23), its journaalpost. */
export interface Factuurinzage {
  readonly factuur: FactuurRij
  readonly regels: readonly FactuurregelRij[]
  /** Undefined until the journal holds it (not journalised, or the journal table not yet caught up). */
  readonly journaalpost: JournaalpostRij | undefined
}

/** The invoice's identity. */
export interface Factuurverwijzing {
  readonly administratie: string
  readonly factuurId: string
}

/**
 * One invoice by id from the view tables (`FacturenTabel`, `JournaalTabel`), or undefined when it does not exist or
 * `autorisatie` may not see its verkooprelatie (R12): the two are not told apart. Its lines and journaalpost belong
 * to it and come with it (a key lookup each: the journaalpost by dagboek and factuurnummer, as its dagboek numbered it).
 */
export const factuurinzage = (
  store: TransactioneleStore,
  autorisatie: Autorisatie,
  { administratie, factuurId }: Factuurverwijzing,
): Promise<Factuurinzage | undefined> =>
  store.withTransaction(async (tx) => {
    const s = tx.schema
    const { p, waarden } = new Parameters()
    const waar = [
      `t.sleutel = ${p(factuurSleutel(administratie, factuurId))}`,
      ...declarantVan(autorisatie, DECLARANTEN_TABEL.naam, 't.k_verkooprelatie')(p, s),
    ]
    const [rij] = await tx.query<{
      factuur: FactuurRij
      regels: FactuurregelRij[]
      journaalpost: JournaalpostRij | null
    }>(
      `SELECT t.rij AS factuur,
         coalesce((SELECT jsonb_agg(r.rij ORDER BY r.sleutel COLLATE "C")
           FROM ${s}.${FACTUURREGELS_TABEL.naam} AS r WHERE r.bron = t.bron), '[]'::jsonb) AS regels,
         (SELECT j.rij FROM ${s}.${JOURNAALPOSTEN_TABEL.naam} AS j
           WHERE j.sleutel = t.administratie || '|' || (t.rij->>'dagboek') || '|' || (t.rij->>'factuurnummer')
             AND j.rij->>'factuurId' = t.rij->>'factuurId') AS journaalpost
       FROM ${s}.${FACTUREN_TABEL.naam} AS t WHERE ${waar.join(' AND ')}`,
      waarden,
    )
    return rij && { factuur: rij.factuur, regels: rij.regels, journaalpost: rij.journaalpost ?? undefined }
  })
