import { canonicalJson } from '@factuurstroom/eventsourcing'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { weergaveRegistry } from '../registry'
import { OPENSTAANDE_POSTEN_TABEL, OpenstaandePostenTabel } from './openstaande-posten-tabel'
import type { WeergaveTabel } from './tabel'
import { leegTabel, type TransactioneleStore } from './transactie'
import { ConceptenTabel, FacturenTabel, JournaalTabel } from './weergave-tabellen'

/**
 * The fold version of each view table. Raise one when its fold changes what it writes for the same events: the
 * worker then rebuilds that table. Table names, columns and the event types the views read are part of the
 * recorded version already, so changing those rebuilds without a bump here.
 */
export const TABELVERSIES = { facturen: 1, concepten: 1, journaal: 1, openstaandePosten: 1 } as const

/**
 * A view table as a projection worker drives it; the same shape as `ProjectionTarget` of
 * @factuurstroom/store-postgres, which runs these (this package does not depend on the adapter).
 */
export interface TabelProjectie {
  /** The table's checkpoint name. */
  readonly name: string
  readonly version: string
  /** Applies the log from the table's checkpoint to its end; resolves to the number of events passed. */
  catchUp(): Promise<number>
  /** Drops and recreates the tables, then applies the whole log; resolves to the number of events passed. */
  rebuild(): Promise<number>
}

const vingerafdruk = (definitie: unknown): string =>
  bytesToHex(sha256(utf8ToBytes(canonicalJson({ definitie, events: [...weergaveRegistry.types].sort() })))).slice(0, 16)

/** Drops the tables (their columns may have changed), creates them anew and fills them from the start of the log. */
const herbouwVanaf = async (
  store: TransactioneleStore,
  checkpoint: string,
  tabellen: readonly string[],
  tabel: { maakAan(): Promise<void>; herbouw(): Promise<number> },
): Promise<number> => {
  await leegTabel(store, checkpoint, async (tx) => {
    for (const naam of tabellen) await tx.query(`DROP TABLE IF EXISTS ${tx.schema}.${naam}`)
  })
  await tabel.maakAan()
  return tabel.herbouw()
}

const weergaveProjectie = <View>(tabel: WeergaveTabel<View>, versie: number): TabelProjectie => {
  const tabellen = tabel.definitie.tabellen.map((t) => ({ naam: t.naam, kolommen: t.kolommen }))
  return {
    name: tabel.naam,
    version: `${versie}.${vingerafdruk({ tabellen, staat: tabel.definitie.zetTerug !== undefined })}`,
    catchUp: () => tabel.werkBij(),
    rebuild: () =>
      herbouwVanaf(
        tabel.store,
        tabel.naam,
        tabellen.map((t) => t.naam),
        tabel,
      ),
  }
}

/** Every PostgreSQL view table of the cockpit, ready for a `ProjectionWorker`. */
export const tabelProjecties = (store: TransactioneleStore, paginagrootte?: number): TabelProjectie[] => {
  const openstaand = new OpenstaandePostenTabel(store, undefined, paginagrootte)
  return [
    weergaveProjectie(new FacturenTabel(store, paginagrootte), TABELVERSIES.facturen),
    weergaveProjectie(new ConceptenTabel(store, paginagrootte), TABELVERSIES.concepten),
    weergaveProjectie(new JournaalTabel(store, paginagrootte), TABELVERSIES.journaal),
    {
      name: openstaand.naam,
      version: `${TABELVERSIES.openstaandePosten}.${vingerafdruk({ tabel: OPENSTAANDE_POSTEN_TABEL })}`,
      catchUp: () => openstaand.werkBij(),
      rebuild: () => herbouwVanaf(store, openstaand.naam, [OPENSTAANDE_POSTEN_TABEL], openstaand),
    },
  ]
}
