import { readAllEvents } from '@factuurstroom/eventsourcing'
import type { PostgresEventStore } from '@factuurstroom/store-postgres'
import { afterAll, describe, expect, it } from 'vitest'
import { type Autorisatie, alleRelaties } from '../autorisatie'
import type { Filter, Richting, Vraag } from '../bevraging'
import { conceptDefinitie, conceptenOverzicht } from '../concepten'
import {
  alleFacturen,
  alleFactuurregels,
  factuurDefinitie,
  factuurregelDefinitie,
  nietVerwerkteFacturen,
} from '../facturen'
import { journaalpostDefinitie, journaalposten } from '../journaal'
import { herbouwWeergaven } from '../replay'
import { bouwScenario } from '../scenario.fixture'
import { STAAT_TABEL } from './tabel'
import type { TransactioneleStore } from './transactie'
import { ConceptenTabel, FacturenTabel, JournaalTabel } from './weergave-tabellen'

const richtingen: readonly Richting[] = ['oplopend', 'aflopend']
const autorisaties: readonly Autorisatie[] = [
  { alleRelaties: true },
  { medewerker: 'jan' },
  { medewerker: 'piet' },
  { medewerker: 'anna' },
  { medewerker: 'onbekend' },
]
const paginas = [undefined, { nummer: 1, grootte: 1 }, { nummer: 2, grootte: 1 }, { nummer: 3, grootte: 1 }]

/** Every sortable column both ways, each authorisation, filters and pages: the questions both sides must answer alike. */
const vragen = <Kolom extends string>(
  kolommen: Readonly<Record<Kolom, unknown>>,
  filters: readonly Filter[],
): [Autorisatie, Vraag<Kolom> | undefined][] => [
  [alleRelaties, undefined],
  ...(Object.keys(kolommen) as Kolom[]).flatMap((kolom) =>
    richtingen.map((richting): [Autorisatie, Vraag<Kolom>] => [alleRelaties, { sorteer: { kolom, richting } }]),
  ),
  ...filters.map((filter): [Autorisatie, Vraag<Kolom>] => [alleRelaties, { filter }]),
  ...autorisaties.map((autorisatie): [Autorisatie, undefined] => [autorisatie, undefined]),
  ...paginas.map((pagina): [Autorisatie, Vraag<Kolom>] => [
    alleRelaties,
    { pagina, sorteer: [{ kolom: Object.keys(kolommen)[0] as Kolom, richting: 'aflopend' as const }] },
  ]),
]

const filters: readonly Filter[] = [
  { administratie: 'A1' },
  { administratie: 'A2' },
  { relatie: '10032' },
  { relatie: '20001' },
  { relatie: "10032' OR '1'='1" },
  { status: 'nietVerwerkt' },
  { status: ['verwerkt', 'nietVerwerkt'] },
  { status: ['Afgehandeld'] },
  { status: ['nietFactureerbaar', 'gefactureerd'] },
  { van: '2026-04-03' },
  { tot: '2026-04-02' },
  { van: '2026-04-02', tot: '2026-04-02' },
]

/** Drops what JSON cannot hold (undefined fields), so an in-memory answer compares with one read from jsonb. */
const alsJson = <T>(value: T): T => JSON.parse(JSON.stringify(value))

/**
 * The view tables against the in-memory views on the same log: the scenario's events, rebuilt, resumed in small
 * pages, and after a crash before commit. Run on PGlite and on a PostgreSQL server.
 */
export const weergaveTabellenSpec = (label: string, maakStore: () => Promise<PostgresEventStore>) =>
  describe(`view tables (${label}): facturen, concepten and journaal in one transaction with their checkpoint`, async () => {
    const store = await maakStore()
    afterAll(() => store.close())
    await bouwScenario({ store, opDag: () => undefined })
    const { view: v, position: einde } = await herbouwWeergaven(store)
    const posities: bigint[] = []
    for await (const e of readAllEvents(store)) posities.push(e.globalPosition)
    const soorten = [FacturenTabel, ConceptenTabel, JournaalTabel] as const
    const facturen = new FacturenTabel(store)
    const concepten = new ConceptenTabel(store)
    const journaal = new JournaalTabel(store)
    const tabellen = [facturen, concepten, journaal]
    const niets = { toRecordedAt: new Date(0) }

    const alleVragenGelijk = async () => {
      for (const [a, vraag] of vragen(factuurDefinitie.kolommen, filters)) {
        expect(await facturen.alleFacturen(a, vraag), JSON.stringify([a, vraag])).toEqual(
          alsJson(alleFacturen(v.facturen, a, vraag)),
        )
        expect(await facturen.nietVerwerkteFacturen(a, vraag), JSON.stringify([a, vraag])).toEqual(
          alsJson(nietVerwerkteFacturen(v.facturen, a, vraag)),
        )
      }
      for (const [a, vraag] of vragen(factuurregelDefinitie.kolommen, filters)) {
        expect(await facturen.alleFactuurregels(a, vraag), JSON.stringify([a, vraag])).toEqual(
          alsJson(alleFactuurregels(v.facturen, a, vraag)),
        )
      }
      for (const [a, vraag] of [
        ...vragen(conceptDefinitie.kolommen, filters),
        [alleRelaties, { metWaarschuwing: true }] as const,
        [{ medewerker: 'anna' }, { metWaarschuwing: true }] as const,
      ]) {
        expect(await concepten.conceptenOverzicht(a, vraag), JSON.stringify([a, vraag])).toEqual(
          alsJson(conceptenOverzicht(v.concepten, a, vraag)),
        )
      }
      for (const [a, vraag] of [
        ...vragen(journaalpostDefinitie.kolommen, filters),
        [alleRelaties, { filter: { dagboek: '70' } }] as const,
        [alleRelaties, { filter: { dagboek: '71' } }] as const,
        [alleRelaties, { filter: { periode: '2026-04', dagboek: '70' } }] as const,
        [alleRelaties, { filter: { periode: '2026-05' } }] as const,
      ]) {
        expect(await journaal.journaalposten(a, vraag), JSON.stringify([a, vraag])).toEqual(
          alsJson(journaalposten(v.journaal, a, vraag)),
        )
      }
    }

    it('R22, R6, R12, R30: tables rebuilt from the log answer every query exactly as the in-memory views do', async () => {
      for (const t of tabellen) {
        await t.maakAan()
        await t.herbouw()
        expect(await t.checkpoint()).toBe(einde)
        expect(await t.werkBij()).toBe(0)
      }
      await alleVragenGelijk()
      // Spot checks, so the equality above is not between two empty answers.
      expect((await facturen.nietVerwerkteFacturen(alleRelaties)).rijen.map((r) => r.factuurId)).toEqual(['F-2'])
      expect((await facturen.alleFacturen({ medewerker: 'anna' })).rijen.map((r) => r.factuurId)).toEqual(['F-2'])
      expect(
        (await concepten.conceptenOverzicht(alleRelaties, { metWaarschuwing: true })).rijen.map((r) => r.conceptId),
      ).toEqual(['C-3'])
      expect(await journaal.perDagboekEnPeriode(alleRelaties)).toEqual([
        {
          administratie: 'A1',
          dagboek: '70',
          periode: '2026-04',
          aantal: 2,
          debet: '2983.86',
          credit: '2983.86',
          inBalans: true,
        },
      ])
    })

    it('values reach SQL only as parameters, and sorting on a column the table lacks is refused', async () => {
      expect((await facturen.alleFacturen(alleRelaties, { filter: { relatie: "10032' OR '1'='1" } })).totaal).toBe(0)
      expect((await concepten.conceptenOverzicht({ medewerker: "x' OR 1=1 --" })).totaal).toBe(0)
      await expect(
        facturen.alleFacturen(alleRelaties, { sorteer: { kolom: 'rij; DROP TABLE x' as 'status' } }),
      ).rejects.toThrow(/cannot sort on 'rij; DROP TABLE x'/)
    })

    it('resume from a checkpoint in pages of 3 and end where a full rebuild ends, agreeing with the in-memory view on the way', async () => {
      const midden = posities[Math.floor(posities.length / 2)] as bigint
      const klein = [new FacturenTabel(store, 3), new ConceptenTabel(store, 3), new JournaalTabel(store, 3)] as const
      for (const t of klein) await t.herbouw({ toPosition: midden })
      const half = (await herbouwWeergaven(store, { toPosition: midden })).view
      expect(await klein[0].alleFactuurregels(alleRelaties)).toEqual(
        alsJson(alleFactuurregels(half.facturen, alleRelaties)),
      )
      expect(await klein[1].conceptenOverzicht(alleRelaties)).toEqual(
        alsJson(conceptenOverzicht(half.concepten, alleRelaties)),
      )
      expect(await klein[2].journaalposten(alleRelaties)).toEqual(alsJson(journaalposten(half.journaal, alleRelaties)))
      for (const t of klein) {
        expect(await t.checkpoint()).toBe(midden)
        await t.werkBij()
        expect(await t.checkpoint()).toBe(einde)
      }
      await alleVragenGelijk()
    })

    it('a crash before commit leaves neither rows, nor stored state, nor checkpoint behind', async () => {
      const leeg = async (t: FacturenTabel | ConceptenTabel | JournaalTabel) =>
        store.withTransaction(async (tx) => {
          let rijen = 0
          for (const d of t.definitie.tabellen) {
            const [telling] = await tx.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${tx.schema}.${d.naam}`)
            rijen += Number(telling?.n)
          }
          const [staat] = await tx.query<{ n: string }>(
            `SELECT count(*)::text AS n FROM ${tx.schema}.${STAAT_TABEL} WHERE weergave = $1`,
            [t.definitie.weergave.naam],
          )
          return rijen + Number(staat?.n) === 0
        })
      // The same store, but every transaction that wrote rows throws after its work, before COMMIT.
      const crashend: TransactioneleStore = {
        readAll: (options) => store.readAll(options),
        withTransaction: (work) =>
          store.withTransaction(async (tx) => {
            let geschreven = false
            const uitkomst = await work({
              query: (text, params) => {
                if (text.includes('INSERT INTO')) geschreven = true
                return tx.query(text, params)
              },
              checkpoints: tx.checkpoints,
              schema: tx.schema,
            })
            if (geschreven) throw new Error('crash before commit')
            return uitkomst
          }),
      }
      for (const [i, Soort] of soorten.entries()) {
        const t = tabellen[i] as InstanceType<typeof Soort>
        await t.herbouw(niets)
        expect(await leeg(t)).toBe(true)
        await expect(new Soort(crashend).werkBij()).rejects.toThrow('crash before commit')
        expect(await leeg(t)).toBe(true)
        expect(await t.checkpoint()).toBeUndefined()
        await t.werkBij()
        expect(await t.checkpoint()).toBe(einde)
      }
      await alleVragenGelijk()
    })

    it('two runners on the same tables apply every event once', async () => {
      for (const t of tabellen) await t.herbouw(niets)
      await Promise.all(soorten.flatMap((Soort) => [new Soort(store, 2).werkBij(), new Soort(store, 3).werkBij()]))
      await alleVragenGelijk()
    })
  })
