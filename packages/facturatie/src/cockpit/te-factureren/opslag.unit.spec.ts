import { isLeft } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Factuurregel } from '../../gedeeld/factuuropdracht'
import { uitTabel } from '../../gedeeld/tabel-opslag'
import { type Factuurgroep, type KlaargezetteRegelVerwijzing, type Klaarzetkop, teFacturerenRegistry } from './events'

type Klaargezet = Extract<
  ReturnType<typeof teFacturerenRegistry.decodeOrThrow>,
  { type: 'TeFacturerenRegelsKlaargezet' }
>['data']

const metadata = { commandId: 'c', occurredAt: '2026-04-01T09:00:00.000Z' }
const project = { nummer: 'P-1', omschrijving: 'Beursstand' }
const relatie = { nummer: '10032', naam: 'Koninklijke Exhibitions Benelux B.V.' }

const kop = (bron: 'concept' | 'abonnement', bronId: string, extra: Partial<Klaarzetkop> = {}): Klaarzetkop => ({
  bron,
  integratiesoort: bron === 'concept' ? 'automatischeProjectfacturen' : 'abonnementen',
  bronId,
  verkooprelatie: relatie,
  factuurrelatie: relatie,
  valuta: 'EUR',
  btwPlicht: 'binnenland',
  datum: '2026-04-01',
  verzameling: { methode: 'apart', periode: 'niet', vastgezetDoorConcepten: false },
  ...extra,
})

const factuurregel = (regelId: string, extra: Partial<Factuurregel> = {}): Factuurregel => ({
  regelId,
  omschrijving: 'Onderhoudsabonnement april',
  soort: 'omzet',
  bedrag: '49.50',
  btwCode: 'LAAG',
  btwPercentage: '9',
  integratiegroep: 'ABONNEMENT',
  ...extra,
})

/** A staged line of kop `kopNr` as staging makes it: id `<bron>:<bronId>:<bronRegelId>`, also the factuurregel's. */
const regel = (
  id: string,
  bronRegelId: string,
  kopNr: number,
  extra: Partial<Factuurregel> = {},
): KlaargezetteRegelVerwijzing => ({
  id,
  bronRegelId,
  regel: factuurregel(id, extra),
  bestemming: 'apart',
  kopNr,
})

const zonderId = ({ regelId: _, ...rest }: Factuurregel) => rest

const deel = (koppen: Klaarzetkop[], regels: KlaargezetteRegelVerwijzing[]): Klaargezet => ({
  administratie: 'A1',
  runId: 'R1',
  actie: 'concepten',
  factuurdatum: '2026-04-30',
  deel: 1,
  laatste: true,
  koppen,
  regels,
  facturen: [
    {
      factuurId: 'R1-K1',
      runId: 'R1',
      integratiesoort: 'automatischeProjectfacturen',
      bron: 'concept',
      bronId: 'K1',
      factuurdatum: '2026-04-30',
      regelIds: regels.map((r) => r.id),
    },
  ],
  alKlaargezet: [],
})

const opgeslagen = (data: Klaargezet) =>
  JSON.parse(JSON.stringify(teFacturerenRegistry.toNewEvent({ type: 'TeFacturerenRegelsKlaargezet', data }, metadata)))

/** The lines a stored table holds (the table form itself is specified in gedeeld/tabel-opslag.unit.spec.ts). */
const rijen = (tabel: unknown) => uitTabel(tabel, 'regels') as Record<string, Record<string, unknown>>[]

/** Stored (as JSON), read back: exactly the data it was made from. */
const rondgang = (data: Klaargezet) => {
  expect(teFacturerenRegistry.decodeOrThrow(opgeslagen(data))).toStrictEqual({
    type: 'TeFacturerenRegelsKlaargezet',
    data,
  })
}

describe('TeFacturerenRegelsKlaargezet as stored (schema version 4)', () => {
  it('leaves out each line’s id and its factuurregel’s id and project, names a group’s lines by position, and reads back exactly', () => {
    const data = deel(
      [kop('concept', 'K1', { project }), kop('abonnement', 'AB-1')],
      [
        regel('concept:K1:ADV', 'ADV', 0, { project }),
        regel('concept:K1:ONT', 'ONT', 0, { project }),
        regel('abonnement:AB-1:L1', 'L1', 1),
      ],
    )
    const stored = opgeslagen(data)
    expect(stored.schemaVersion).toBe(4)
    // Columns alike on every line are stored once (`vast`, ordered by name), before the others.
    const opNaam = (paren: [string, unknown][]) => paren.sort(([a], [b]) => (a < b ? -1 : 1))
    const kopVast = opNaam([
      ['verkooprelatie.nummer', relatie.nummer],
      ['verkooprelatie.naam', relatie.naam],
      ['factuurrelatie.nummer', relatie.nummer],
      ['factuurrelatie.naam', relatie.naam],
      ['valuta', 'EUR'],
      ['btwPlicht', 'binnenland'],
      ['datum', '2026-04-01'],
      ['verzameling.methode', 'apart'],
      ['verzameling.periode', 'niet'],
      ['verzameling.vastgezetDoorConcepten', false],
    ])
    const regelVast = opNaam([
      ...Object.entries(zonderId(factuurregel('x'))).map(([k, v]): [string, unknown] => [`regel.${k}`, v]),
      ['bestemming', 'apart'],
    ])
    expect(stored.data).toEqual({
      ...data,
      koppen: {
        kolommen: [
          ...kopVast.map(([k]) => k),
          'bron',
          'integratiesoort',
          'bronId',
          'project.nummer',
          'project.omschrijving',
        ],
        vast: kopVast.map(([, v]) => v),
        rijen: [
          ['concept', 'automatischeProjectfacturen', 'K1', 'P-1', 'Beursstand'],
          ['abonnement', 'abonnementen', 'AB-1'],
        ],
      },
      regels: {
        kolommen: [...regelVast.map(([k]) => k), 'bronRegelId', 'kopNr'],
        vast: regelVast.map(([, v]) => v),
        rijen: [
          ['ADV', 0],
          ['ONT', 0],
          ['L1', 1],
        ],
      },
      // The group's run, date and source are the event's and its first line's kop's.
      facturen: [{ factuurId: 'R1-K1', regelIds: [0, 1, 2] }],
    })
    rondgang(data)
  })

  it('keeps what differs: an id of its own, a factuurregel id or project of its own, no project beside a kop’s, a group’s id of another part', () => {
    const ander = { nummer: 'P-2', omschrijving: 'Stand Hannover', fase: { code: 'F1', omschrijving: 'Bouw' } }
    const data = deel(
      [kop('concept', 'K1', { project }), kop('abonnement', 'AB-1')],
      [
        { ...regel('eigen-id', 'ADV', 0, { project }) },
        { ...regel('concept:K1:ONT', 'ONT', 0, { project }), regel: factuurregel('anders', { project }) },
        regel('concept:K1:REIS', 'REIS', 0),
        regel('concept:K1:DRUK', 'DRUK', 0, { project: ander }),
        regel('abonnement:AB-1:L1', 'L1', 1, { project }),
      ],
    )
    expect(rijen(opgeslagen(data).data.regels).map((r) => [r.id, r.regel?.regelId, r.regel?.project])).toEqual([
      ['eigen-id', undefined, undefined],
      [undefined, 'anders', undefined],
      [undefined, undefined, null],
      [undefined, undefined, ander],
      [undefined, undefined, project],
    ])
    rondgang(data)
    const elders = {
      ...data,
      facturen: [{ ...(data.facturen[0] as Factuurgroep), regelIds: ['elders', 'concept:K1:REIS'] }],
    }
    expect(opgeslagen(elders).data.facturen[0].regelIds).toEqual(['elders', 2])
    rondgang(elders)
  })

  it('leaves out a group’s run, date and source where the event and its first line’s kop give them', () => {
    const data = deel(
      [kop('concept', 'K1'), kop('abonnement', 'AB-1')],
      [regel('concept:K1:ADV', 'ADV', 0), regel('abonnement:AB-1:L1', 'L1', 1), regel('abonnement:AB-1:L2', 'L2', 1)],
    )
    const groep = data.facturen[0] as Factuurgroep
    const facturen: Factuurgroep[] = [
      { ...groep, regelIds: ['concept:K1:ADV'] },
      {
        ...groep,
        factuurId: 'R1-AB-1',
        integratiesoort: 'abonnementen',
        bron: 'abonnement',
        bronId: 'AB-1',
        factuurdatum: '2026-04-01',
        regelIds: ['abonnement:AB-1:L1', 'abonnement:AB-1:L2'],
      },
      // Its first line is not in this part: no kop to take the source from.
      { ...groep, factuurId: 'R1-X', runId: 'R0', bronId: 'K9', regelIds: ['elders', 'concept:K1:ADV'] },
    ]
    expect(opgeslagen({ ...data, facturen }).data.facturen).toEqual({
      kolommen: ['factuurId', 'regelIds', 'factuurdatum', 'runId', 'bron', 'bronId', 'integratiesoort'],
      rijen: [
        ['R1-K1', [[0]]],
        ['R1-AB-1', [[1, 2]], '2026-04-01'],
        ['R1-X', [['elders', 0]], [], 'R0', 'concept', 'K9', 'automatischeProjectfacturen'],
      ],
    })
    rondgang({ ...data, facturen })
  })

  it('reads a part without lines, and lines whose kop is missing, as they were', () => {
    rondgang(deel([kop('concept', 'K1')], []))
    rondgang(deel([], [regel('concept:K1:ADV', 'ADV', 3, { project })]))
  })

  it('reads a version 2 event (stored in full) as it is', () => {
    const data = deel([kop('concept', 'K1', { project })], [regel('concept:K1:REIS', 'REIS', 0)])
    expect(
      teFacturerenRegistry.decodeOrThrow({ type: 'TeFacturerenRegelsKlaargezet', schemaVersion: 2, data }),
    ).toStrictEqual({ type: 'TeFacturerenRegelsKlaargezet', data })
  })

  it('stores a concept hand-over staged by reference as a group without lines and reads it back exactly', () => {
    const verzameling = { methode: 'apart', periode: 'niet', vastgezetDoorConcepten: true } as const
    const verwezen = (conceptId: string, overdracht: string): Factuurgroep => ({
      factuurId: `R1-${conceptId}`,
      runId: 'R1',
      integratiesoort: 'automatischeProjectfacturen',
      bron: 'concept',
      bronId: conceptId,
      factuurdatum: '2026-04-30',
      regelIds: [],
      overdracht: { factuurId: overdracht, verzameling },
    })
    const data = { ...deel([], []), facturen: [verwezen('K1', 'R1-K1'), verwezen('K2', 'R0-K2')] }
    expect(opgeslagen(data).data).toEqual({
      ...data,
      koppen: [],
      regels: [],
      facturen: {
        // Columns alike on every group are stored once (`vast`, ordered by name), before the others.
        kolommen: [
          'bron',
          'integratiesoort',
          'overdracht.verzameling.methode',
          'overdracht.verzameling.periode',
          'overdracht.verzameling.vastgezetDoorConcepten',
          'factuurId',
          'regelIds',
          'overdracht.factuurId',
          'bronId',
        ],
        // No line of the part to take the source from: it is stored.
        rijen: [
          ['R1-K1', [[]], 'R1-K1', 'K1'],
          ['R1-K2', [[]], 'R0-K2', 'K2'],
        ],
        vast: ['concept', 'automatischeProjectfacturen', 'apart', 'niet', true],
      },
    })
    rondgang(data)
  })

  it('reads a version 3 event (no references) as it is', () => {
    const data = deel([kop('concept', 'K1', { project })], [regel('concept:K1:REIS', 'REIS', 0)])
    const v3 = { ...opgeslagen(data), schemaVersion: 3 }
    expect(teFacturerenRegistry.decodeOrThrow(v3)).toStrictEqual({ type: 'TeFacturerenRegelsKlaargezet', data })
  })

  it('names the path and value of bad stored data instead of throwing', () => {
    const goed = opgeslagen(deel([kop('concept', 'K1', { project })], [regel('concept:K1:ADV', 'ADV', 0)])).data
    const lees = (data: unknown) => {
      const gelezen = teFacturerenRegistry.decode({ type: 'TeFacturerenRegelsKlaargezet', schemaVersion: 4, data })
      return isLeft(gelezen) ? gelezen.left.problems.map((p) => `${p.path}=${JSON.stringify(p.value)}`) : []
    }
    // Without the lines, a group's line positions name nothing, and its source does not follow from a kop.
    expect(lees({ ...goed, regels: 'geen' })).toEqual([
      'regels="geen"',
      ...['integratiesoort', 'bron', 'bronId'].map((veld) => `facturen.0.0.${veld}=undefined`),
      'facturen.0.0.regelIds.0=0',
    ])
    expect(lees({ ...goed, regels: [{ ...goed.regels[0], regel: 5 }] })).toEqual([
      'regels.0.0.regel.0=5',
      'regels.0.0.regel.1=5',
    ])
    expect(lees({ ...goed, regels: [{ ...goed.regels[0], kopNr: 'x' }] })).toEqual([
      'regels.0.0.id=undefined',
      'regels.0.0.regel.0.regelId=undefined',
      // The stored `null` ("no project although the kop has one") has no kop to stand against.
      'regels.0.0.regel.1.project.0=null',
      'regels.0.0.regel.1.project.1=null',
      'regels.0.1.kopNr="x"',
      ...['integratiesoort', 'bron', 'bronId'].map((veld) => `facturen.0.0.${veld}=undefined`),
      'facturen.0.0.regelIds.0=0',
    ])
    const twee = opgeslagen(
      deel([kop('concept', 'K1')], [regel('concept:K1:ADV', 'ADV', 0), regel('concept:K1:ONT', 'ONT', 0)]),
    ).data
    expect(lees({ ...twee, regels: { ...twee.regels, rijen: [...twee.regels.rijen, [['ADV', 'ONT']]] } })).toEqual([
      'regels.rijen.2.0=["ADV","ONT"]',
    ])
  })
})
