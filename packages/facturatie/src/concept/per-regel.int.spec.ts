import { type CommandContext, InMemoryEventStore, readAllEvents } from '@factuurstroom/eventsourcing'
import type { Either } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { concept } from '../index'
import {
  btwCodes,
  nacalculatieregel,
  projectBeurs,
  projectInstellingen,
  relatie10032,
  relatieInstellingen,
} from './voorbeeld.fixture'

// R2 through the public concept service: "per regel" never adds a line to an existing concept, whatever the path.

let teller = 0
const ctx = (commandId = `r2-${++teller}`): CommandContext => ({ commandId, occurredAt: '2026-01-31T12:00:00.000Z' })

const perRegel = { ...projectInstellingen, conceptmethode: 'perRegel' as const, verdichting: 'geen' as const }
const { afronding: _afronding, ...perRegelZonderAfronding } = perRegel

const plusRegel = (regelId: string) => ({
  regelId,
  soort: 'kosten',
  itemcode: 'DIV',
  omschrijving: 'Diversen',
  aantal: '2',
  prijs: '12.50',
  btwTariefgroep: 'hoog',
  integratiegroep: 'KOSTEN',
  valuta: 'EUR',
  project: projectBeurs,
})

const handmatig = (regelId: string, instellingen: unknown = perRegelZonderAfronding) => ({
  administratie: 'ADM01',
  verkooprelatie: relatie10032,
  valuta: 'EUR',
  projectInstellingen: instellingen,
  relatieInstellingen,
  project: projectBeurs,
  regel: plusRegel(regelId),
})

const voorschot = (factuurnummer: string) => ({
  administratie: 'ADM01',
  verkooprelatie: relatie10032,
  valuta: 'EUR',
  projectInstellingen: perRegelZonderAfronding,
  relatieInstellingen,
  project: projectBeurs,
  voorschotfactuur: {
    factuurnummer,
    bron: 'projectfactuur',
    bedrag: '500.00',
    btwBedrag: '105.00',
    btwCode: 'HOOG',
    btwPercentage: '21',
  },
})

const ok = <A>(result: Either<{ code: string; message: string }, A>): A => {
  if (result._tag === 'Left') throw new Error(`${result.left.code}: ${result.left.message}`)
  return result.right
}

const codeVan = (result: Either<{ code: string }, unknown>): string =>
  result._tag === 'Left' ? result.left.code : 'Right'

const opzet = () => {
  const store = new InMemoryEventStore()
  let id = 0
  const service = concept.conceptService(store, { nieuwId: () => `K${++id}` })
  const alles = async () => {
    const events = []
    for await (const event of readAllEvents(store)) events.push({ streamId: event.streamId, type: event.type })
    return events
  }
  return { service, alles }
}

const eenConcept = (uitkomst: concept.ConceptUitkomst): string => {
  expect(uitkomst.concepten).toHaveLength(1)
  return uitkomst.concepten[0]?.conceptId as string
}

describe('R2: conceptmethode per regel on every path that puts a line on a concept', () => {
  it('R2: a plus-regel on an existing per-regel concept is refused with CONCEPT_PER_REGEL and nothing is written', async () => {
    const { service, alles } = opzet()
    const conceptId = eenConcept(ok(await service.openHandmatigConcept(handmatig('p1'), ctx())))
    const voor = await alles()
    const geweigerd = await service.voegPlusRegelToe(
      { administratie: 'ADM01', conceptId, regel: plusRegel('p2') },
      ctx(),
    )
    expect(geweigerd).toEqual({
      _tag: 'Left',
      left: {
        code: 'CONCEPT_PER_REGEL',
        message: `Conceptmethode is per regel (R2): concept ${conceptId} already exists and takes no further lines. Open a new concept for the line (openHandmatigConcept, or move lines to a concept of another conceptmethode).`,
        details: { conceptId, conceptmethode: 'perRegel' },
      },
    })
    expect(await alles()).toEqual(voor)
    expect([...(await service.laad('ADM01', conceptId)).regels.keys()]).toEqual(['p1'])
  })

  it('R2: a manual line for the same key always opens a new concept, one line each', async () => {
    const { service } = opzet()
    const eerste = eenConcept(ok(await service.openHandmatigConcept(handmatig('p1'), ctx())))
    const tweede = ok(await service.openHandmatigConcept(handmatig('p2'), ctx()))
    expect(tweede.concepten.map((c) => [c.conceptId === eerste, c.events.map((e) => e.type)])).toEqual([
      [false, ['ConceptGeopend', 'ConceptRegelsToegevoegd']],
    ])
    expect([...(await service.laad('ADM01', eerste)).regels.keys()]).toEqual(['p1'])
  })

  it('R2: overboeken onto an existing per-regel concept is refused before either concept is written', async () => {
    const { service, alles } = opzet()
    const bron = eenConcept(ok(await service.openHandmatigConcept(handmatig('p1'), ctx())))
    const doel = eenConcept(ok(await service.openHandmatigConcept(handmatig('p2'), ctx())))
    const voor = await alles()
    const geweigerd = await service.boekRegelsOver(
      { administratie: 'ADM01', vanConceptId: bron, naarConceptId: doel, regelIds: ['p1'] },
      ctx(),
    )
    expect(codeVan(geweigerd)).toBe('CONCEPT_PER_REGEL')
    expect(await alles()).toEqual(voor)
    expect([...(await service.laad('ADM01', bron)).regels.keys()]).toEqual(['p1'])
    expect([...(await service.laad('ADM01', doel)).regels.keys()]).toEqual(['p2'])
  })

  it('R2: lines of a per-regel concept may still move to a concept of another conceptmethode', async () => {
    const { service } = opzet()
    const bron = eenConcept(ok(await service.openHandmatigConcept(handmatig('p1'), ctx())))
    const { afronding: _a, ...perProject } = { ...projectInstellingen, verdichting: 'geen' as const }
    const doel = eenConcept(ok(await service.openHandmatigConcept(handmatig('p2', perProject), ctx())))
    const verplaatst = ok(
      await service.boekRegelsOver(
        { administratie: 'ADM01', vanConceptId: bron, naarConceptId: doel, regelIds: ['p1'] },
        ctx(),
      ),
    )
    expect(verplaatst.concepten.map((c) => [c.conceptId, c.events.map((e) => e.type)])).toEqual([
      [bron, ['ConceptRegelsOvergeboekt']],
      [doel, ['ConceptRegelsOvergenomen']],
    ])
    expect([...(await service.laad('ADM01', doel)).regels.keys()]).toEqual(['p2', 'p1'])
  })

  it('R2: an advance invoice opens a concept of its own next to the project’s per-regel concept', async () => {
    const { service } = opzet()
    const regelConcept = eenConcept(ok(await service.openHandmatigConcept(handmatig('p1'), ctx())))
    const uit = ok(await service.voegVoorschotToe(voorschot('V-2026-007'), ctx()))
    const voorschotConcept = eenConcept(uit)
    expect(voorschotConcept).not.toBe(regelConcept)
    expect(uit.concepten[0]?.events.map((e) => e.type)).toEqual(['ConceptGeopend', 'VoorschotRegelToegevoegd'])
    expect([...(await service.laad('ADM01', regelConcept)).regels.keys()]).toEqual(['p1'])
    expect([...(await service.laad('ADM01', voorschotConcept)).regels.keys()]).toEqual(['voorschot:V-2026-007'])
    ok(await service.stelFactureerbaar({ administratie: 'ADM01', conceptId: voorschotConcept }, ctx()))
    const gefactureerd = ok(
      await service.factureer(
        {
          administratie: 'ADM01',
          conceptId: voorschotConcept,
          factuurId: 'F-V',
          factuurdatum: '2026-01-31',
          projectInstellingen: perRegelZonderAfronding,
          relatieInstellingen,
          btwCodes,
          btwAfrondingsmodus: 'PER_TOTAAL',
          projecten: [{ nummer: projectBeurs.nummer, apartFactureren: false }],
        },
        ctx(),
      ),
    )
    // Settled on its own, the advance gives the settlement invoice alone.
    const overdracht = gefactureerd.concepten[0]?.events.find((e) => e.type === 'ConceptGefactureerd')
    expect(overdracht?.type === 'ConceptGefactureerd' && overdracht.data.factuuropdracht.regels).toEqual([
      {
        regelId: 'verrekening:V-2026-007',
        omschrijving: 'Voorschot verrekend',
        soort: 'voorschotverrekening',
        bedrag: '-500.00',
        btwCode: 'HOOG',
        btwPercentage: '21',
        integratiegroep: 'VOORSCHOT',
        itemcode: 'VOORSCH',
        project: projectBeurs,
      },
    ])
  })

  it('R2: nacalculatie per regel gives every line its own concept, also in one batch', async () => {
    const { service } = opzet()
    const uit = ok(
      await service.neemNacalculatieOver(
        {
          administratie: 'ADM01',
          verkooprelatie: relatie10032,
          valuta: 'EUR',
          projectInstellingen: perRegelZonderAfronding,
          relatieInstellingen,
          projecten: [projectBeurs],
          regels: [nacalculatieregel('n1'), nacalculatieregel('n2')],
        },
        ctx(),
      ),
    )
    const regels = await Promise.all(
      uit.concepten.map(async (c) => [...(await service.laad('ADM01', c.conceptId)).regels.keys()]),
    )
    expect(regels).toEqual([['n1'], ['n2']])
  })
})
