import type { PostgresEventStore } from '@factuurstroom/store-postgres'
import { afterAll, describe, expect, it } from 'vitest'
import { type Autorisatie, GeenAutorisatieError } from '../autorisatie'
import { type Bevrager, bouwLekMaand, controleerGeenLek, toewijzingenVolgensLog } from '../lek.fixture'
import { OpenstaandePostenTabel } from './openstaande-posten-tabel'
import { ConceptenTabel, FacturenTabel, JournaalTabel } from './weergave-tabellen'

/** The R12 leak suite on the PostgreSQL view tables, rebuilt as of a position before and after the declarants change. */
export const lekTabellenSpec = (label: string, maakStore: () => Promise<PostgresEventStore>) =>
  describe(`R12 leak suite on the view tables (${label})`, async () => {
    const store = await maakStore()
    afterAll(() => store.close())
    const { voorWissel } = await bouwLekMaand({ store })
    const facturen = new FacturenTabel(store)
    const concepten = new ConceptenTabel(store)
    const journaal = new JournaalTabel(store)
    const openstaand = new OpenstaandePostenTabel(store)
    const tabellen = [facturen, concepten, journaal, openstaand]
    for (const t of tabellen) await t.maakAan()

    const q: Bevrager = {
      alleFacturen: (a, vraag) => facturen.alleFacturen(a, vraag),
      nietVerwerkteFacturen: (a, vraag) => facturen.nietVerwerkteFacturen(a, vraag),
      alleFactuurregels: (a, vraag) => facturen.alleFactuurregels(a, vraag),
      conceptenOverzicht: (a, vraag) => concepten.conceptenOverzicht(a, vraag),
      journaalposten: (a, vraag) => journaal.journaalposten(a, vraag),
      journaalPerDagboekEnPeriode: (a) => journaal.perDagboekEnPeriode(a),
      openstaandePosten: (a) => openstaand.rijen(a),
      openstaandPerDebiteur: async (a) =>
        (await openstaand.totaalPerDebiteur(a)).map(({ debiteur, aantal, totaal }) => ({ debiteur, aantal, totaal })),
    }

    it('before and after the declarants change, a restricted caller sees exactly their rows, counts and totals', async () => {
      let verborgen = 0
      let getoond = 0
      for (const limit of [{ toPosition: voorWissel }, undefined]) {
        for (const t of tabellen) await t.herbouw(limit)
        const uitkomst = await controleerGeenLek(q, await toewijzingenVolgensLog(store, limit))
        verborgen += uitkomst.verborgen
        getoond += uitkomst.getoond
      }
      expect(verborgen).toBeGreaterThan(50)
      expect(getoond).toBeGreaterThan(50)
      // The change reached the tables: kees sees 20001 only after it.
      expect((await facturen.alleFacturen({ medewerker: 'kees' })).rijen.map((r) => r.factuurId)).toEqual(['F-2'])
    })

    it('a query without an authorisation is refused before it reaches the database', async () => {
      const geen = undefined as unknown as Autorisatie
      for (const vraag of [
        () => facturen.alleFacturen(geen),
        () => facturen.nietVerwerkteFacturen(geen),
        () => facturen.alleFactuurregels(geen),
        () => concepten.conceptenOverzicht(geen),
        () => journaal.journaalposten(geen),
        () => journaal.perDagboekEnPeriode(geen),
        () => openstaand.rijen(geen),
        () => openstaand.totaalPerDebiteur(geen),
      ]) {
        await expect(vraag()).rejects.toThrow(GeenAutorisatieError)
      }
    })
  })
