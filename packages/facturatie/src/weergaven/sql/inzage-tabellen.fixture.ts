import { DecodeError } from '@factuurstroom/eventsourcing'
import type { PostgresEventStore } from '@factuurstroom/store-postgres'
import { afterAll, describe, expect, it } from 'vitest'
import { type Autorisatie, alleRelaties, GeenAutorisatieError } from '../autorisatie'
import type { Filter } from '../bevraging'
import { alleFacturen } from '../facturen'
import { bouwLekMaand, MEDEWERKERS } from '../lek.fixture'
import { type DebiteurSaldo, openstaandPerDebiteur } from '../openstaande-posten'
import { herbouwWeergaven } from '../replay'
import type { Weergaven } from '../weergaven'
import { factuurinzage } from './factuurinzage'
import { OpenstaandePostenTabel } from './openstaande-posten-tabel'
import { FacturenTabel, JournaalTabel } from './weergave-tabellen'

const autorisaties: readonly Autorisatie[] = [alleRelaties, ...MEDEWERKERS.map((medewerker) => ({ medewerker }))]

const filters: readonly (Pick<Filter, 'administratie' | 'relatie'> | undefined)[] = [
  undefined,
  { administratie: 'A1' },
  { administratie: 'A2' },
  { relatie: '10032' },
  { relatie: '20001' },
  { relatie: "10032' OR '1'='1" },
]

const plusDagen = (datum: string, dagen: number): string =>
  new Date(Date.parse(`${datum}T00:00:00Z`) + dagen * 86_400_000).toISOString().slice(0, 10)

/** Each post's invoice date and the day before, and its due date plus 0, 1, 30, 31, 60, 61, 90, 91 and 400 days. */
const peildatums = (v: Weergaven): string[] => [
  ...new Set(
    [...v.openstaandePosten.posten.values()].flatMap((p) => [
      plusDagen(p.factuurdatum, -1),
      p.factuurdatum,
      ...[0, 1, 30, 31, 60, 61, 90, 91, 400].map((d) => plusDagen(p.vervaldatum, d)),
    ]),
  ),
]

/** Drops what JSON cannot hold (undefined fields), so an in-memory answer compares with one read from jsonb. */
const alsJson = <T>(value: T): T => JSON.parse(JSON.stringify(value))

/** The oracle: the invoice from the in-memory views, if `a` may see it (R12 as "alle facturen" decides it). */
const verwachteInzage = (v: Weergaven, a: Autorisatie, administratie: string, factuurId: string) => {
  const factuur = alleFacturen(v.facturen, a, { filter: { administratie } }).rijen.find(
    (f) => f.factuurId === factuurId,
  )
  if (!factuur) return undefined
  return alsJson({
    factuur,
    regels: v.facturen.regels.get(`${administratie}|${factuurId}`) ?? [],
    journaalpost: [...v.journaal.posten.values()].find(
      (j) => j.administratie === administratie && j.factuurId === factuurId,
    ),
  })
}

/**
 * Open items per debiteur aged on a peildatum and one invoice by id, from the view tables, against the in-memory
 * fold as of the same position: before and after the declarants change, for every medewerker and `alleRelaties`.
 */
export const inzageTabellenSpec = (label: string, maakStore: () => Promise<PostgresEventStore>) =>
  describe(`open items per debiteur on a peildatum and an invoice by id, from the tables (${label})`, async () => {
    const store = await maakStore()
    afterAll(() => store.close())
    const { voorWissel } = await bouwLekMaand({ store })
    const facturen = new FacturenTabel(store)
    const journaal = new JournaalTabel(store)
    const openstaand = new OpenstaandePostenTabel(store)
    const tabellen = [facturen, journaal, openstaand]
    for (const t of tabellen) await t.maakAan()

    it('R12, R23, R30: every answer equals the fold as of the same position, for each caller', async () => {
      const gezien: DebiteurSaldo[] = []
      let inzagen = 0
      for (const limit of [{ toPosition: voorWissel }, undefined]) {
        for (const t of tabellen) await t.herbouw(limit)
        const { view: v } = await herbouwWeergaven(store, limit)
        const ids = [...v.facturen.facturen.values()].map((f) => [f.administratie, f.factuurId] as const)
        for (const a of autorisaties) {
          for (const peildatum of peildatums(v)) {
            for (const filter of filters) {
              const vraag = { peildatum, ...(filter ? { filter } : {}) }
              const verwacht = openstaandPerDebiteur(v.openstaandePosten, a, vraag)
              expect(await openstaand.perDebiteur(a, vraag), JSON.stringify([a, vraag])).toEqual(verwacht)
              gezien.push(...verwacht)
            }
          }
          for (const [administratie, factuurId] of [...ids, ['A2', 'F-1'], ['A1', 'F-onbekend']] as const) {
            const verwacht = verwachteInzage(v, a, administratie, factuurId)
            const inzage = await factuurinzage(store, a, { administratie, factuurId })
            expect(inzage, JSON.stringify([a, administratie, factuurId])).toEqual(verwacht)
            if (verwacht) inzagen++
          }
        }
      }
      // Not two empty answers: every bucket held an amount somewhere, and invoices were found.
      for (const emmer of ['vervallen1tot30', 'vervallen31tot60', 'vervallen61tot90', 'vervallenMeerDan90'] as const) {
        expect(
          gezien.some((s) => s[emmer] !== '0.00'),
          emmer,
        ).toBe(true)
      }
      expect(inzagen).toBeGreaterThan(10)
    })

    it('spot checks: the ages, the declarant change, the lines and the journaalpost', async () => {
      for (const t of tabellen) await t.herbouw()
      const nul = {
        vervallen1tot30: '0.00',
        vervallen31tot60: '0.00',
        vervallen61tot90: '0.00',
        vervallenMeerDan90: '0.00',
      }
      // On 2026-05-03 10032 (due 2026-04-02) is 31 days past due, 20001 (due 2026-04-03) 30.
      expect(await openstaand.perDebiteur(alleRelaties, { peildatum: '2026-05-03' })).toEqual([
        {
          ...{ administratie: 'A1', debiteur: '10032', valuta: 'EUR', aantal: 1, totaal: '1834.36' },
          ...{ ...nul, vervallen: '1834.36', vervallen31tot60: '1834.36', oudsteVervaldatum: '2026-04-02' },
        },
        {
          ...{ administratie: 'A1', debiteur: '20001', valuta: 'EUR', aantal: 1, totaal: '1149.50' },
          ...{ ...nul, vervallen: '1149.50', vervallen1tot30: '1149.50', oudsteVervaldatum: '2026-04-03' },
        },
      ])
      expect(await openstaand.perDebiteur({ medewerker: 'anna' }, { peildatum: '2026-05-03' })).toEqual([])
      expect(
        (await openstaand.perDebiteur({ medewerker: 'kees' }, { peildatum: '2026-05-03' })).map((s) => s.debiteur),
      ).toEqual(['20001'])
      const f1 = await factuurinzage(store, { medewerker: 'jan' }, { administratie: 'A1', factuurId: 'F-1' })
      expect(f1?.regels.map((r) => [r.volgorde, r.status])).toEqual([
        [0, 'Afgehandeld'],
        [1, 'Afgehandeld'],
      ])
      expect(f1?.journaalpost?.factuurnummer).toBe(f1?.factuur.factuurnummer)
      expect(await factuurinzage(store, { medewerker: 'jan' }, { administratie: 'A1', factuurId: 'F-2' })).toBe(
        undefined,
      )
      // The journal table behind the invoices: the invoice comes without the journaalpost it does not hold yet.
      await journaal.herbouw({ toRecordedAt: new Date(0) })
      const zonder = await factuurinzage(store, alleRelaties, { administratie: 'A1', factuurId: 'F-1' })
      expect(zonder?.factuur.gejournaliseerd).toBe(true)
      expect(zonder?.journaalpost).toBeUndefined()
    })

    it('a peildatum that is no date, or no authorisation, is refused before the database is asked', async () => {
      for (const peildatum of ['2026-02-30', '0000-01-01', '2026-4-1', "2026-04-01' OR '1'='1"]) {
        await expect(openstaand.perDebiteur(alleRelaties, { peildatum })).rejects.toThrow(DecodeError)
      }
      const geen = undefined as unknown as Autorisatie
      await expect(openstaand.perDebiteur(geen, { peildatum: '2026-04-30' })).rejects.toThrow(GeenAutorisatieError)
      await expect(factuurinzage(store, geen, { administratie: 'A1', factuurId: 'F-1' })).rejects.toThrow(
        GeenAutorisatieError,
      )
    })
  })
