import { InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Conceptfactuur } from '../bronnen'
import { btwCodes, projectInstellingen, relatie10032, relatieInstellingen } from '../concept/voorbeeld.fixture'
import { cockpit as cockpitModule, concept, inrichting } from '../index'
import { ctx, factureerbareConcepten, maakCockpit, ok, profiel, urenregel } from './cockpit.fixture'
import type { Verzamelmethode } from './profiel'

// R16 end to end: nacalculatie onto concepts (public concept service), each concept invoiced with its projects'
// "apart factureren", then "factureren concepten" and the Verzamelfactuur function (public cockpit).

const beurs = { nummer: 'P-BEURS', omschrijving: 'Beursstand' }
const website = { nummer: 'P-WEB', omschrijving: 'Website' }

const { afronding: _afronding, ...zonderAfronding } = projectInstellingen
const instellingen = (conceptmethode: 'perProject' | 'perVerkooprelatie') => ({
  ...zonderAfronding,
  conceptmethode,
  verdichting: 'geen' as const,
})

interface Geval {
  readonly conceptmethode: 'perProject' | 'perVerkooprelatie'
  readonly verzamelmethode: Verzamelmethode
  readonly beursApart: boolean
}

/**
 * Runs the month for relatie 10032 and returns each verzamelfactuur as [project, [staged line, amount]…], with the
 * concepts' hand-overs as "factureren concepten" took them from the concept source.
 */
const maand = async ({ conceptmethode, verzamelmethode, beursApart }: Geval) => {
  const store = new InMemoryEventStore()
  let id = 0
  const concepten = concept.conceptService(store, { nieuwId: () => `K${++id}` })
  const bron = cockpitModule.conceptPoort(concepten, {
    store,
    inrichting: inrichting.inrichtingService(store),
    stamgegevens: {
      projectInstellingen: () => instellingen(conceptmethode),
      relatieInstellingen: () => relatieInstellingen,
      apartFactureren: (_administratie, project) => (project === beurs.nummer ? beursApart : false),
    },
  })
  const facturen: Conceptfactuur[] = []
  const { cockpit, profielen } = await maakCockpit({
    conceptfacturering: true,
    store,
    profielen: { '10032': profiel('10032', { verzamelmethode }) },
    concepten: {
      factureer: async (vraag, context) => {
        const overdrachten = await bron.factureer(vraag, context)
        if (isRight(overdrachten)) facturen.push(...overdrachten.right)
        return overdrachten
      },
      overdrachten: bron.overdrachten,
    },
  })
  await factureerbareConcepten(
    concepten,
    instellingen(conceptmethode),
    [beurs, website],
    [
      urenregel('n1', beurs.nummer, '100.00'),
      urenregel('n2', website.nummer, '200.00'),
      urenregel('n3', beurs.nummer, '50.00'),
    ],
  )
  const run = ok(
    await cockpit.factureerConcepten({ administratie: 'A1', runId: 'R-04', factuurdatum: '2026-04-30' }, ctx()),
  )
  expect([run.klaargezet, run.wachtend, run.facturen]).toEqual([3, 3, []])
  const verzameld = ok(
    await cockpit.maakVerzamelfactuur(
      { administratie: 'A1', runId: 'V-04', totEnMet: '2026-04-30', factuurdatum: '2026-04-30' },
      ctx(),
    ),
  )
  const uitkomst = []
  for (const { factuurId } of verzameld.facturen) {
    const opdracht = (await cockpit.factuur('A1', factuurId)).opdracht
    uitkomst.push([
      opdracht?.bron,
      opdracht?.project?.nummer ?? null,
      opdracht?.regels.map((regel) => [regel.regelId, regel.bedrag]),
    ])
  }
  return { uitkomst, facturen, profielen }
}

describe('R16: "apart factureren" of a project with concepts on, per verzamelmethode', () => {
  it('R16: per verkooprelatie, a project on "apart factureren" gets a verzamelfactuur of its own', async () => {
    const { uitkomst } = await maand({
      conceptmethode: 'perProject',
      verzamelmethode: 'perVerkooprelatie',
      beursApart: true,
    })
    expect(uitkomst).toEqual([
      [
        'verzamelfactuur',
        'P-BEURS',
        [
          ['concept:K1:n1', '100.00'],
          ['concept:K1:n3', '50.00'],
        ],
      ],
      ['verzamelfactuur', 'P-WEB', [['concept:K2:n2', '200.00']]],
    ])
  })

  it('R16: per verkooprelatie, without "apart factureren" every concept lands on one verzamelfactuur', async () => {
    const { uitkomst } = await maand({
      conceptmethode: 'perProject',
      verzamelmethode: 'perVerkooprelatie',
      beursApart: false,
    })
    expect(uitkomst).toEqual([
      [
        'verzamelfactuur',
        null,
        [
          ['concept:K1:n1', '100.00'],
          ['concept:K1:n3', '50.00'],
          ['concept:K2:n2', '200.00'],
        ],
      ],
    ])
  })

  for (const beursApart of [true, false]) {
    it(`R16: per conceptdebiteur overrides "apart factureren" (${beursApart ? 'on' : 'off'}): one verzamelfactuur`, async () => {
      const { uitkomst } = await maand({
        conceptmethode: 'perProject',
        verzamelmethode: 'perConceptdebiteur',
        beursApart,
      })
      expect(uitkomst).toEqual([
        [
          'verzamelfactuur',
          null,
          [
            ['concept:K1:n1', '100.00'],
            ['concept:K1:n3', '50.00'],
            ['concept:K2:n2', '200.00'],
          ],
        ],
      ])
    })
  }

  it('R16: a concept per verkooprelatie over two projects is split by its lines’ projects when one is apart', async () => {
    const { uitkomst, facturen } = await maand({
      conceptmethode: 'perVerkooprelatie',
      verzamelmethode: 'perVerkooprelatie',
      beursApart: true,
    })
    expect(facturen.map((f) => [f.conceptId, f.factuuropdracht.project, f.projecten])).toEqual([
      [
        'K1',
        undefined,
        [
          { nummer: 'P-BEURS', apartFactureren: true },
          { nummer: 'P-WEB', apartFactureren: false },
        ],
      ],
    ])
    expect(uitkomst).toEqual([
      [
        'verzamelfactuur',
        'P-BEURS',
        [
          ['concept:K1:n1', '100.00'],
          ['concept:K1:n3', '50.00'],
        ],
      ],
      ['verzamelfactuur', 'P-WEB', [['concept:K1:n2', '200.00']]],
    ])
  })
})

describe('R16: a concept is invoiced only with its projects’ "apart factureren"', () => {
  const opzet = async () => {
    const { store } = await maakCockpit({ conceptfacturering: true })
    const concepten = concept.conceptService(store, { nieuwId: () => 'K1' })
    ok(
      await concepten.neemNacalculatieOver(
        {
          administratie: 'A1',
          verkooprelatie: relatie10032,
          valuta: 'EUR',
          projectInstellingen: instellingen('perVerkooprelatie'),
          relatieInstellingen,
          projecten: [beurs, website],
          regels: [urenregel('n1', beurs.nummer, '100.00'), urenregel('n2', website.nummer, '200.00')],
        },
        ctx(),
      ),
    )
    ok(await concepten.stelFactureerbaar({ administratie: 'A1', conceptId: 'K1' }, ctx()))
    const telling = async () => (await store.readAll({ maxCount: 100_000 })).events.length
    const factureer = (extra: Record<string, unknown>) =>
      concepten.factureer(
        {
          administratie: 'A1',
          conceptId: 'K1',
          factuurId: 'F-K1',
          factuurdatum: '2026-04-30',
          projectInstellingen: instellingen('perVerkooprelatie'),
          relatieInstellingen,
          btwCodes,
          btwAfrondingsmodus: 'PER_TOTAAL',
          ...extra,
        },
        ctx(),
      )
    return { telling, factureer, store }
  }

  it('R16: a project of the concept missing from projecten is refused as PROJECT_ONBEKEND and nothing is written', async () => {
    const { telling, factureer } = await opzet()
    const voor = await telling()
    const geweigerd = await factureer({ projecten: [{ nummer: beurs.nummer, apartFactureren: true }] })
    expect(geweigerd._tag === 'Left' && geweigerd.left).toEqual({
      code: 'PROJECT_ONBEKEND',
      message:
        'Concept K1 invoices lines of project P-WEB, but its "apart factureren" was not sent (R16). Send every project of the concept\'s lines in projecten.',
      details: { conceptId: 'K1', project: 'P-WEB' },
    })
    expect(await telling()).toBe(voor)
  })

  it('R16: invoicing without projecten is a decode error naming the field, and nothing is written', async () => {
    const { telling, factureer } = await opzet()
    const voor = await telling()
    const geweigerd = await factureer({})
    expect(geweigerd._tag === 'Left' && geweigerd.left.code).toBe('DECODE_FAILED')
    expect(geweigerd._tag === 'Left' && geweigerd.left.message).toContain('projecten')
    expect(await telling()).toBe(voor)
  })

  it('R16: a ConceptGefactureerd of schema version 1 reads as invoiced with no project apart', async () => {
    const { factureer, store } = await opzet()
    ok(
      await factureer({
        projecten: [
          { nummer: beurs.nummer, apartFactureren: true },
          { nummer: website.nummer, apartFactureren: false },
        ],
      }),
    )
    const opgeslagen = (await store.readAll({ maxCount: 100_000 })).events.find((e) => e.type === 'ConceptGefactureerd')
    if (!opgeslagen) throw new Error('expected ConceptGefactureerd')
    expect([opgeslagen.schemaVersion, (opgeslagen.data as { projecten: unknown }).projecten]).toEqual([
      5,
      [
        { nummer: 'P-BEURS', apartFactureren: true },
        { nummer: 'P-WEB', apartFactureren: false },
      ],
    ])
    // Version 5 is stored compactly: the registry reads it back as its domain data.
    const gelezenAlsVersie5 = concept.conceptRegistry.decodeOrThrow(opgeslagen)
    if (gelezenAlsVersie5.type !== 'ConceptGefactureerd') throw new Error('expected ConceptGefactureerd')
    const { projecten: _projecten, totaalNetto, ...versie3 } = gelezenAlsVersie5.data
    // Version 1 (and 2) copied every concept line into `herkomst`; version 3 names them by id; up to version 4 the
    // concept recorded the VAT computation, of which version 5 keeps the net total.
    const btw = {
      modus: 'PER_TOTAAL',
      afronding: 'HALF_UP_CENT',
      perCode: [],
      totaalNetto,
      totaalBtw: '0',
      totaalBruto: '0',
    }
    const versie1 = {
      ...versie3,
      btw,
      herkomst: versie3.herkomst.map(({ factuurregelId, conceptregelIds }) => ({
        factuurregelId,
        conceptregels: conceptregelIds.map((regelId) => ({ regelId, nacalculatieRegelId: regelId })),
      })),
    }
    const gelezen = concept.conceptRegistry.decode({ type: 'ConceptGefactureerd', schemaVersion: 1, data: versie1 })
    expect(gelezen).toEqual({
      _tag: 'Right',
      right: { type: 'ConceptGefactureerd', data: { ...versie3, projecten: [], totaalNetto } },
    })
  })
})
