import { decisionEvents } from '@factuurstroom/eventsourcing'
import { deciderSpec } from '@factuurstroom/eventsourcing/testing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { vanConcept } from '../../bronnen'
import type { Conceptfactuur } from '../../bronnen/concepten'
import type { Factuurregel } from '../../gedeeld/factuuropdracht'
import type { Verzameling } from '../profiel'
import type { TeFacturerenCommand, ZetRegelsKlaar } from './commands'
import { teFacturerenDecider } from './decide'
import type { TeFacturerenEvent } from './events'

const spec = deciderSpec(teFacturerenDecider)
const relatie = { nummer: '10032', naam: 'Koninklijke Exhibitions Benelux B.V.' }

const drukregel = (regelId: string, bedrag: string): Factuurregel => ({
  regelId,
  omschrijving: `Werksoort ${regelId}`,
  soort: 'omzet',
  bedrag,
  btwCode: 'HOOG',
  btwPercentage: '21',
  integratiegroep: 'UREN',
})

/** A concept's hand-over as ConceptGefactureerd records it, invoiced as `<runId>-<conceptId>`. */
const overdracht = (conceptId: string, runId = 'R1'): Conceptfactuur => ({
  administratie: 'A1',
  conceptId,
  factuurId: `${runId}-${conceptId}`,
  factuuropdracht: {
    administratie: 'A1',
    bron: 'concept',
    bronId: conceptId,
    verkooprelatie: relatie,
    factuurrelatie: relatie,
    valuta: 'EUR',
    btwPlicht: 'binnenland',
    factuurdatum: '2026-04-30',
    regels: [drukregel('ADV', '1516.00'), drukregel('ONT', '151.00')],
  },
  herkomst: [
    { factuurregelId: 'ADV', conceptregelIds: ['n1', 'n2'] },
    { factuurregelId: 'ONT', conceptregelIds: ['n3'] },
  ],
  projecten: [],
})

const vast = (methode: Verzameling['methode']): Verzameling => ({
  methode,
  periode: 'niet',
  vastgezetDoorConcepten: true,
})

const zet = (overdrachten: Conceptfactuur[], verzameling: Verzameling, runId = 'R1'): ZetRegelsKlaar => ({
  type: 'ZetRegelsKlaar',
  administratie: 'A1',
  runId,
  actie: 'concepten',
  factuurdatum: '2026-04-30',
  regels: overdrachten.flatMap(vanConcept),
  verzamelingen: { '10032': verzameling },
})

const decide = (given: TeFacturerenEvent[], command: TeFacturerenCommand): TeFacturerenEvent[] => {
  const state = given.reduce(teFacturerenDecider.evolve, teFacturerenDecider.initialState())
  const besluit = teFacturerenDecider.decide(command, state)
  if (isLeft(besluit)) throw new Error(besluit.left.message)
  return [...decisionEvents(besluit.right)]
}

const klaargezet = (events: TeFacturerenEvent[]) =>
  events.flatMap((e) => (e.type === 'TeFacturerenRegelsKlaargezet' ? [e.data] : []))

describe('a concept run stages each hand-over invoiced at once by reference', () => {
  const k1 = overdracht('K1')
  const k2 = overdracht('K2')

  it('records which hand-over goes into which invoice, with the collecting rule, and none of its lines', () => {
    const groep = (conceptId: string) => ({
      factuurId: `R1-${conceptId}`,
      runId: 'R1',
      integratiesoort: 'automatischeProjectfacturen' as const,
      bron: 'concept' as const,
      bronId: conceptId,
      factuurdatum: '2026-04-30',
      regelIds: [],
      overdracht: { factuurId: `R1-${conceptId}`, verzameling: vast('apart') },
    })
    spec
      .given([])
      .when(zet([k1, k2], vast('apart')))
      .then([
        {
          type: 'TeFacturerenRegelsKlaargezet',
          data: {
            administratie: 'A1',
            runId: 'R1',
            actie: 'concepten',
            factuurdatum: '2026-04-30',
            deel: 1,
            laatste: true,
            koppen: [],
            regels: [],
            facturen: [groep('K1'), groep('K2')],
            alKlaargezet: [],
          },
        },
      ])
  })

  it('R21: a hand-over staged before is reported as staged and never staged again; the same run again stages nothing', () => {
    const eerste = decide([], zet([k1], vast('apart')))
    // The hand-over is what is staged once: its factuurId, which the concept recorded with it.
    const [tweede] = klaargezet(decide(eerste, zet([k1, overdracht('K2', 'R2')], vast('apart'), 'R2')))
    expect(tweede?.alKlaargezet).toEqual(['concept:K1:ADV', 'concept:K1:ONT'])
    expect(tweede?.facturen.map((f) => [f.factuurId, f.overdracht?.factuurId])).toEqual([['R2-K2', 'R2-K2']])
    spec
      .given(eerste)
      .when(zet([k1, k2], vast('apart')))
      .then([])
  })

  it('R21: marking the invoice invoiced closes it like any staged invoice', () => {
    const eerste = decide([], zet([k1], vast('apart')))
    spec
      .given(eerste)
      .when({
        type: 'MarkeerGefactureerd',
        administratie: 'A1',
        facturen: [{ factuurId: 'R1-K1', factuurnummer: '1' }],
      })
      .then([
        {
          type: 'TeFacturerenRegelsGefactureerd',
          data: { administratie: 'A1', factuurId: 'R1-K1', factuurnummer: '1' },
        },
      ])
  })

  it('stages in full what a later run reads without the hand-over: waiting lines, and lines split over invoices per regel', () => {
    const [wacht] = klaargezet(decide([], zet([k1], vast('perVerkooprelatie'))))
    expect(wacht && [wacht.facturen, wacht.regels.map((r) => [r.id, r.bestemming])]).toEqual([
      [],
      [
        ['concept:K1:ADV', 'verzamelen'],
        ['concept:K1:ONT', 'verzamelen'],
      ],
    ])
    const [perRegel] = klaargezet(decide([], zet([k1], vast('perRegel'))))
    expect(perRegel?.facturen.map((f) => [f.factuurId, f.regelIds, f.overdracht])).toEqual([
      ['R1-K1', ['concept:K1:ADV'], undefined],
      ['R1-1', ['concept:K1:ONT'], undefined],
    ])
  })

  it('a hand-over with a line staged before is staged in full without that line, so nothing is invoiced twice', () => {
    const alleenAdv = {
      ...k1,
      factuurId: 'R0-K1',
      factuuropdracht: { ...k1.factuuropdracht, regels: [drukregel('ADV', '1516.00')] },
    }
    const eerder = decide([], zet([alleenAdv], vast('perVerkooprelatie'), 'R0'))
    const [deel] = klaargezet(decide(eerder, zet([k1], vast('apart'))))
    expect(
      deel && [
        deel.alKlaargezet,
        deel.regels.map((r) => r.id),
        deel.facturen.map((f) => [f.factuurId, f.regelIds, f.overdracht]),
      ],
    ).toEqual([['concept:K1:ADV'], ['concept:K1:ONT'], [['R1-K1', ['concept:K1:ONT'], undefined]]])
  })
})
